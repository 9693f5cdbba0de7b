export declare const MIN_NODE_MAJOR = 24;
/** The one line that refuses an older Node, or undefined when this one will do. */
export declare function nodeVersionProblem(version?: string): string | undefined;
