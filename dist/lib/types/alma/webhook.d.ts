import { type ParsedBody } from './parse.js';
import type { JobInstance } from './types.js';
export { BodyParseError } from './parse.js';
/** Far above any JOB_END body (an instance of §3.4 is a few KB); a larger one is not Alma's. */
export declare const MAX_WEBHOOK_BODY_BYTES: number;
/** The longest `?challenge=` value answered; Alma's random value is far shorter. */
export declare const MAX_CHALLENGE_CHARS = 256;
/** A JOB_END event read from its body (§10); `instance` is read as the client reads a GET's. */
export interface WebhookEvent {
    /** The event's own id (not the instance's), when sent. */
    id?: string;
    /** `JOB_END`, in whatever case Alma wrote it (§10): compare with isJobEndAction. */
    action: string;
    /** When Alma sent the event, ISO as sent. */
    time?: string;
    instance: JobInstance;
}
/**
 * Whether `signature` (the `X-Exl-Signature` header) is the base64 HMAC-SHA256 of `rawBody`
 * keyed with `secret` (§10), compared in constant time. False for a missing, empty, malformed
 * or wrong-length signature, an empty secret, or anything that is not a string.
 */
export declare function verifyWebhookSignature(rawBody: string, signature: string, secret: string): boolean;
/** Whether an event's action is JOB_END: one Alma page writes it `job_end` (§10). */
export declare function isJobEndAction(action: string | undefined): boolean;
/**
 * A JOB_END body, JSON or XML (§10), as the relay needs it: the typed event, and the body's
 * tree (what the dispatch forwards). Throws BodyParseError.
 */
export declare function readWebhookBody(rawBody: string, notes?: string[]): {
    event: WebhookEvent;
    tree: ParsedBody['data'];
};
/**
 * The event of a webhook body: `{id, action, time, job_instance}` in JSON, or the same
 * elements in XML (§10), with `instance` typed as the client's (§3.4). A body that is too
 * big, neither JSON nor XML, malformed, without an action or without a readable
 * `job_instance` throws a BodyParseError. Check the signature first.
 */
export declare function parseWebhookEvent(rawBody: string, notes?: string[]): WebhookEvent;
/**
 * The answer to Alma's check of the URL, `GET url?challenge=X` (§10): the JSON text
 * `{"challenge":"X"}`, or undefined when the URL has no challenge, or one that is empty,
 * longer than MAX_CHALLENGE_CHARS or not printable ASCII. Never throws.
 */
export declare function answerChallenge(url: string | URL): string | undefined;
