export type AlmaErrorKind = 'alma' | 'network' | 'timeout' | 'parse' | 'run-unknown';
export interface AlmaErrorDetails {
    kind: AlmaErrorKind;
    status?: number;
    code?: string;
    almaMessage?: string;
    trackingId?: string;
    cause?: unknown;
}
export declare class AlmaError extends Error {
    readonly kind: AlmaErrorKind;
    readonly status?: number;
    readonly code?: string;
    readonly almaMessage?: string;
    readonly trackingId?: string;
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
/**
 * Removes the key (raw and URL-encoded) and any `apikey=` query value from text that came
 * from the wire or from Node, so no message, event or log line can carry it (§1).
 */
export declare function redact(text: string, secrets: readonly string[]): string;
/**
 * Builds the error for a non-2xx answer. With a code:
 * `402216: Invalid job id (no job with id M123 in this institution); tracking id E01-…`.
 */
export declare function errorFromAnswer(status: number, body: AlmaErrorBody, ctx: ErrorContext, secrets: readonly string[]): AlmaError;
