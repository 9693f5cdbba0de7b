export declare const ABORTED: unique symbol;
/** Resolves with ABORTED as soon as the signal aborts; a late rejection of `work` is swallowed then. */
export declare function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED>;
/** A sleep that ends early (resolving) when the signal aborts, and leaves no listener behind. */
export declare function abortableSleep(ms: number, signal?: AbortSignal): Promise<void>;
/** Both signals in one; undefined when neither is given. */
export declare function eitherSignal(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined;
