import type { AlmaErrorBody } from './errors.js';
import type { Job, JobInstance, StatusTableRow } from './types.js';
/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
export declare class BodyParseError extends Error {
    constructor(message: string);
}
type Tree = Record<string, unknown>;
/** Deeper than any Alma answer (an instance's counter type is 4 levels down): not Alma's. */
export declare const MAX_DEPTH = 64;
export declare function isInstanceId(text: string): boolean;
/** A job id as a body's id must be to go into a link or an output: prefix and bounded digits (§3.2). */
export declare function isWellFormedJobId(text: string): boolean;
/** A parsed body: the root element's name (XML only) and its content. */
export interface ParsedBody {
    rootName?: string;
    data: Tree;
}
/**
 * Picks the parser: the body's first character decides, Content-Type breaks ties (§5). Every
 * failure is a BodyParseError, whatever the parser threw. `scrub`, when given, is applied to
 * every string of the result (and to numbers whose digits it would change), in the same pass
 * that bounds the nesting: what the client returns never carries the key.
 */
export declare function parseBody(body: string, contentType: string | undefined, scrub?: (text: string) => string): ParsedBody;
export interface Page<T> {
    /** `total_record_count`: JSON number, XML attribute (§3.1). */
    total: number | undefined;
    items: T[];
    /**
     * Why each item left out of `items` was malformed (§7.16: one bad item must not fail the list).
     * One entry per item: the pager counts them as places taken on the page.
     */
    skipped?: string[];
    /**
     * Parts left out of items that were kept: a malformed action, counter or alert of an instance
     * (§7.16). Not items, so not counted as places on the page; worth a debug line like `skipped`.
     */
    notes?: string[];
}
export declare function toJobPage(body: ParsedBody): Page<Job>;
export declare function toInstancePage(body: ParsedBody): Page<JobInstance>;
export declare function toJob(value: unknown): Job;
/** Notes on one instance beyond this many are summed up in one (a hostile body may have thousands). */
export declare const MAX_NOTES_PER_INSTANCE = 10;
/**
 * One instance (§3.4). A malformed action, counter or alert is left out and the rest kept
 * (§7.16, e.g. Ex Libris's sample `"action": ["string"]`); `notes`, when given, receives one
 * line per part left out, for a debug line. A missing status or an id that is not one still
 * makes the instance unreadable (BodyParseError).
 */
export declare function toInstance(value: unknown, notes?: string[]): JobInstance;
/** `GET /conf/code-tables/systemJobStatus` in either format (§3.5). */
export declare function toStatusTable(body: ParsedBody): StatusTableRow[];
/** A JOB_END webhook body (§10): the event's own fields and the instance it wraps. */
export interface JobEndEvent {
    /** The event's id (not the instance's). */
    id?: string;
    /** `JOB_END`; one official page writes `job_end`, so compare without regard to case (§10). */
    action?: string;
    /** When Alma sent the event, ISO as sent. */
    time?: string;
    instance: JobInstance;
}
/**
 * A JOB_END webhook body, `{id, action, time, job_instance: {…}}` in JSON or the same in XML
 * (§10), read as toInstance reads `job_instance`. Without a `job_instance` it is no event.
 */
export declare function toJobEndEvent(value: unknown, notes?: string[]): JobEndEvent;
/**
 * The instance of a JOB_END webhook envelope (§10), or the instance itself when given a bare
 * one (a GET's answer): an object with a `job_instance` object and no `status` is an envelope.
 */
export declare function toInstanceFromEnvelope(value: unknown, notes?: string[]): JobInstance;
export interface RunResponse {
    job: Job;
    /** undefined when neither the link nor the text names the instance (§7.6). */
    instanceId: string | undefined;
    instanceLink?: string;
    message?: string;
}
/** The job is the one that was run (`requestedJobId`), whatever id the echo carries. */
export declare function toRunResponse(body: ParsedBody, requestedJobId: string): RunResponse;
/**
 * §3.3/§7.6: the last path segment of `additional_info.link` (query and trailing '/'
 * stripped), else the number of "Job no. N"; kept a string (§7.4). undefined when neither
 * names an instance. An id that is not all digits, or a link and text that disagree, is a
 * malformed answer (BodyParseError): the id goes into paths, outputs and logs.
 */
export declare function instanceIdFrom(link: string | undefined, message: string | undefined): string | undefined;
/** Reads any error body of §5; never throws. */
export declare function parseErrorBody(bodyText: string, contentType: string | undefined): AlmaErrorBody;
export {};
