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
    /** Why each item left out of `items` was malformed (§7.16: one bad item must not fail the list). */
    skipped?: string[];
}
export declare function toJobPage(body: ParsedBody): Page<Job>;
export declare function toInstancePage(body: ParsedBody): Page<JobInstance>;
export declare function toJob(value: unknown): Job;
export declare function toInstance(value: unknown): JobInstance;
/** `GET /conf/code-tables/systemJobStatus` in either format (§3.5). */
export declare function toStatusTable(body: ParsedBody): StatusTableRow[];
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
