/**
 * JSON.parse, with every number given back as its text (`1e3` stays "1e3"). Bad JSON throws
 * JSON.parse's own SyntaxError, whose position refers to the text as given.
 */
export declare function parseJsonKeepingNumbers(text: string): unknown;
