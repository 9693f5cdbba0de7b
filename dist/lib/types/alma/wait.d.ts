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
/** One answer of this wait. */
export interface PollObservation {
    /** Time since the wait started. */
    elapsedMs: number;
    /** status.value of the instance. */
    status: string;
    /** Percent, when Alma sent it. */
    progress?: number;
}
export interface PollState extends PollObservation {
    /**
     * Every answer of this wait so far, oldest first, the newest (the fields above) last; long
     * waits keep a thinned sample (rememberObservation). Absent: the newest answer alone.
     */
    seen?: readonly PollObservation[];
    /** When the run is expected to end, counted like elapsedMs: from earlier runs, when known. */
    expectedDurationMs?: number;
}
/** Answers kept for the rate; older ones are thinned, so a 6-hour wait stays small. */
export declare const MAX_SEEN = 64;
/**
 * How long to sleep before the next poll. Never below `pollIntervalMs` (the user's floor on
 * quota use), never above `maxPollIntervalMs` (so an end, a failure at any moment included, is
 * seen at most that late), never past the deadline (the last gap ends exactly on it).
 *
 * Knowing nothing, the gap grows with the time waited. Once the run's end can be foreseen (the
 * progress rate over many answers, or earlier runs' length), the polls aim at it: a share of
 * the time left, then small gaps around it, growing again while the run overruns. Progress is
 * only a guide: the status alone says the run has ended (§7.14).
 */
export declare function nextPollDelay(state: PollState, opts: PollScheduleOptions): number;
export interface ForeseenEnd {
    /** When progress reaches 100 % at the rate of the recent answers (least squares); absent without a rate. */
    endMs?: number;
    /**
     * The end cannot come sooner if progress runs at an even pace: the next percent comes after the
     * newest answer, and each percent left takes longer than the current one has so far.
     */
    earliestEndMs: number;
    /** `endMs` comes from one level of progress, not a rate: good only for polling sooner. */
    oneLevel?: boolean;
}
/**
 * Where the RUNNING stretch that ends with the newest answer is heading. Progress is a whole
 * percent (§7.14): a reading p means somewhere in [p, p + 1), so one reading says little and
 * the rate over many pins the end down.
 */
export declare function foreseeEnd(seen: readonly PollObservation[]): ForeseenEnd | undefined;
/**
 * Adds an answer to `seen` (in place) and keeps it bounded: past MAX_SEEN, every second answer
 * of the older half goes, so old stretches grow sparse and recent ones stay whole.
 */
export declare function rememberObservation(seen: PollObservation[], observation: PollObservation): PollObservation[];
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
export declare function simulatePolls(timeline: (elapsedMs: number) => TimelinePoint, endMs: number, opts: PollScheduleOptions, expectedDurationMs?: number): PollSimulation;
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
     * When the run is expected to end, from the wait's start (e.g. how long earlier runs took):
     * polls aim at it until the run's own progress shows a rate. A wrong guess costs polls or
     * lateness, never more than `maxPollIntervalMs` late.
     */
    expectedDurationMs?: number;
    /**
     * Asked once for expectedDurationMs when the wait is still going `expectedDurationAfterMs`
     * after its start, with the newest instance seen: the cost (one list request, history-estimate.ts)
     * is spent only on runs long enough to spare more polls than that (how-it-works.md, Waiting).
     * It has the gap before the next poll to answer: its signal aborts then, or on a cancel.
     * Undefined, a rejection or an abort: the wait goes on without an estimate, and asks no more.
     */
    expectedDuration?: (latest: JobInstance | undefined, options: {
        signal: AbortSignal;
    }) => Promise<number | undefined>;
    /** Default EXPECTED_DURATION_AFTER_MS. */
    expectedDurationAfterMs?: number;
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
 * An estimate spares polls only until the run's own progress shows a rate, so it must come early;
 * a run still going at 10 s is long enough for it to pay (replayed in __tests__/history-estimate.test.ts).
 */
export declare const EXPECTED_DURATION_AFTER_MS = 10000;
/**
 * Polls one instance until its status is terminal, the deadline passes or the
 * signal aborts. Decides on status.value alone: progress is not completion (§7.14).
 * An outage is a missed poll, not the end of a wait that may last hours; an error no later
 * poll can mend (a refused key, the daily quota, an unknown instance after the grace) ends the
 * wait with end 'error' and the last instance seen, so callers can still report it.
 */
export declare function waitForInstance(api: InstanceSource, jobId: string, instanceId: string, opts: WaitOptions): Promise<WaitResult>;
