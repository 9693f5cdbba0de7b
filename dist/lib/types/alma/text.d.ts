/** Every run of whitespace or control characters becomes one space; the ends are trimmed. */
export declare function flatten(text: string): string;
/**
 * `text` on one line (flatten), at most `maxChars` code points, '…' included when cut. Cuts
 * between code points, so no half of a surrogate pair is left behind.
 */
export declare function clip(text: string, maxChars: number): string;
