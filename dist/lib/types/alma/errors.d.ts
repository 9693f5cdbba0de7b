/**
 * alma: Alma answered with an error. network / timeout: no complete answer. parse: an answer the
 * client cannot read. too-large: more than the client reads (a body over MAX_BODY_BYTES, a list
 * over MAX_PAGES). run-unknown: a run POST whose outcome is unknown. cancelled: the caller's
 * signal stopped the call before it could finish.
 */
export type AlmaErrorKind = 'alma' | 'network' | 'timeout' | 'parse' | 'too-large' | 'run-unknown' | 'cancelled';
export interface AlmaErrorDetails {
    kind: AlmaErrorKind;
    status?: number;
    code?: string;
    almaMessage?: string;
    trackingId?: string;
    /** Kind 'cancelled' only: whether a run POST may have reached Alma and been processed. */
    sent?: boolean;
    cause?: unknown;
}
export declare class AlmaError extends Error {
    readonly kind: AlmaErrorKind;
    readonly status?: number;
    readonly code?: string;
    readonly almaMessage?: string;
    readonly trackingId?: string;
    /**
     * Set on kind 'cancelled': true when a run POST may have reached Alma and been processed (the
     * job may have started); false when none was sent, or Alma refused every one (429, connection
     * refused), so the job was not started. False for calls other than runJob.
     */
    readonly sent?: boolean;
    constructor(message: string, details: AlmaErrorDetails);
}
/** Bad user input: the message is one line naming what is wrong and what is allowed. */
export declare class ConfigError extends Error {
    constructor(message: string);
}
/** What an error body said, whatever its format (§5). */
export interface AlmaErrorBody {
    code?: string;
    message?: string;
    trackingId?: string;
    /** Where the text came from: an Alma error list, a plain-text body, a gateway HTML page. */
    source: 'alma' | 'text' | 'html' | 'empty';
}
/** The request an error belongs to, for messages that say which job or instance. */
export interface ErrorContext {
    method: string;
    /** Path and query below the base URL; never holds the key. */
    path: string;
    jobId?: string;
    instanceId?: string;
}
/** This many characters of the key in a row are treated as the key: a truncated key is still a key. */
export declare const KEY_RUN_CHARS = 8;
/**
 * Scrubs one set of secrets out of any text: every run of KEY_RUN_CHARS or more characters of
 * a secret (raw or URL-encoded) becomes `[redacted]`, overlapping runs merged into one, and so
 * does any `apikey=` value. Linear in the text: a rolling hash of each window of
 * KEY_RUN_CHARS is looked up among the secrets' windows, so a multi-MB body costs milliseconds.
 */
export declare class KeyScrubber {
    private readonly windows;
    private readonly hashes;
    private readonly whole;
    constructor(secrets: readonly string[]);
    scrub(text: string): string;
    private scrubRuns;
}
/**
 * Removes the key from text that came from the wire or from Node, so no message, event or log
 * line can carry it (§1): any run of KEY_RUN_CHARS or more of its characters, raw or
 * URL-encoded, and any `apikey=` query value. Scrub before cutting: a cut key is still a key.
 */
export declare function redact(text: string, secrets: readonly string[]): string;
/** Whether Alma's job throttle refused a run (402222/402223); no other error is. */
export declare function isThrottleRefusal(error: unknown): error is AlmaError & {
    code: string;
};
/**
 * Builds the error for a non-2xx answer. With a code:
 * `402216: Invalid job id (no job with id M123 in this institution); tracking id E01-…`.
 */
export declare function errorFromAnswer(status: number, body: AlmaErrorBody, ctx: ErrorContext, secrets: readonly string[]): AlmaError;
