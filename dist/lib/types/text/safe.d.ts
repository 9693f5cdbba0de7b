/** Control characters shown as escapes (`\n`, `\u001b`): the text stays on one line and inert. */
export declare function printable(text: string): string;
/** A line of ours that may hold network text: it cannot begin a workflow command. */
export declare function neutralizeCommands(line: string): string;
/** Longest line a log gets: a name of 100 KB from a hostile server must not flood it. */
export declare const MAX_LINE_CHARS = 2000;
/** One log line, whatever went into it: inert, on one line, and of bounded length. */
export declare function safeLine(text: string): string;
