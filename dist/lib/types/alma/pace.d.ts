/** A fifth of the institution's 25 calls/s is left to its other programs. */
export declare const DEFAULT_REQUESTS_PER_SECOND = 20;
export interface PacerClock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
/** At most `perSecond` requests begin in any rolling second; the rest wait their turn, first come first served. */
export declare class RequestPacer {
    private readonly perSecond;
    private readonly clock;
    /** When the requests of the last second began, oldest first. */
    private readonly starts;
    private lastTurn;
    constructor(perSecond: number, clock?: PacerClock);
    /** Resolves when a request may begin, and counts it as begun. */
    take(): Promise<void>;
    private waitForRoom;
}
