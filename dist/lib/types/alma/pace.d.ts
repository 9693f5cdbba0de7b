/** A fifth of the institution's 25 calls/s is left to its other programs. */
export declare const DEFAULT_REQUESTS_PER_SECOND = 20;
/** The floor after refusals: one request a second still makes progress. */
export declare const MIN_REQUESTS_PER_SECOND = 1;
export interface PacerClock {
    now(): number;
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
/**
 * At most `rate()` requests begin in any rolling second; the rest wait their turn, first come
 * first served. The rate starts at `perSecond`, halves on a refusal and climbs back by one
 * request/s for each second without one.
 */
export declare class RequestPacer {
    private readonly perSecond;
    private readonly clock;
    /** When the requests of the last second began, oldest first. */
    private readonly starts;
    private lastTurn;
    /** The rate the last refusal left, and when it came. */
    private cutRate;
    private cutAt;
    constructor(perSecond: number, clock?: PacerClock);
    /** Requests per second allowed now. */
    rate(): number;
    /**
     * Alma refused a request for the per-second limit. Halves the rate, at most once a second:
     * requests begun in the same second were refused for the same overload.
     */
    refused(): void;
    /**
     * Resolves when a request may begin, and counts it as begun. With `signal`: resolves at once
     * when it aborts, and the request is not counted (the caller checks the signal).
     */
    take(signal?: AbortSignal): Promise<void>;
    private waitForRoom;
}
