import { abortableSleep } from './abort.js';
import { AlmaError } from './errors.js';
import type { JobInstance, StatusOutcome } from './types.js';
export interface PollScheduleOptions {
    /** First (and smallest) gap between polls. */
    pollIntervalMs: number;
    /** Largest gap between polls: the end is never seen later than this. */
    maxPollIntervalMs: number;
    /** Deadline, counted from the start of the wait. */
    timeoutMs: number;
}
export interface PollState {
    /** Time since the wait started. */
    elapsedMs: number;
    /** status.value of the last instance seen. */
    status: string;
    /** Percent, when Alma sent it. */
    progress?: number;
}
/**
 * How long to sleep before the next poll. Quick at first, growing with the time
 * waited up to `maxPollIntervalMs`; never below `pollIntervalMs` (the user's floor
 * on quota use), never past the deadline (the last gap ends exactly on it).
 */
export declare function nextPollDelay(state: PollState, opts: PollScheduleOptions): number;
export interface TimelinePoint {
    status: string;
    progress?: number;
}
export interface PollSimulation {
    /** Polls made, the first at 0 ms and the last the one that saw the end (or the deadline). */
    polls: number;
    /** When the end state was seen, minus when it happened; undefined when the deadline came first. */
    lateMs: number | undefined;
    /** The sleeps between polls, in order. */
    gaps: number[];
    /** When the last poll happened. */
    lastPollMs: number;
}
/**
 * Replays the schedule against a timeline without sleeping: poll at 0, then after
 * each `nextPollDelay`, until a terminal status (classifyStatus) or the deadline.
 */
export declare function simulatePolls(timeline: (elapsedMs: number) => TimelinePoint, endMs: number, opts: PollScheduleOptions): PollSimulation;
export interface InstanceSource {
    /** `options.signal` aborts when the wait ends (deadline or cancel): the poll should stop then. */
    getInstance(jobId: string, instanceId: string, options?: {
        signal?: AbortSignal;
    }): Promise<JobInstance>;
}
export { abortableSleep };
export interface WaitOptions extends PollScheduleOptions {
    /**
     * Aborting stops the wait at once (mid-sleep or mid-request) with end 'cancelled'. The
     * deadline does the same with end 'timeout': a poll still under way then (a trickling answer,
     * a chain of retries) is aborted through the signal getInstance is given.
     */
    signal?: AbortSignal;
    /** Called for the first instance seen and whenever status or progress changes. */
    onChange?: (instance: JobInstance, elapsedMs: number) => void;
    /** Called once per status code classifyStatus does not know; the wait goes on (§4). */
    onUnknownStatus?: (code: string, instance: JobInstance) => void;
    /**
     * A poll failed in a way a later poll may not (Alma or the network down for a while, after
     * the client's own retries); the wait goes on until its deadline. Called for each such poll.
     */
    onMissedPoll?: (error: AlmaError, elapsedMs: number) => void;
    /** Injectable for tests; must resolve early when `signal` aborts (the loop also races it). */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    now?: () => number;
    /** An instance already fetched (status): it counts as the first poll's answer. */
    first?: JobInstance;
    /**
     * How long after the start a 402218 "invalid job instance id" is taken as Alma not
     * having registered a fresh run yet (§7.12). Default 30 s; 0 for an instance that
     * is known to exist already.
     */
    unknownInstanceGraceMs?: number;
}
export interface WaitResult {
    end: 'finished' | 'timeout' | 'cancelled' | 'error';
    /** With end 'error': the Alma error no later poll could mend. */
    error?: AlmaError;
    /** The last instance seen; absent only when none was seen before the wait ended. */
    instance?: JobInstance;
    outcome?: StatusOutcome;
    elapsedMs: number;
    /** Instance GETs made (including 402218 answers), not counting `first`. */
    polls: number;
}
/** §7.12: a just-submitted instance may be unknown for a few seconds. */
export declare const UNKNOWN_INSTANCE_CODE = "402218";
/**
 * Polls one instance until its status is terminal, the deadline passes or the
 * signal aborts. Decides on status.value alone: progress is not completion (§7.14).
 * An outage is a missed poll, not the end of a wait that may last hours; an error no later
 * poll can mend (a refused key, the daily quota, an unknown instance after the grace) ends the
 * wait with end 'error' and the last instance seen, so callers can still report it.
 */
export declare function waitForInstance(api: InstanceSource, jobId: string, instanceId: string, opts: WaitOptions): Promise<WaitResult>;
