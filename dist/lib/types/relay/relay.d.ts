/** runner.md §7: GitHub takes a client_payload under 64 KB, so a larger body cannot be relayed. */
export declare const RELAY_MAX_BODY_BYTES: number;
/** §10: Alma waits 5 s for the relay's answer; GitHub must answer well within that. */
export declare const DEFAULT_GITHUB_TIMEOUT_MS = 4000;
export declare const DEFAULT_EVENT_TYPE = "alma-job-end";
export declare const DEFAULT_GITHUB_API_URL = "https://api.github.com";
/**
 * §10: Alma's last retry comes about 10 h (1 + 3 + 6) after the first try; an event whose `time`
 * is much older is a replay of a captured body, or a delivery Alma no longer makes.
 */
export declare const DEFAULT_MAX_EVENT_AGE_MS: number;
export interface WebhookRelayOptions {
    /** The secret of Alma's Webhooks integration profile (§10). */
    secret: string;
    /** A token that may create repository_dispatch events on `repository` (runner.md §8). */
    githubToken: string;
    /** `owner/name` of the repository whose workflows the event starts. */
    repository: string;
    /** The dispatch's `event_type`, matched by `on: repository_dispatch: types:`; default alma-job-end. */
    eventType?: string;
    /** Job ids (M…, S…, O…) whose ends are forwarded; every job's by default (§10: Alma sends all). */
    jobs?: readonly string[];
    /** GitHub's REST API root; default https://api.github.com. Plain http only to a loopback host. */
    githubApiUrl?: string;
    /** How long GitHub may take to answer; default 4000 ms, at most 4500 ms (Alma's 5 s, §10). */
    githubTimeoutMs?: number;
    /**
     * An event whose `time` is older than this is refused (400), not forwarded; default 24 h, well
     * past Alma's last retry (§10). A time the relay cannot read, or one ahead of its clock, passes.
     */
    maxEventAgeMs?: number;
    /** Told of every request's outcome, e.g. for a log line; its fields are safe to print. */
    onOutcome?: (outcome: RelayOutcome) => void;
}
/**
 * What became of one request. `forwarded`: GitHub took the dispatch. `ignored`: a valid event
 * not to forward (not JOB_END, another job, already forwarded or being forwarded), answered 200
 * so Alma does not retry. `refused`: a 4xx (unsigned, mis-signed, too big, unreadable, too old,
 * wrong method).
 * `failed`: GitHub erred or was slow, answered 502 so Alma retries (§10). `challenge`: the URL check.
 */
export interface RelayOutcome {
    kind: 'challenge' | 'forwarded' | 'ignored' | 'refused' | 'failed';
    /** The relay's answer. */
    status: number;
    /** Why, in the relay's own words (never the request's text). */
    reason: string;
    /** Only when they have the form of ids and codes (§3.2, §3.4, §4), so they are safe to print. */
    jobId?: string;
    instanceId?: string;
    jobStatus?: string;
    /** GitHub's answer, when it was asked. */
    githubStatus?: number;
    /**
     * The `message` of GitHub's error answer (runner.md §8), for the log only, never for Alma: the
     * token removed, control characters escaped, at most 200 characters.
     */
    githubMessage?: string;
}
interface Settings {
    secret: string;
    githubToken: string;
    dispatchUrl: string;
    repository: string;
    eventType: string;
    jobs: ReadonlySet<string> | undefined;
    timeoutMs: number;
    maxEventAgeMs: number;
    onOutcome: ((outcome: RelayOutcome) => void) | undefined;
}
/** The options checked; a ConfigError names the one that is wrong (never a secret's value). */
export declare function checkRelayOptions(options: WebhookRelayOptions): Settings;
/**
 * The relay: `GET ?challenge=X` answers the check (§10); `POST` with a signed JOB_END body is
 * sent on to GitHub as a repository_dispatch whose client_payload is the body (runner.md §7).
 */
export declare function createWebhookRelay(options: WebhookRelayOptions): (request: Request) => Promise<Response>;
export {};
