import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ez: () => (/* binding */ KeyScrubber),
/* harmony export */   Rb: () => (/* binding */ errorFromAnswer),
/* harmony export */   ak: () => (/* binding */ AlmaError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports KEY_RUN_CHARS, isThrottleRefusal */
// One typed error for every failed Alma call (alma-api.md §5), and one for bad
// user input. Messages never contain the API key.
class AlmaError extends Error {
    kind;
    status;
    code;
    almaMessage;
    trackingId;
    /**
     * Set on kind 'cancelled': true when a run POST may have reached Alma and been processed (the
     * job may have started); false when none was sent, or Alma refused every one (429, connection
     * refused), so the job was not started. False for calls other than runJob.
     */
    sent;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'AlmaError';
        this.kind = details.kind;
        this.status = details.status;
        this.code = details.code;
        this.almaMessage = details.almaMessage;
        this.trackingId = details.trackingId;
        if (details.sent !== undefined)
            this.sent = details.sent;
    }
}
/** Bad user input: the message is one line naming what is wrong and what is allowed. */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
const REDACTED = '[redacted]';
/** This many characters of the key in a row are treated as the key: a truncated key is still a key. */
const KEY_RUN_CHARS = 8;
/** Shorter secrets are replaced only whole, and under 4 characters not at all (it would mangle any text). */
const MIN_SECRET_CHARS = 4;
/** `apikey=…` / `apikey: …` in a URL or an echoed header, whoever's key it is (§1). */
const APIKEY_VALUE = /(apikey[=:]\s*)[^\s&"'<>]+/gi;
const HASH_BASE = 0x10001;
/** HASH_BASE^(KEY_RUN_CHARS − 1), mod 2^32: what the character leaving the window weighed. */
const HASH_TOP = (() => {
    let top = 1;
    for (let i = 1; i < KEY_RUN_CHARS; i++)
        top = Math.imul(top, HASH_BASE);
    return top;
})();
function hashOf(text, from) {
    let hash = 0;
    for (let i = from; i < from + KEY_RUN_CHARS; i++)
        hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0;
    return hash;
}
/**
 * Scrubs one set of secrets out of any text: every run of KEY_RUN_CHARS or more characters of
 * a secret (raw or URL-encoded) becomes `[redacted]`, overlapping runs merged into one, and so
 * does any `apikey=` value. Linear in the text: a rolling hash of each window of
 * KEY_RUN_CHARS is looked up among the secrets' windows, so a multi-MB body costs milliseconds.
 */
class KeyScrubber {
    windows = new Set();
    hashes = new Set();
    whole = [];
    constructor(secrets) {
        for (const secret of secrets) {
            for (const form of new Set([secret, encodeURIComponent(secret)])) {
                if (form.length < KEY_RUN_CHARS) {
                    if (form.length >= MIN_SECRET_CHARS)
                        this.whole.push(form);
                    continue;
                }
                for (let i = 0; i + KEY_RUN_CHARS <= form.length; i++) {
                    this.windows.add(form.slice(i, i + KEY_RUN_CHARS));
                    this.hashes.add(hashOf(form, i));
                }
            }
        }
    }
    scrub(text) {
        let out = this.windows.size > 0 && text.length >= KEY_RUN_CHARS ? this.scrubRuns(text) : text;
        for (const form of this.whole)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out.replace(APIKEY_VALUE, `$1${REDACTED}`);
    }
    scrubRuns(text) {
        const parts = [];
        let copied = 0;
        let runStart = -1;
        let runEnd = -1;
        let hash = hashOf(text, 0);
        for (let i = 0;; i++) {
            if (this.hashes.has(hash) && this.windows.has(text.slice(i, i + KEY_RUN_CHARS))) {
                if (runStart >= 0 && i <= runEnd)
                    runEnd = i + KEY_RUN_CHARS;
                else {
                    if (runStart >= 0) {
                        parts.push(text.slice(copied, runStart), REDACTED);
                        copied = runEnd;
                    }
                    runStart = i;
                    runEnd = i + KEY_RUN_CHARS;
                }
            }
            if (i + KEY_RUN_CHARS >= text.length)
                break;
            hash = (Math.imul((hash - Math.imul(text.charCodeAt(i), HASH_TOP)) | 0, HASH_BASE) + text.charCodeAt(i + KEY_RUN_CHARS)) | 0;
        }
        if (runStart < 0)
            return text;
        parts.push(text.slice(copied, runStart), REDACTED, text.slice(runEnd));
        return parts.join('');
    }
}
let lastScrubber;
/**
 * Removes the key from text that came from the wire or from Node, so no message, event or log
 * line can carry it (§1): any run of KEY_RUN_CHARS or more of its characters, raw or
 * URL-encoded, and any `apikey=` query value. Scrub before cutting: a cut key is still a key.
 */
function redact(text, secrets) {
    const id = secrets.join('\u0000');
    if (lastScrubber?.id !== id)
        lastScrubber = { id, scrubber: new KeyScrubber(secrets) };
    return lastScrubber.scrubber.scrub(text);
}
/** Alma's job throttle (§3.3, §5): a run it refused was not started, so it may be sent again. */
const THROTTLE_CODES = new Set(['402222', '402223']);
/** Whether Alma's job throttle refused a run (402222/402223); no other error is. */
function isThrottleRefusal(error) {
    return error instanceof AlmaError && error.code !== undefined && THROTTLE_CODES.has(error.code);
}
/** 402222 and 402223 ("Execution threshold reached"): both rules, since the code does not say which (§5). */
const EXECUTION_THRESHOLD = 'Alma runs a job from the API only while at most 3 API-started jobs are running and at most 5 times per hour per job; ' +
    'this refusal does not say which; the run was not started, try again when a run has finished or later in the hour';
/** §1: reading needs the Configuration area read-only; running a job (a POST) needs read/write. */
const KEY_PERMISSION = 'the key needs the Configuration area for this environment: read-only to read, read/write to run a job';
/** What to do about a code, in the user's terms (§5 job error codes, §6 limits). */
const HINTS = {
    UNAUTHORIZED: () => KEY_PERMISSION,
    FORBIDDEN: () => KEY_PERMISSION,
    PER_SECOND_THRESHOLD: () => 'more than 25 calls per second for the institution; slow down',
    DAILY_THRESHOLD: () => "the institution's daily API quota (all keys, sandbox included) is used up; it resets at midnight, retrying today will not help",
    '40166410': () => 'type must be MANUAL, SCHEDULED or OTHER, and the category a code Alma knows',
    '402215': (ctx) => `job ids look like M123, S123 or O123${ctx.jobId ? `, got "${ctx.jobId}"` : ''}`,
    '402216': (ctx) => `no job with id ${ctx.jobId ?? '(unknown)'} in this institution`,
    '402218': (ctx) => `no instance ${ctx.instanceId ?? '(unknown)'} of job ${ctx.jobId ?? '(unknown)'}; right after a run it may not be visible yet`,
    // §3.3, §5: one row of the documentation for both codes; it never says which is which rule.
    '402222': () => EXECUTION_THRESHOLD,
    '402223': () => EXECUTION_THRESHOLD,
    '402228': () => 'a mandatory parameter is missing; copy the parameters from the "API information" step of the Run a job wizard',
    '402229': () => 'a mandatory parameter is empty; copy the parameters from the "API information" step of the Run a job wizard',
    '402248': () => 'only ERP, Metadata Import, Remote Storage, Bursar, General Publishing and SIS scheduled jobs can be run from the API',
    '402249': () => 'only ERP, Metadata Import, Remote Storage, Bursar, General Publishing and SIS scheduled jobs can be run from the API'
};
/** Used when Alma sent a code without a message. */
const DEFAULT_TEXTS = {
    UNAUTHORIZED: 'API-key not defined or not configured to allow this API',
    PER_SECOND_THRESHOLD: 'HTTP requests are more than allowed per second',
    DAILY_THRESHOLD: 'Daily API threshold reached',
    '402215': 'Invalid job id format',
    '402216': 'Invalid job id',
    '402218': 'Invalid job instance id',
    '402222': 'Execution threshold reached',
    '402223': 'Execution threshold reached',
    '402228': 'Mandatory parameter missing',
    '402229': 'Mandatory parameter empty'
};
/**
 * Builds the error for a non-2xx answer. With a code:
 * `402216: Invalid job id (no job with id M123 in this institution); tracking id E01-…`.
 */
function errorFromAnswer(status, body, ctx, secrets) {
    const almaMessage = body.message === undefined ? undefined : redact(body.message, secrets);
    const trackingId = body.trackingId === undefined ? undefined : redact(body.trackingId, secrets);
    let message;
    if (body.code) {
        // The code is Alma's text: `constructor` or `toString` must not find Object's own members.
        const text = (almaMessage ||
            (Object.hasOwn(DEFAULT_TEXTS, body.code) ? DEFAULT_TEXTS[body.code] : undefined) ||
            `HTTP ${status}`).replace(/[.\s]+$/, '');
        const hint = Object.hasOwn(HINTS, body.code) ? HINTS[body.code](ctx) : undefined;
        message = `${body.code}: ${text}${hint ? ` (${hint})` : ''}`;
    }
    else {
        const what = body.source === 'html' ? 'gateway page' : body.source === 'empty' ? 'empty body' : 'body';
        message = `HTTP ${status} from Alma on ${ctx.method} ${ctx.path}${almaMessage ? ` (${what}: "${almaMessage}")` : ` (${what})`}`;
    }
    if (trackingId)
        message += `; tracking id ${trackingId}`;
    return new AlmaError(redact(message, secrets), {
        kind: 'alma',
        status,
        code: body.code,
        almaMessage,
        trackingId
    });
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pg: () => (/* reexport */ AlmaClient),
  ak: () => (/* reexport */ errors/* AlmaError */.ak),
  s6: () => (/* reexport */ webhook/* BodyParseError */.s6),
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  $2: () => (/* reexport */ DEFAULT_LIST_CONCURRENCY),
  KK: () => (/* reexport */ DEFAULT_QUOTA_WARN_BELOW),
  e6: () => (/* reexport */ DEFAULT_RATE_LIMIT_BUDGET_MS),
  Yc: () => (/* reexport */ DEFAULT_REQUESTS_PER_SECOND),
  MA: () => (/* reexport */ JOB_TYPES),
  YK: () => (/* reexport */ MAX_BODY_BYTES),
  Y0: () => (/* reexport */ MAX_PAGES),
  WU: () => (/* reexport */ webhook/* MAX_WEBHOOK_BODY_BYTES */.WU),
  ij: () => (/* reexport */ REGIONS),
  _Y: () => (/* reexport */ RETRY_AFTER_CAP_MS),
  fQ: () => (/* reexport */ STATUS_DESCRIPTIONS),
  Mf: () => (/* reexport */ abortableSleep),
  I9: () => (/* reexport */ webhook/* answerChallenge */.I9),
  xo: () => (/* reexport */ statuses_classifyStatus),
  mM: () => (/* reexport */ counterValue),
  QB: () => (/* reexport */ failureCounters),
  Zo: () => (/* reexport */ isExLibrisHost),
  $w: () => (/* reexport */ webhook/* isJobEndAction */.$w),
  dW: () => (/* reexport */ isJobId),
  qC: () => (/* reexport */ nextPollDelay),
  _A: () => (/* reexport */ parseParameters),
  Rl: () => (/* reexport */ webhook/* parseWebhookEvent */.Rl),
  xj: () => (/* reexport */ resolveBaseUrl),
  vS: () => (/* reexport */ runRequestBody),
  t6: () => (/* reexport */ webhook/* verifyWebhookSignature */.t6),
  WM: () => (/* reexport */ waitForInstance)
});

;// CONCATENATED MODULE: ./src/alma/abort.ts
// Waiting that a signal can cut short: the pacer, backoff sleeps, polls.
/** setTimeout's limit; longer sleeps are taken in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const ABORTED = Symbol('aborted');
/** Resolves with ABORTED as soon as the signal aborts; a late rejection of `work` is swallowed then. */
function untilAborted(work, signal) {
    if (!signal)
        return work;
    if (signal.aborted) {
        work.catch(() => { });
        return Promise.resolve(ABORTED);
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            work.catch(() => { });
            resolve(ABORTED);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}
/** A sleep that ends early (resolving) when the signal aborts, and leaves no listener behind. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted || ms <= 0)
            return resolve();
        let timer;
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const wake = (left) => {
            timer = setTimeout(() => (left > MAX_TIMER_MS ? wake(left - MAX_TIMER_MS) : done()), Math.min(left, MAX_TIMER_MS));
        };
        signal?.addEventListener('abort', done, { once: true });
        wake(ms);
    });
}
/** Both signals in one; undefined when neither is given. */
function eitherSignal(a, b) {
    if (!a || !b)
        return a ?? b;
    return AbortSignal.any([a, b]);
}

// EXTERNAL MODULE: ./src/alma/errors.ts
var errors = __nccwpck_require__(184);
;// CONCATENATED MODULE: ./src/alma/pace.ts
// Staying under Alma's per-second limit: 25 calls/s per institution, shared by every key and
// program of the institution (alma-api.md §6). Concurrency alone cannot promise that,
// since the rate it gives depends on how fast Alma answers; counting request starts can.
// Other programs share the limit, so a refusal also slows this client down (AIMD, as careful
// Alma clients do, §6 "BOD halves rate on 429"): half the rate at once, then back up slowly.

/** A fifth of the institution's 25 calls/s is left to its other programs. */
const DEFAULT_REQUESTS_PER_SECOND = 20;
/** The floor after refusals: one request a second still makes progress. */
const MIN_REQUESTS_PER_SECOND = 1;
const WINDOW_MS = 1000;
/**
 * Real time, whatever clock the client was given: tests that fake the client's clock to skip
 * backoff must not fake away the pause that keeps Alma from refusing requests.
 */
const realClock = {
    now: () => performance.now(),
    sleep: abortableSleep
};
/**
 * At most `rate()` requests begin in any rolling second; the rest wait their turn, first come
 * first served. The rate starts at `perSecond`, halves on a refusal and climbs back by one
 * request/s for each second without one.
 */
class RequestPacer {
    perSecond;
    clock;
    /** When the requests of the last second began, oldest first. */
    starts = [];
    lastTurn = Promise.resolve();
    /** The rate the last refusal left, and when it came. */
    cutRate;
    cutAt = Number.NEGATIVE_INFINITY;
    constructor(perSecond, clock = realClock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.cutRate = perSecond;
    }
    /** Requests per second allowed now. */
    rate() {
        const climbed = this.cutRate + Math.floor((this.clock.now() - this.cutAt) / WINDOW_MS);
        return Math.min(this.perSecond, climbed);
    }
    /**
     * Alma refused a request for the per-second limit. Halves the rate, at most once a second:
     * requests begun in the same second were refused for the same overload.
     */
    refused() {
        const now = this.clock.now();
        if (now - this.cutAt < WINDOW_MS)
            return;
        this.cutRate = Math.max(MIN_REQUESTS_PER_SECOND, Math.floor(this.rate() / 2));
        this.cutAt = now;
    }
    /**
     * Resolves when a request may begin, and counts it as begun. With `signal`: resolves at once
     * when it aborts, and the request is not counted (the caller checks the signal).
     */
    take(signal) {
        const turn = this.lastTurn.then(() => this.waitForRoom(signal));
        this.lastTurn = turn;
        if (!signal)
            return turn;
        return untilAborted(turn, signal).then(() => undefined);
    }
    async waitForRoom(signal) {
        for (;;) {
            if (signal?.aborted)
                return;
            const now = this.clock.now();
            while (this.starts.length > 0 && now - this.starts[0] >= WINDOW_MS)
                this.starts.shift();
            const rate = this.rate();
            if (this.starts.length < rate) {
                this.starts.push(now);
                return;
            }
            // The oldest start that must age out before there is room at this rate.
            await this.clock.sleep(this.starts[this.starts.length - rate] + WINDOW_MS - now, signal);
        }
    }
}

// EXTERNAL MODULE: ./src/alma/parse.ts
var parse = __nccwpck_require__(480);
;// CONCATENATED MODULE: ./src/alma/retry.ts
// When to try again, and how long to wait first (alma-api.md §6).
/** Longest Retry-After we honour; a server asking for more is treated as asking for this. */
const RETRY_AFTER_CAP_MS = 60_000;
/**
 * How long a call keeps retrying per-second refusals, by default. The limit is the
 * institution's (§6), shared with every other workflow of it: when sixty steps start at once
 * behind 25 calls/s, a refusal says "later", not "never". Two minutes lets the pacers of all
 * of them settle (each halves its rate on a refusal) without hiding an Alma that refuses all day.
 */
const DEFAULT_RATE_LIMIT_BUDGET_MS = 120_000;
/** Errors raised before a single byte of the request could reach Alma (§6: "connect failure"). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function failedBeforeSending(code) {
    return code !== undefined && NOT_SENT_CODES.has(code);
}
/** §5/§6: check the code as well as the status; the daily quota is not worth retrying today. */
function verdictForAnswer(status, code) {
    if (code === 'DAILY_THRESHOLD')
        return 'final';
    if (code === 'PER_SECOND_THRESHOLD' || status === 429)
        return 'throttled';
    if (status >= 500)
        return 'transient';
    return 'final';
}
/** Full jitter: random(0, min(max, base·2ⁿ)) for the n-th retry (n from 0). */
function backoffDelayMs(retryIndex, baseMs, maxMs, random = Math.random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** retryIndex);
    return Math.floor(random() * ceiling);
}
/** RFC 9110 delta-seconds (a fraction tolerated). */
const DELTA_SECONDS = /^\d+(\.\d+)?$/;
/** An HTTP date starts with the day's name (IMF-fixdate, RFC 850, asctime); Date.parse alone reads "-5" or "1 2" as dates. */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;
/**
 * Retry-After as delta-seconds or an HTTP date (§6), capped at RETRY_AFTER_CAP_MS; undefined
 * when absent, unreadable, negative, zero or in the past: then the normal backoff applies.
 */
function retryAfterMs(header, nowMs) {
    const value = header?.trim();
    if (!value)
        return undefined;
    let ms;
    if (DELTA_SECONDS.test(value))
        ms = Number(value) * 1000;
    else if (HTTP_DATE.test(value))
        ms = Date.parse(value) - nowMs;
    else
        return undefined;
    if (!(ms > 0))
        return undefined; // NaN, now or past
    return Math.min(Math.ceil(ms), RETRY_AFTER_CAP_MS);
}
/** Retry-After wins when the server sent a usable one; otherwise jittered backoff. */
function retryDelayMs(retryIndex, retryAfterHeader, timing) {
    return retryAfterMs(retryAfterHeader, timing.now()) ?? backoffDelayMs(retryIndex, timing.retryBaseMs, timing.retryMaxMs);
}

// EXTERNAL MODULE: ./src/alma/xml.ts + 1 modules
var xml = __nccwpck_require__(564);
;// CONCATENATED MODULE: ./src/alma/http.ts






/**
 * The most of one answer the client reads: 4 MiB. Alma's largest answers (a page of 100 jobs,
 * or of 100 instances with their counters) are some hundred KB; more is not Alma, and reading
 * it whole would only cost memory and time. Over it, reading stops and the socket is closed.
 */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const MEDIA_TYPES = { json: 'application/json', xml: 'application/xml' };
/** Header carrying a per-request token to the deadline handler; removed before sending. */
const DEADLINE_TOKEN = 'x-almajob-deadline';
/**
 * Gives each request the AbortSignal of its own deadline. http-client has no per-request
 * options, but it lets handlers edit the request options just before sending.
 */
class DeadlineHandler {
    signals = new Map();
    nextToken = 0;
    register(signal) {
        const token = String(++this.nextToken);
        this.signals.set(token, signal);
        return token;
    }
    release(token) {
        this.signals.delete(token);
    }
    prepareRequest(options) {
        // http-client always builds the headers as an object (its _mergeHeaders).
        const headers = options.headers;
        const token = headers?.[DEADLINE_TOKEN];
        if (!headers || typeof token !== 'string')
            return;
        delete headers[DEADLINE_TOKEN];
        options.signal = this.signals.get(token);
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        throw new Error('not used');
    }
}
/** A request that got no complete (or no readable) HTTP answer. */
class SendFailure extends Error {
    kind;
    code;
    original;
    status;
    constructor(message, kind, code, original, status) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.original = original;
        this.status = status;
    }
}
/** readBody's refusal of an answer over MAX_BODY_BYTES. */
class BodyTooLarge extends Error {
}
/**
 * One call's retry bookkeeping: per-second refusals are retried on a time budget (from the
 * call's start, or the sum of the sleeps when the clock is frozen in a test), everything else
 * on the attempt count.
 */
class RetryState {
    opts;
    /** Requests that got an answer or a failure, refusals included. */
    attempts = 0;
    counted = 0;
    throttledRetries = 0;
    slept = 0;
    startedAt;
    constructor(opts) {
        this.opts = opts;
        this.startedAt = opts.now();
    }
    /** The delay before the next try, or undefined when the failure may not be tried again. */
    nextDelay(failure) {
        if (failure.verdict === 'throttled') {
            const spent = Math.max(this.opts.now() - this.startedAt, this.slept);
            const left = this.opts.rateLimitBudgetMs - spent;
            if (left <= 0)
                return undefined;
            // Full jitter, growing with each refusal, so many clients refused together spread out.
            const backoff = backoffDelayMs(this.throttledRetries++, this.opts.retryBaseMs, this.opts.retryMaxMs);
            const delay = retryAfterMs(failure.retryAfter, this.opts.now()) ?? Math.max(MIN_THROTTLED_DELAY_MS, backoff);
            return this.took(Math.min(delay, left));
        }
        if (++this.counted >= this.opts.maxAttempts)
            return undefined;
        return this.took(retryDelayMs(this.counted - 1, failure.retryAfter, this.opts));
    }
    /** How the last failure is described when no more tries are left. */
    gaveUp(failure) {
        if (failure.verdict !== 'throttled')
            return gaveUp(failure.error, this.attempts);
        const budget = `${seconds(this.opts.rateLimitBudgetMs)} of per-second refusals`;
        return gaveUp(failure.error, this.attempts, budget);
    }
    took(ms) {
        this.slept += ms;
        return ms;
    }
}
/** A floor under the jittered delay after a refusal, so a frozen clock still spends the budget. */
const MIN_THROTTLED_DELAY_MS = 50;
let httpClientModule;
/**
 * @actions/http-client, loaded for the first request: it loads node:https and a proxy tunnel
 * as it is imported, which code that never calls Alma (a webhook check) need not pay for.
 */
function loadHttpClient() {
    return (httpClientModule ??= __nccwpck_require__.e(/* import() */ 607).then(__nccwpck_require__.bind(__nccwpck_require__, 607)));
}
class AlmaTransport {
    opts;
    deadlines = new DeadlineHandler();
    pacer;
    clientOptions;
    /** GETs share pooled connections. Both clients are made for their first request. */
    reads;
    /**
     * The run POST always opens a fresh connection: a stale pooled socket can fail after the
     * request was written, which would make its outcome look unknown (§6: never replay it).
     */
    writes;
    secrets;
    scrubber;
    quotaWarned = false;
    requestCount = 0;
    remaining;
    constructor(opts) {
        this.opts = opts;
        this.clientOptions = {
            allowRetries: false, // retries are ours: http-client would also replay on its own terms
            allowRedirects: false, // §7.13: the key must never follow a link to another host
            socketTimeout: opts.requestTimeoutMs + 1000 // our deadline fires first
        };
        this.secrets = [opts.apiKey];
        this.scrubber = new errors/* KeyScrubber */.Ez(this.secrets);
        this.pacer = new RequestPacer(opts.requestsPerSecond);
    }
    /** The client's signal and the call's, in one. */
    signalFor(call) {
        return eitherSignal(this.opts.signal, call?.signal);
    }
    /** A new bookkeeper for one call's retries. */
    retries() {
        return new RetryState(this.opts);
    }
    get format() {
        return this.opts.format;
    }
    /** Anything shown to a person goes through here first. */
    redact(text) {
        return this.scrubber.scrub(text);
    }
    /**
     * GET with retries on 429 (on the time budget), 5xx, network failures and unreadable answers
     * (§6). An abort of the client's or the call's signal ends it with kind 'cancelled'.
     */
    async get(path, ctx = {}, call) {
        const signal = this.signalFor(call);
        const retries = this.retries();
        for (;;) {
            const result = await this.exchange('GET', path, undefined, ctx, { signal, abortInFlight: true });
            retries.attempts++;
            if (result.ok)
                return result.body;
            if (result.verdict === 'final' || result.verdict === 'lost')
                throw result.error;
            const delayMs = retries.nextDelay(result);
            if (delayMs === undefined)
                throw retries.gaveUp(result);
            await this.pauseBeforeRetry('GET', path, retries.attempts, delayMs, result, signal);
        }
    }
    /** Emits the retry event and waits `delayMs`; ends at once (kind 'cancelled') when `signal` aborts. */
    async pauseBeforeRetry(method, path, attempt, delayMs, failure, signal) {
        if (signal?.aborted)
            throw cancelled(method, path);
        this.opts.onEvent({ type: 'retry', method, path, attempt, delayMs, reason: failure.reason });
        // Raced as well: an injected sleep may not know the signal.
        const slept = await untilAborted(this.opts.sleep(delayMs, signal), signal);
        if (slept === ABORTED || signal?.aborted)
            throw cancelled(method, path);
    }
    /**
     * One request, no retries. `path` is below the base URL and includes the query. When
     * `signal` has aborted before the request could start, throws AlmaError kind 'cancelled';
     * with `abortInFlight` an abort also stops the request under way (never for the run POST,
     * whose answer carries the instance id).
     */
    async exchange(method, path, body, ctx = {}, call = {}) {
        const errorCtx = { ...ctx, method, path };
        const { signal } = call;
        if (signal?.aborted)
            throw cancelled(method, path);
        // Before the deadline starts: a request waiting for its turn has not been sent yet.
        await this.pacer.take(signal);
        const client = await this.client(method);
        if (signal?.aborted)
            throw cancelled(method, path);
        const started = performance.now();
        let status;
        try {
            const answer = await this.send(client, method, path, body, call.abortInFlight ? signal : undefined);
            status = answer.status;
            // The parsers read synchronously; the XML one is loaded on the first XML answer.
            if ((0,xml/* looksLikeXml */.PD)(answer.body))
                await (0,xml/* loadXmlParser */.N8)();
            const attempt = this.judge(answer, errorCtx);
            if (!attempt.ok && attempt.verdict === 'throttled')
                this.pacer.refused();
            return attempt;
        }
        catch (error) {
            if (!(error instanceof SendFailure))
                throw error;
            status = error.status;
            if (error.kind === 'cancelled')
                throw cancelled(method, path);
            return this.sendFailure(error, errorCtx);
        }
        finally {
            this.opts.onEvent({ type: 'request', method, path, status, ms: Math.round(performance.now() - started) });
        }
    }
    close() {
        this.reads?.dispose();
        this.writes?.dispose();
    }
    judge(answer, ctx) {
        const { status, contentType } = answer;
        // Scrubbed before anything reads it: parsers quote bodies in their errors, and messages cut them.
        const text = this.redact(answer.body);
        if (status >= 200 && status < 300) {
            try {
                return { ok: true, body: (0,parse/* parseBody */.OG)(text, contentType, (value) => this.redact(value)) };
            }
            catch (error) {
                if (!(error instanceof parse/* BodyParseError */.s6))
                    throw error;
                // A cut-off 200 is worth another GET; for the run POST it means "outcome unknown".
                // No `cause`: the parser's message may quote the body.
                const message = this.redact(`Unreadable answer from Alma on ${ctx.method} ${ctx.path} (HTTP ${status}): ${error.message}`);
                return {
                    ok: false,
                    verdict: 'transient',
                    reason: `unreadable HTTP ${status} body`,
                    error: new errors/* AlmaError */.ak(message, { kind: 'parse', status })
                };
            }
        }
        const errorBody = (0,parse/* parseErrorBody */.kW)(text, contentType);
        const error = (0,errors/* errorFromAnswer */.Rb)(status, errorBody, ctx, this.secrets);
        return {
            ok: false,
            error,
            verdict: verdictForAnswer(status, errorBody.code),
            reason: `HTTP ${status}${errorBody.code ? ` ${errorBody.code}` : ''}`,
            retryAfter: answer.retryAfter
        };
    }
    sendFailure(failure, ctx) {
        if (failure.kind === 'too-large') {
            const message = `Alma's answer to ${ctx.method} ${ctx.path} (HTTP ${failure.status}) is larger than ` +
                `${MAX_BODY_BYTES / 1024 / 1024} MiB, the most the client reads; it stopped reading`;
            return {
                ok: false,
                verdict: 'lost',
                reason: 'answer too large',
                error: new errors/* AlmaError */.ak(message, { kind: 'too-large', status: failure.status })
            };
        }
        const message = this.redact(failure.kind === 'timeout'
            ? `No complete answer from Alma within ${seconds(this.opts.requestTimeoutMs)} on ${ctx.method} ${ctx.path}`
            : `Network error on ${ctx.method} ${ctx.path}: ${failure.message}`);
        return {
            ok: false,
            verdict: failedBeforeSending(failure.code) ? 'not-processed' : 'transient',
            reason: failure.kind === 'timeout' ? 'timeout' : (failure.code ?? 'network error'),
            error: new errors/* AlmaError */.ak(message, { kind: failure.kind, code: failure.code, cause: failure.original })
        };
    }
    async send(client, method, path, body, cancel) {
        const url = this.opts.baseUrl + path;
        const media = MEDIA_TYPES[this.opts.format];
        const deadline = new AbortController();
        const token = this.deadlines.register(eitherSignal(deadline.signal, cancel));
        const headers = {
            // §1: the key only ever travels in this header.
            authorization: `apikey ${this.opts.apiKey}`,
            accept: media,
            [DEADLINE_TOKEN]: token,
            ...(body !== undefined && { 'content-type': media })
        };
        const timer = setTimeout(() => deadline.abort(), this.opts.requestTimeoutMs);
        this.requestCount++;
        let status;
        try {
            const response = await client.request(method, url, body ?? null, headers);
            status = response.message.statusCode ?? 0;
            this.noteQuota(response.message.headers);
            const text = await readBody(response.message, MAX_BODY_BYTES);
            return {
                status,
                contentType: response.message.headers['content-type'],
                retryAfter: firstHeader(response.message.headers['retry-after']),
                body: text
            };
        }
        catch (error) {
            if (error instanceof BodyTooLarge)
                throw new SendFailure('too large', 'too-large', undefined, error, status);
            if (deadline.signal.aborted)
                throw new SendFailure('timeout', 'timeout', undefined, error, status);
            if (cancel?.aborted)
                throw new SendFailure('cancelled', 'cancelled', undefined, error, status);
            const code = error.code;
            throw new SendFailure(describeNetworkError(error), 'network', code, error, status);
        }
        finally {
            clearTimeout(timer);
            this.deadlines.release(token);
        }
    }
    /** GETs share pooled connections; the run POST always opens a fresh one (see `writes`). */
    async client(method) {
        const { HttpClient } = await loadHttpClient();
        if (method === 'GET')
            return (this.reads ??= new HttpClient('almajob', [this.deadlines], { ...this.clientOptions, keepAlive: true }));
        return (this.writes ??= new HttpClient('almajob', [this.deadlines], { ...this.clientOptions, keepAlive: false }));
    }
    /** §6: X-Exl-Api-Remaining on every response; an integer, but read it defensively. */
    noteQuota(headers) {
        const raw = firstHeader(headers['x-exl-api-remaining'])?.trim();
        if (!raw || !/^\d+$/.test(raw))
            return;
        this.remaining = Number(raw);
        if (this.remaining < this.opts.quotaWarnBelow && !this.quotaWarned) {
            this.quotaWarned = true;
            this.opts.onEvent({ type: 'quota-low', remaining: this.remaining, threshold: this.opts.quotaWarnBelow });
        }
    }
}
/**
 * http-client's readBody waits for 'end' forever when the connection drops mid-body. Bytes are
 * counted as they arrive: past `maxBytes` the response (and its socket) is destroyed.
 */
function readBody(message, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let bytes = 0;
        message.on('data', (chunk) => {
            bytes += chunk.length;
            if (bytes > maxBytes) {
                reject(new BodyTooLarge());
                message.destroy();
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(Object.assign(new Error('connection closed before the whole answer arrived'), { code: 'ECONNRESET' }));
        });
    });
}
function describeNetworkError(error) {
    const { code, message } = error;
    if (code && message && !message.includes(code))
        return `${code} (${message})`;
    return message || code || String(error);
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** The error for a request the signal stopped before it could start or finish. */
function cancelled(method, path) {
    return new errors/* AlmaError */.ak(`Cancelled: ${method} ${path} was stopped before Alma answered`, { kind: 'cancelled', sent: false });
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function gaveUp(error, attempts, over) {
    return new errors/* AlmaError */.ak(`${error.message} (gave up after ${attempts} attempts${over ? ` in ${over}` : ''})`, {
        kind: error.kind,
        status: error.status,
        code: error.code,
        almaMessage: error.almaMessage,
        trackingId: error.trackingId,
        cause: error.cause
    });
}

;// CONCATENATED MODULE: ./src/alma/pages.ts
// Every page of a paged Alma list (alma-api.md §7.7), bounded whatever the server says.

/** §2/§7.7: the largest `limit` Alma accepts; it defaults to 10 otherwise. */
const PAGE_SIZE = 100;
/**
 * At most this many pages per list: 10,000 items at 100 a page. An institution has hundreds to
 * a few thousand jobs, and a job run every 15 minutes for 30 days has about 2,900 runs; a list
 * longer than this is a server that ignores `offset` or a count gone wrong, not Alma.
 */
const MAX_PAGES = 100;
/** A count worth planning from: a whole number ≥ 0 (NaN, negative or fractional counts are ignored). */
function usableTotal(total) {
    return total !== undefined && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
}
/**
 * Reads the first page, then, knowing the total, the rest concurrently (at most
 * `concurrency` in flight; the transport's pacer keeps to Alma's calls per second, §6). Stops
 * at an empty page or one that adds no new id (a server ignoring `offset`), de-duplicates by
 * id since the list can shift while paging (§7.7), and never reads more than MAX_PAGES pages:
 * a longer list fails with an AlmaError of kind 'too-large'. `what` names the items in it.
 */
async function fetchAllPages(fetchPage, idOf, concurrency, what = 'items') {
    const pages = new Map();
    const sizes = new Map();
    const seen = new Set();
    let total;
    let claimed;
    let endAt = Number.POSITIVE_INFINITY;
    const take = (offset, page) => {
        pages.set(offset, page.items);
        // Malformed items skipped by the parser still took their place on the page.
        sizes.set(offset, page.items.length + (page.skipped?.length ?? 0));
        if (page.total !== undefined)
            claimed = page.total;
        const count = usableTotal(page.total);
        if (count !== undefined)
            total = Math.max(total ?? 0, count);
        let added = false;
        for (const item of page.items) {
            const id = idOf(item);
            if (!seen.has(id)) {
                seen.add(id);
                added = true;
            }
        }
        // §7.7: an empty page ends the list; so does one with nothing new (offset ignored).
        if (!added)
            endAt = Math.min(endAt, offset);
    };
    take(0, await fetchPage(0, PAGE_SIZE));
    // A server that caps `limit` below what we asked still pages correctly.
    const step = sizes.get(0);
    if (step === 0)
        return [];
    if (total !== undefined) {
        // Never more offsets than MAX_PAGES allows, whatever the count says (10^12 included).
        const offsets = [];
        for (let offset = step; offset < total && offsets.length < MAX_PAGES - 1; offset += step)
            offsets.push(offset);
        const worker = async () => {
            for (let offset = offsets.shift(); offset !== undefined; offset = offsets.shift()) {
                if (offset > endAt)
                    continue;
                take(offset, await fetchPage(offset, PAGE_SIZE));
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, offsets.length)) }, worker));
    }
    // The list grew while paging, or Alma sent no count: go on one page at a time.
    let next = Math.max(...pages.keys()) + step;
    const more = () => (total === undefined ? sizes.get(next - step) >= step : next < total);
    while (endAt === Number.POSITIVE_INFINITY && more()) {
        if (pages.size >= MAX_PAGES)
            throw tooManyPages(what, step, claimed);
        take(next, await fetchPage(next, PAGE_SIZE));
        next += step;
    }
    const items = [];
    const kept = new Set();
    for (const offset of [...pages.keys()].sort((a, b) => a - b)) {
        for (const item of pages.get(offset)) {
            const id = idOf(item);
            if (!kept.has(id)) {
                kept.add(id);
                items.push(item);
            }
        }
    }
    return items;
}
function tooManyPages(what, step, claimed) {
    const said = claimed === undefined ? 'Alma sent no total_record_count' : `Alma said total_record_count ${claimed}`;
    return new errors/* AlmaError */.ak(`More than ${(MAX_PAGES * step).toLocaleString('en')} ${what} in the list: stopped after ${MAX_PAGES} pages; ${said}`, { kind: 'too-large' });
}

;// CONCATENATED MODULE: ./src/alma/json-numbers.ts
// JSON whose numbers stay exactly as written. Ids exceed 2^53 (alma-api.md §7.4): read through a
// float, 9563643080000561 becomes 9563643080000560. The JSON reviver's source text would help,
// but only on newer Node; this works on any: numbers are quoted before JSON.parse sees them.
/** A JSON number token, matched where the scan stands. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * JSON.parse, with every number given back as its text (`1e3` stays "1e3"). Bad JSON throws
 * JSON.parse's own SyntaxError, whose position refers to the text as given.
 */
function parseJsonKeepingNumbers(text) {
    JSON.parse(text); // first as given: a mistake is reported where the user made it
    return JSON.parse(quoteNumbers(text));
}
/** Valid JSON in, valid JSON out: each number outside a string wrapped in quotes. */
function quoteNumbers(text) {
    const parts = [];
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '"') {
            // Skip the string; an escape takes the character after it along.
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            continue;
        }
        if (char !== '-' && (char < '0' || char > '9'))
            continue;
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match)
            continue;
        parts.push(text.slice(copied, i), `"${match[0]}"`);
        i += match[0].length - 1;
        copied = i + 1;
    }
    parts.push(text.slice(copied));
    return parts.join('');
}

// EXTERNAL MODULE: ./src/alma/text.ts
var alma_text = __nccwpck_require__(860);
;// CONCATENATED MODULE: ./src/alma/parameters.ts
// A run's parameters, one shape both ways: what the user typed (the "Run a job" wizard's XML,
// Alma's JSON body, a JSON object, or `name: value` lines) into JobParameter[], and
// JobParameter[] into the run request's body (alma-api.md §3.3). Every failure is a
// ConfigError of one line.




/** How much of what the user gave a message quotes. */
const QUOTED_CHARS = 60;
/**
 * A run's parameters (alma-api.md §3.3) from any of:
 * - the XML body of the "Run a job" wizard's "API information":
 *   `<job><parameters><parameter><name>set_id</name><value>…</value></parameter>…</parameters></job>`
 * - Alma's JSON body `{"parameter":[{"name":{"value":"set_id"},"value":"…"}]}`
 * - a JSON object `{"set_id": "123", …}`
 * - a flat YAML mapping, one `name: value` a line.
 * Values stay exact strings (ids exceed 2^53, §7.4). Empty text → no parameters.
 */
function parseParameters(text, name = 'parameters') {
    const body = text.replace(/^\uFEFF/, '').trim();
    if (body === '')
        return [];
    let parameters;
    if (body.startsWith('<'))
        parameters = parseXmlParameters(body, name);
    else if (body.startsWith('{') || body.startsWith('['))
        parameters = parseJsonParameters(body, name);
    else
        parameters = parseYamlParameters(body, name);
    const seen = new Set();
    for (const parameter of parameters) {
        if (parameter.name === '')
            throw new errors/* ConfigError */.xL(`${name}: a parameter has an empty name`);
        if (seen.has(parameter.name)) {
            throw new errors/* ConfigError */.xL(`${name}: '${(0,alma_text/* clip */.$)(parameter.name, QUOTED_CHARS)}' is given twice; give each parameter once`);
        }
        seen.add(parameter.name);
    }
    return parameters;
}
const xmlParser = (0,xml/* lazyXmlParser */.t1)({
    ignoreAttributes: true, // `<name desc="…">` carries the name as text
    parseTagValue: false, // "0012" and 9563643080000561 stay as written
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: true, // also decodes &#233; and &#x41;
    isArray: (tag) => tag === 'parameter' || tag === 'parameters'
});
function parseXmlParameters(body, name) {
    const valid = (0,xml/* validateXml */.Qz)(body);
    if (valid !== true) {
        throw new errors/* ConfigError */.xL(`${name}: the XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}: ${xmlProblem(valid.err.msg)})`);
    }
    // The wizard never sends a DTD; refusing one rules out entity expansion tricks.
    if (/<!DOCTYPE/i.test(body))
        throw new errors/* ConfigError */.xL(`${name}: XML with a <!DOCTYPE> is not accepted; paste the <job> body only`);
    let doc;
    try {
        doc = xmlParser.parse(body);
    }
    catch (error) {
        // The parser's own limits (e.g. nesting) throw plain Errors.
        throw new errors/* ConfigError */.xL(`${name}: the XML could not be read (${(0,alma_text/* clip */.$)(String(error?.message ?? error), QUOTED_CHARS)})`);
    }
    const rootName = Object.keys(doc)[0];
    if (rootName !== 'job' || Object.keys(doc).length !== 1) {
        throw new errors/* ConfigError */.xL(`${name}: XML root is <${rootName ?? ''}>; expected <job><parameters><parameter>… as in Alma's "API information"`);
    }
    const job = doc.job;
    if (job === '' || job === undefined)
        return []; // <job/>
    if (!isRecord(job))
        throw new errors/* ConfigError */.xL(`${name}: <job> must hold <parameters>, not text`);
    const lists = (job.parameters ?? []);
    const parameters = [];
    for (const list of lists) {
        if (list === '')
            continue; // <parameters/>
        if (!isRecord(list))
            throw new errors/* ConfigError */.xL(`${name}: <parameters> must hold <parameter> elements, not text`);
        for (const item of (list.parameter ?? [])) {
            const position = `<parameter> number ${parameters.length + 1}`;
            if (!isRecord(item))
                throw new errors/* ConfigError */.xL(`${name}: ${position} must hold <name> and <value>`);
            if (typeof item.name !== 'string')
                throw new errors/* ConfigError */.xL(`${name}: ${position} needs one <name> with text`);
            if (typeof item.value !== 'string') {
                throw new errors/* ConfigError */.xL(`${name}: parameter '${(0,alma_text/* clip */.$)(item.name, QUOTED_CHARS)}' needs one <value> with text (<value/> for empty)`);
            }
            parameters.push({ name: item.name, value: item.value });
        }
    }
    return parameters;
}
function parseJsonParameters(body, name) {
    let doc;
    try {
        // Numbers come back as their text, on every Node: 9563643080000561 must stay exact (§7.4).
        doc = parseJsonKeepingNumbers(body);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${name}: not valid JSON (${error.message.split('\n')[0]})`);
    }
    // Alma's own body (`parameter` may be one object, §7.1), or a plain list of {name, value}.
    let items;
    if (Array.isArray(doc))
        items = doc;
    else if (isRecord(doc) && Array.isArray(doc.parameter))
        items = doc.parameter;
    else if (isRecord(doc) && isRecord(doc.parameter))
        items = [doc.parameter];
    if (items) {
        return items.map((item, index) => {
            const position = `parameter number ${index + 1}`;
            if (!isRecord(item))
                throw new errors/* ConfigError */.xL(`${name}: ${position} is not an object like {"name":{"value":"set_id"},"value":"…"}`);
            const paramName = isRecord(item.name) ? item.name.value : item.name;
            if (typeof paramName !== 'string')
                throw new errors/* ConfigError */.xL(`${name}: ${position} has no name; use {"name":{"value":"set_id"},"value":"…"}`);
            return { name: paramName, value: scalarText(item.value, paramName, name) };
        });
    }
    if (!isRecord(doc))
        throw new errors/* ConfigError */.xL(`${name}: JSON must be an object like {"set_id": "123"}`);
    return Object.entries(doc).map(([key, value]) => ({ name: key, value: scalarText(value, key, name) }));
}
function scalarText(value, paramName, name) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return String(value);
    throw new errors/* ConfigError */.xL(`${name}: the value of '${(0,alma_text/* clip */.$)(paramName, QUOTED_CHARS)}' is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}; give text or a number`);
}
/**
 * A strict subset of YAML: a flat block mapping. Plain values are kept as their
 * exact text (no number/boolean conversion); quoted values follow YAML's quoting.
 */
function parseYamlParameters(body, name) {
    const parameters = [];
    const lines = body.split(/\r?\n/);
    const isBlank = (line) => /^\s*(#.*)?$/.test(line);
    let started = false;
    for (const [index, line] of lines.entries()) {
        const where = `${name}: line ${index + 1}`;
        if (isBlank(line))
            continue;
        // A document start marker may open the mapping, as in a copied YAML file.
        if (!started && line.trimEnd() === '---') {
            started = true;
            continue;
        }
        started = true;
        if (/^\s/.test(line))
            throw new errors/* ConfigError */.xL(`${where}: indented lines (nested values) are not supported; write one 'name: value' a line`);
        if (/^-(\s|$)/.test(line))
            throw new errors/* ConfigError */.xL(`${where}: lists are not supported; write one 'name: value' a line`);
        const match = /^([A-Za-z0-9_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
        if (!match)
            throw new errors/* ConfigError */.xL(`${where}: '${(0,alma_text/* clip */.$)(line, QUOTED_CHARS)}' is not 'name: value'`);
        const key = match[1];
        const raw = (match[2] ?? '').trim();
        if (raw === '' || raw.startsWith('#')) {
            // `name:` followed by indented lines is a nested list or mapping in YAML.
            const next = lines.slice(index + 1).find((other) => !isBlank(other));
            if (next !== undefined && /^\s/.test(next)) {
                throw new errors/* ConfigError */.xL(`${where}: '${(0,alma_text/* clip */.$)(key, QUOTED_CHARS)}' holds a nested list or mapping; only flat 'name: value' lines are supported`);
            }
            throw new errors/* ConfigError */.xL(`${where}: '${(0,alma_text/* clip */.$)(key, QUOTED_CHARS)}' has no value; write ${key}: '' for an empty one`);
        }
        parameters.push({ name: key, value: yamlValue(raw, key, where) });
    }
    return parameters;
}
/** A non-empty value after `name: `, as YAML would read it, but never converted. */
function yamlValue(text, key, where) {
    const first = text[0];
    if (first === '"' || first === "'") {
        const { value, rest } = first === '"' ? doubleQuoted(text, where) : singleQuoted(text, where);
        // After the closing quote: nothing, or whitespace and a comment.
        if (!/^(\s+(#.*)?)?$/.test(rest)) {
            throw new errors/* ConfigError */.xL(`${where}: unexpected text after the quoted value of '${(0,alma_text/* clip */.$)(key, QUOTED_CHARS)}'`);
        }
        return value;
    }
    if ('[{'.includes(first))
        throw new errors/* ConfigError */.xL(`${where}: '${(0,alma_text/* clip */.$)(key, QUOTED_CHARS)}' holds a list or mapping; only single values are supported`);
    if ('|>'.includes(first))
        throw new errors/* ConfigError */.xL(`${where}: block scalars (| or >) are not supported; quote the value on one line`);
    if ('&*!@`%'.includes(first)) {
        throw new errors/* ConfigError */.xL(`${where}: a value starting with '${first}' must be quoted in YAML; write ${key}: "${(0,alma_text/* clip */.$)(text, QUOTED_CHARS)}"`);
    }
    // ` #` starts a comment; `#` inside a word does not (YAML 1.2 plain scalars).
    const value = text.replace(/\s+#.*$/, '').trimEnd();
    if (/:(\s|$)/.test(value)) {
        throw new errors/* ConfigError */.xL(`${where}: the value of '${(0,alma_text/* clip */.$)(key, QUOTED_CHARS)}' contains ': '; quote it: ${key}: "${(0,alma_text/* clip */.$)(value, QUOTED_CHARS)}"`);
    }
    return value;
}
const YAML_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029'
};
function doubleQuoted(text, where) {
    let value = '';
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (char === '"')
            return { value, rest: text.slice(i + 1) };
        if (char !== '\\') {
            value += char;
            continue;
        }
        const escape = text[++i];
        const hexLength = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
        if (hexLength) {
            const hex = text.slice(i + 1, i + 1 + hexLength);
            if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex))
                throw new errors/* ConfigError */.xL(`${where}: bad \\${escape} escape in a quoted value`);
            value += String.fromCodePoint(parseInt(hex, 16));
            i += hexLength;
        }
        else if (escape !== undefined && escape in YAML_ESCAPES) {
            value += YAML_ESCAPES[escape];
        }
        else {
            throw new errors/* ConfigError */.xL(`${where}: unknown escape '\\${escape ?? ''}' in a double-quoted value`);
        }
    }
    throw new errors/* ConfigError */.xL(`${where}: the double-quoted value has no closing '"' on this line`);
}
function singleQuoted(text, where) {
    let value = '';
    for (let i = 1; i < text.length; i++) {
        const char = text[i];
        if (char !== "'") {
            value += char;
        }
        else if (text[i + 1] === "'") {
            value += "'"; // '' is a quote inside single quotes
            i++;
        }
        else {
            return { value, rest: text.slice(i + 1) };
        }
    }
    throw new errors/* ConfigError */.xL(`${where}: the single-quoted value has no closing "'" on this line`);
}
/** §3.3: JSON has no `job` wrapper; with no parameters send `{}` / `<job/>`, never nothing. */
function runRequestBody(parameters, format) {
    if (format === 'json') {
        if (parameters.length === 0)
            return '{}';
        return JSON.stringify({ parameter: parameters.map((p) => ({ name: { value: p.name }, value: p.value })) });
    }
    if (parameters.length === 0)
        return '<job/>';
    const items = parameters.map((p) => `<parameter><name>${xmlText(p.name)}</name><value>${xmlText(p.value)}</value></parameter>`);
    return `<job><parameters>${items.join('')}</parameters></job>`;
}
function xmlText(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** fast-xml-parser lists unclosed tags as a JSON array; name them as a person would. */
function xmlProblem(message) {
    const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(message);
    if (!unclosed)
        return message.replace(/\.$/, '');
    const tags = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
    return `${tags.join(', ')} never closed`;
}

;// CONCATENATED MODULE: ./src/alma/run.ts
// How a job is run: POST /conf/jobs/{id}?op=run, sent at most once unless Alma certainly
// did not take it, and a lost answer reconciled from the instance list (alma-api.md §3.3, §6).




/**
 * How much earlier than the POST (by our clock) an instance may have been submitted (by
 * Alma's) and still be ours: 5 s. NTP keeps both within well under a second; 5 s also covers
 * a runner whose clock drifted a little, while a colleague's run of the same job started a
 * minute or two before ours (which the old 2-minute window would have adopted) stays out.
 */
const CLOCK_SKEW_MS = 5_000;
/** Waits before each look at the instance list (~10 s in all): the instance may appear late. */
const RECONCILE_DELAYS_MS = [0, 2000, 3000, 5000];
async function submitRun(deps, jobId, parameters) {
    const { transport, signal } = deps;
    const path = `/conf/jobs/${encodeURIComponent(jobId)}?op=run`;
    const body = runRequestBody(parameters, transport.format);
    const startedAt = deps.now();
    const retries = transport.retries();
    let refusal;
    for (;;) {
        let result;
        try {
            // The POST in flight is never aborted: its answer is the only place the instance id is (§7.6).
            result = await transport.exchange('POST', path, body, { jobId }, { signal });
        }
        catch (error) {
            throw isCancel(error) ? notStarted(jobId, refusal) : error;
        }
        retries.attempts++;
        if (result.ok)
            return fromAnswer(deps, result.body, jobId, startedAt);
        if (result.verdict === 'final')
            throw result.error;
        // Sent, but no usable answer: Alma may have started the job. Never send it again (§6).
        if (result.verdict === 'transient' || result.verdict === 'lost')
            return reconcile(deps, jobId, startedAt, result.error);
        // 429 or a connection that never opened: Alma has not seen this run, so it may go again.
        refusal = result.reason;
        const delayMs = retries.nextDelay(result);
        if (delayMs === undefined) {
            // Every try was refused before Alma took it: say so, a person will want to run it again.
            const given = retries.gaveUp(result);
            throw new errors/* AlmaError */.ak(`${given.message}; the job was not started`, {
                kind: given.kind,
                status: given.status,
                code: given.code,
                almaMessage: given.almaMessage,
                trackingId: given.trackingId
            });
        }
        try {
            await transport.pauseBeforeRetry('POST', path, retries.attempts, delayMs, result, signal);
        }
        catch (error) {
            throw isCancel(error) ? notStarted(jobId, refusal) : error;
        }
    }
}
function isCancel(error) {
    return error instanceof errors/* AlmaError */.ak && error.kind === 'cancelled';
}
/** No POST was sent, or Alma refused every one (429, connection refused): nothing was started. */
function notStarted(jobId, refusal) {
    const why = refusal ? ` (Alma had refused it: ${refusal})` : '';
    return new errors/* AlmaError */.ak(`Cancelled before the run of job ${jobId} was sent${why}: the job was not started`, {
        kind: 'cancelled',
        sent: false
    });
}
/** A 200 whose body is malformed (BodyParseError) is a lost answer: Alma took the run. */
async function fromAnswer(deps, body, jobId, startedAt) {
    let answer;
    try {
        answer = (0,parse/* toRunResponse */.yb)(body, jobId);
    }
    catch (error) {
        if (!(error instanceof parse/* BodyParseError */.s6))
            throw error;
        const malformed = new errors/* AlmaError */.ak(deps.transport.redact(`Malformed answer to the run of job ${jobId}: ${error.message}`), {
            kind: 'parse',
            status: 200
        });
        return reconcile(deps, jobId, startedAt, malformed);
    }
    // §7.6: the id is only in additional_info; never guess it from the instance list.
    if (!answer.instanceId)
        throw unnamedInstance(jobId, 'no additional_info link or "Job no." text');
    return {
        job: answer.job,
        instanceId: answer.instanceId,
        ...(answer.instanceLink !== undefined && { instanceLink: answer.instanceLink }),
        ...(answer.message !== undefined && { message: answer.message }),
        reconciled: false
    };
}
function unnamedInstance(jobId, detail) {
    return new errors/* AlmaError */.ak(`Alma accepted the run of job ${jobId} but its answer names no instance (${detail}); find the run in Alma under Admin > Monitor Jobs`, { kind: 'parse', status: 200 });
}
async function reconcile(deps, jobId, startedAt, cause) {
    const { signal } = deps;
    const since = startedAt - CLOCK_SKEW_MS;
    const sinceIso = new Date(since).toISOString();
    // Whether Alma reads submit_date_from in UTC or the institution's time zone is not documented:
    // ask from the day before, and apply the exact cut-off to submit_time below.
    const filter = { from: new Date(since - 86_400_000).toISOString().slice(0, 10) };
    const check = `check in Alma (Admin > Monitor Jobs) or with the \`instances\` command for job ${jobId} since ${sinceIso}`;
    const stopped = () => new errors/* AlmaError */.ak(`Cancelled while looking for the run of job ${jobId}, whose answer was lost (${cause.message}): ` +
        `the job may or may not have started; ${check}.`, { kind: 'cancelled', sent: true, status: cause.status, code: cause.code, cause });
    deps.onReconcile(`The answer to the run of job ${jobId} was lost (${cause.message}); looking for an instance submitted since ${sinceIso}`);
    let lookupError;
    for (const delayMs of RECONCILE_DELAYS_MS) {
        if (signal?.aborted)
            throw stopped();
        if (delayMs > 0 && (await untilAborted(deps.sleep(delayMs, signal), signal)) === ABORTED)
            throw stopped();
        if (signal?.aborted)
            throw stopped();
        let candidates;
        try {
            candidates = candidatesOf(await deps.listInstances(jobId, filter), startedAt);
        }
        catch (error) {
            if (isCancel(error) || signal?.aborted)
                throw stopped();
            lookupError = error;
            continue;
        }
        if (candidates.length > 1)
            throw ambiguous(jobId, cause, candidates, check);
        const [adopted] = candidates;
        if (adopted) {
            const { instance } = adopted;
            deps.onReconcile(`Adopted instance ${instance.id} of job ${jobId} (${describeOffset(adopted)})`);
            return {
                job: jobFromInstance(jobId, instance),
                instanceId: instance.id,
                ...(instance.link !== undefined && { instanceLink: instance.link }),
                reconciled: true
            };
        }
    }
    const lookup = lookupError instanceof Error ? ` (the last look failed: ${lookupError.message})` : '';
    deps.onReconcile(`No instance of job ${jobId} submitted since ${sinceIso} was found${lookup}`);
    throw new errors/* AlmaError */.ak(`The run of job ${jobId} got no usable answer (${cause.message}): the job may or may not have started, ` +
        `and no instance submitted since ${sinceIso} was found${lookup}. Before running it again, ${check}.`, runUnknown(cause));
}
/**
 * Ours was made by the POST, so it was submitted at or after the POST began; one earlier
 * only counts within CLOCK_SKEW_MS, and only when none came after.
 */
function candidatesOf(instances, startedAt) {
    const after = [];
    const before = [];
    for (const instance of instances) {
        if (!(0,parse/* isInstanceId */.zo)(instance.id))
            continue; // the id goes into paths and outputs (§7.4)
        const at = Date.parse(instance.submitTime ?? '');
        if (Number.isNaN(at))
            continue;
        const offsetMs = at - startedAt;
        if (offsetMs >= 0)
            after.push({ instance, offsetMs });
        else if (offsetMs >= -CLOCK_SKEW_MS)
            before.push({ instance, offsetMs });
    }
    return after.length > 0 ? after : before;
}
function describeOffset({ instance, offsetMs }) {
    const secs = `${(Math.abs(offsetMs) / 1000).toFixed(1)} s`;
    const side = offsetMs >= 0 ? `${secs} after the run was sent` : `${secs} before the run was sent, within clock skew`;
    return `submitted ${instance.submitTime}, ${side}`;
}
/** Two runs at once: a colleague's, a schedule's or ours, and nothing tells which. Never guess. */
function ambiguous(jobId, cause, candidates, check) {
    const list = candidates.map((candidate) => `${candidate.instance.id} (${describeOffset(candidate)})`).join(', ');
    return new errors/* AlmaError */.ak(`The run of job ${jobId} got no usable answer (${cause.message}), and ${candidates.length} instances were ` +
        `submitted around it: ${list}. Which one is this run's cannot be told; ${check} before running it again.`, runUnknown(cause));
}
function runUnknown(cause) {
    return {
        kind: 'run-unknown',
        status: cause.status,
        code: cause.code,
        almaMessage: cause.almaMessage,
        trackingId: cause.trackingId,
        cause
    };
}
/** The lost answer would have echoed the job; the instance's job_info is what is left. */
function jobFromInstance(jobId, instance) {
    const info = instance.jobInfo;
    return {
        id: jobId,
        name: info?.name ?? '',
        ...(info?.description !== undefined && { description: info.description }),
        ...(info?.type !== undefined && { type: info.type }),
        ...(info?.category !== undefined && { category: info.category }),
        ...(info?.link !== undefined && { link: info.link }),
        parameters: []
    };
}

;// CONCATENATED MODULE: ./src/alma/client.ts
// The typed Alma Jobs API client (alma-api.md §2). It knows nothing of GitHub:
// whoever logs listens to `onEvent`.









/**
 * §1: Node refuses a header with a control or non-ASCII character (ERR_INVALID_CHAR), and a
 * space cannot be part of a key; either is a copy-paste accident, refused before any request.
 */
function checkedKey(apiKey) {
    if (apiKey === '')
        throw new errors/* ConfigError */.xL('The Alma API key is empty');
    if (!/^[\x21-\x7e]+$/.test(apiKey)) {
        throw new errors/* ConfigError */.xL('The Alma API key has a space, a line break or a character outside printable ASCII; copy it again ' +
            '(Alma keys are letters and digits, e.g. l7xx followed by 32 hex digits)');
    }
    return apiKey;
}
/** Alma job ids carry their kind as a prefix: manual, scheduled, other (§3.2). */
function isJobId(s) {
    return /^[MSO]\d+$/.test(s);
}
/**
 * Ten: a 1,000-job list, the first page then the other nine together, costs about two page
 * times instead of ten (npm run bench). How fast Alma answers decides the rate this gives, so
 * the per-second limit (§6) is kept by the transport's pacer, not by this number.
 */
const DEFAULT_LIST_CONCURRENCY = 10;
/** Calls left today below which the client warns once (§6: the daily quota is 1,000 per named user). */
const DEFAULT_QUOTA_WARN_BELOW = 1000;
class AlmaClient {
    transport;
    listConcurrency;
    sleep;
    now;
    onEvent;
    constructor(opts) {
        this.onEvent = opts.onEvent ?? (() => { });
        this.sleep = opts.sleep ?? abortableSleep;
        this.now = opts.now ?? Date.now;
        this.listConcurrency = Math.max(1, opts.listConcurrency ?? DEFAULT_LIST_CONCURRENCY);
        this.transport = new AlmaTransport({
            apiKey: checkedKey(opts.apiKey),
            baseUrl: opts.baseUrl.replace(/\/+$/, ''),
            format: opts.format ?? 'json',
            maxAttempts: Math.max(1, opts.maxAttempts ?? 4),
            rateLimitBudgetMs: Math.max(0, opts.rateLimitBudgetMs ?? DEFAULT_RATE_LIMIT_BUDGET_MS),
            retryBaseMs: opts.retryBaseMs ?? 500,
            retryMaxMs: opts.retryMaxMs ?? 8000,
            requestTimeoutMs: opts.requestTimeoutMs ?? 60_000,
            requestsPerSecond: Math.max(1, opts.maxRequestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND),
            quotaWarnBelow: opts.quotaWarnBelow ?? DEFAULT_QUOTA_WARN_BELOW,
            onEvent: this.onEvent,
            sleep: this.sleep,
            now: this.now,
            signal: opts.signal
        });
    }
    /** Last X-Exl-Api-Remaining seen (§6). */
    get remaining() {
        return this.transport.remaining;
    }
    /** HTTP requests sent, retries included. */
    get requestCount() {
        return this.transport.requestCount;
    }
    /** Every job that can be submitted, all pages (§2, §7.7); a job with a malformed id is left out. */
    async listJobs(filter = {}, options) {
        return fetchAllPages((offset, limit) => {
            const path = withQuery('/conf/jobs', {
                limit,
                offset,
                type: filter.type,
                category: filter.category,
                profile_id: filter.profileId
            });
            return this.getMapped(path, {}, (body) => this.noteSkipped(path, (0,parse/* toJobPage */.yA)(body)), options);
        }, (job) => job.id, this.listConcurrency, 'jobs');
    }
    async getJob(jobId, options) {
        return this.getMapped(`/conf/jobs/${encodeURIComponent(jobId)}`, { jobId }, (body) => (0,parse/* toJob */.z6)(body.data), options);
    }
    /**
     * Submits the job (§3.3). See run.ts for why the POST is never blindly repeated. After an
     * abort (the client's signal or `options.signal`) it fails with kind 'cancelled' and `sent`.
     */
    async runJob(jobId, parameters, options) {
        const signal = this.transport.signalFor(options);
        return submitRun({
            transport: this.transport,
            listInstances: (id, filter) => this.listInstances(id, filter, { signal }),
            sleep: this.sleep,
            now: this.now,
            signal,
            onReconcile: (message) => this.onEvent({ type: 'reconcile', jobId, message: this.transport.redact(message) })
        }, jobId, parameters);
    }
    /**
     * Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2); a malformed run is left out.
     * With `options.limit`: the first page alone, of at most that many runs (1–100, §7.7), one request.
     */
    async listInstances(jobId, filter = {}, options) {
        const base = `/conf/jobs/${encodeURIComponent(jobId)}/instances`;
        if (options?.limit !== undefined) {
            const limit = Math.min(PAGE_SIZE, Math.max(1, Math.floor(options.limit)));
            const query = { limit, offset: 0, submit_date_from: filter.from, submit_date_to: filter.to, status: filter.status };
            const path = withQuery(base, query);
            const page = await this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, (0,parse/* toInstancePage */.S4)(body)), {
                signal: options.signal
            });
            // A server that ignores `limit` still gives no more than asked.
            return page.items.slice(0, limit);
        }
        return fetchAllPages((offset, limit) => {
            const query = { limit, offset, submit_date_from: filter.from, submit_date_to: filter.to, status: filter.status };
            const path = withQuery(base, query);
            return this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, (0,parse/* toInstancePage */.S4)(body)), options);
        }, (instance) => instance.id, this.listConcurrency, `instances of job ${jobId}`);
    }
    /**
     * A 402218 here (unknown instance) surfaces as AlmaError code '402218'; waiting is the caller's
     * call (§7.12). `options.signal` (e.g. a wait's deadline) aborts it, in flight or in backoff.
     */
    async getInstance(jobId, instanceId, options) {
        const path = `/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`;
        return this.getMapped(path, { jobId, instanceId }, (body) => {
            // A malformed action, counter or alert is left out, not the whole instance (§7.16).
            const notes = [];
            const instance = (0,parse/* toInstance */.FD)(body.data, notes);
            this.noteSkipped(path, { total: undefined, items: [], notes });
            return instance;
        }, options);
    }
    async getStatusTable(options) {
        return this.getMapped('/conf/code-tables/systemJobStatus', {}, parse/* toStatusTable */.kI, options);
    }
    /** Frees keep-alive sockets. */
    close() {
        this.transport.close();
    }
    /**
     * GET (with retries), then map. A well-formed body of the wrong shape is a 'parse' error, not
     * retried; so is anything else the mapping throws: the body is untrusted input.
     */
    async getMapped(path, ctx, map, options) {
        const body = await this.transport.get(path, ctx, options);
        try {
            return map(body);
        }
        catch (error) {
            if (error instanceof errors/* AlmaError */.ak)
                throw error;
            const detail = error instanceof parse/* BodyParseError */.s6 ? error.message : (0,alma_text/* clip */.$)(String(error?.message ?? error), 160);
            throw new errors/* AlmaError */.ak(this.transport.redact(`Unexpected answer from Alma on GET ${path}: ${detail}`), {
                kind: 'parse',
                status: 200
            });
        }
    }
    /** §7.16: a malformed list item is left out, and said so at debug level. */
    noteSkipped(path, page) {
        for (const reason of [...(page.skipped ?? []), ...(page.notes ?? [])]) {
            this.onEvent({
                type: 'skipped-item',
                method: 'GET',
                path,
                message: this.transport.redact(`Left out of ${path}: ${reason}`)
            });
        }
        return page;
    }
}
function withQuery(path, query) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query))
        if (value !== undefined && value !== '')
            params.set(name, String(value));
    const search = params.toString();
    return search ? `${path}?${search}` : path;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/alma/regions.ts
// Region code or full base URL → the API root every path is relative to (alma-api.md §1).


/** §1: `ap` and `aps` (Asia Pacific, Australia) are two regions; China is on `.com.cn`. */
const REGIONS = ['na', 'eu', 'ap', 'aps', 'ca', 'cn'];
const API_PATH = '/almaws/v1';
/** §1: every real call to Alma in China goes to `.com.cn`; the other regions are on `.com`. */
const REGION_HOSTS = {
    na: 'api-na.hosted.exlibrisgroup.com',
    eu: 'api-eu.hosted.exlibrisgroup.com',
    ap: 'api-ap.hosted.exlibrisgroup.com',
    aps: 'api-aps.hosted.exlibrisgroup.com',
    ca: 'api-ca.hosted.exlibrisgroup.com',
    cn: 'api-cn.hosted.exlibrisgroup.com.cn'
};
function regionBaseUrl(region) {
    return `https://${REGION_HOSTS[region]}${API_PATH}`;
}
/**
 * An instance's URL on the configured API root: what the instance GET asks for (§2). Built
 * from the settings, never from a link Alma or an event sends.
 */
function instanceUrl(baseUrl, jobId, instanceId) {
    return `${baseUrl}/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`;
}
/**
 * Whether a host name is Ex Libris's: `exlibrisgroup.com`, `exlibrisgroup.com.cn` or a name
 * below either (§1). Case and one trailing dot do not matter; a look-alike such as
 * `exlibrisgroup.com.evil.example` or `notexlibrisgroup.com` is not one.
 */
function isExLibrisHost(hostname) {
    const host = hostname.trim().toLowerCase().replace(/\.$/, '');
    return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*exlibrisgroup\.com(?:\.cn)?$/.test(host);
}
const ALLOWED = `region ${REGIONS.join(', ')} or a base URL such as https://api-eu.hosted.exlibrisgroup.com${API_PATH}`;
/**
 * A base URL wins over a region. The result has no trailing '/'. A base URL with no path
 * gets /almaws/v1. http:// is only allowed to a loopback host (a local simulator): anything
 * else would send the key in clear text.
 */
function resolveBaseUrl(opts) {
    const baseUrl = opts.baseUrl?.trim();
    if (baseUrl)
        return checkedBaseUrl(baseUrl);
    const region = opts.region?.trim().toLowerCase();
    if (!region)
        throw new errors/* ConfigError */.xL(`No Alma region or base URL given (allowed: ${ALLOWED})`);
    if (!REGIONS.includes(region)) {
        throw new errors/* ConfigError */.xL(`Unknown Alma region "${opts.region}" (allowed: ${ALLOWED})`);
    }
    return regionBaseUrl(region);
}
function checkedBaseUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* ConfigError */.xL(`Alma base URL "${text}" is not a URL (allowed: ${ALLOWED})`);
    }
    // Never echo a URL that might carry credentials or an apikey query (§1: key in the header only).
    if (url.username || url.password || url.search || url.hash) {
        throw new errors/* ConfigError */.xL(`Alma base URL must not contain credentials, a query or a fragment (pass the key separately; allowed: ${ALLOWED})`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new errors/* ConfigError */.xL(`Alma base URL uses plain http:// to ${url.hostname} (allowed: https://, or http:// only to 127.0.0.0/8, localhost or [::1])`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigError */.xL(`Alma base URL has protocol ${url.protocol} (allowed: https://)`);
    }
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.host}${path === '' ? API_PATH : path}`;
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    if (host === 'localhost' || host === '[::1]' || host === '::1')
        return true;
    return (0,external_node_net_namespaceObject.isIPv4)(host) && host.split('.')[0] === '127';
}

;// CONCATENATED MODULE: ./src/alma/statuses.ts
/** The 14 codes of systemJobStatus with their table descriptions (§4). */
const STATUS_DESCRIPTIONS = {
    QUEUED: 'Queued',
    PENDING: 'Pending',
    INITIALIZING: 'Initializing',
    RUNNING: 'Running',
    FINALIZING: 'Finalizing',
    MANUAL_HANDLING_REQUIRED: 'Manual Handling Required',
    COMPLETED_SUCCESS: 'Completed Successfully',
    COMPLETED_WARNING: 'Completed with Warnings',
    COMPLETED_NO_BULKS: 'Completed with no Bulks',
    COMPLETED_FAILED: 'Completed with Errors',
    FAILED: 'Failed',
    USER_ABORTED: 'Aborted by User',
    SYSTEM_ABORTED: 'Aborted by System',
    SKIPPED: 'Skipped'
};
/** Alma's own description, else the §4 table's; unchanged for a code the table lacks. */
function withTableDescription(instance) {
    const desc = instance.status.desc || STATUS_DESCRIPTIONS[instance.status.value];
    return desc ? { ...instance, status: { ...instance.status, desc } } : instance;
}
const OUTCOMES = {
    QUEUED: 'running',
    PENDING: 'running',
    INITIALIZING: 'running',
    RUNNING: 'running',
    FINALIZING: 'running',
    // §4: a pause, not an end state, but nothing automated can get it going again.
    MANUAL_HANDLING_REQUIRED: 'needs-person',
    COMPLETED_SUCCESS: 'success',
    COMPLETED_WARNING: 'warning',
    // §4: success, but nothing was processed; worth a warning.
    COMPLETED_NO_BULKS: 'warning',
    COMPLETED_FAILED: 'failure',
    FAILED: 'failure',
    USER_ABORTED: 'failure',
    SYSTEM_ABORTED: 'failure',
    SKIPPED: 'failure'
};
/** Match on `status.value`, never on `desc` (§4). */
function statuses_classifyStatus(code) {
    const outcome = OUTCOMES[code];
    if (outcome)
        return { outcome, terminal: outcome !== 'running', known: true };
    // §4: an unknown COMPLETED_* has ended; anything else is assumed still running,
    // bounded by the caller's timeout.
    if (code.startsWith('COMPLETED_'))
        return { outcome: 'warning', terminal: true, known: false };
    return { outcome: 'running', terminal: false, known: false };
}
/** Words in a counter's code or description that mean records went wrong (§4: a success can hide them). */
const FAILURE_WORDS = /fail|error|reject/i;
/**
 * The counters above 0 that report failed, erroneous or rejected records. Alma decides the
 * status alone; these are what a person should look at when it says success.
 */
function failureCounters(counters) {
    return counters.filter((counter) => counterValue(counter) > 0 && (FAILURE_WORDS.test(counter.type.value) || FAILURE_WORDS.test(counter.type.desc ?? '')));
}
/** A counter's value as a number; 0 for text that is not one (values are strings, §3.4). */
function counterValue(counter) {
    const value = Number(counter.value.trim());
    return Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./src/alma/types.ts
// Normalised shapes of Alma's Jobs API (alma-api.md §3). XML and JSON both
// parse into these; ids and counter values stay strings (§7.4).
/** The `type` filter of the job list (§2). */
const JOB_TYPES = ['MANUAL', 'SCHEDULED', 'OTHER'];

;// CONCATENATED MODULE: ./src/alma/wait.ts
// Waiting for a job instance to end: the poll schedule (a pure function, so the
// bench and tests can replay it without sleeping) and the loop that follows it.



/** With nothing known: the gap grows by this share of the time already waited (1 s, 1.5 s, 2.3 s, …). */
const GROWTH_PER_ELAPSED = 0.5;
/** Queued runs rarely start within a second; check them a little less often. */
const QUEUED_SLOWDOWN = 1.5;
/** Aiming at an expected end: sleep this share of the time left, so the polls close in on it. */
const AIM_SHARE = 0.6;
/** Past the expected end (a stall at 99 %, a long FINALIZING): the gap grows by this share of the overrun. */
const OVERRUN_GROWTH = 0.25;
/**
 * Near the end the gap is this many ms per √ms of the run's length: about 2.7 s for a
 * 10-minute job, 9.3 s for 2 h, 16 s for 6 h. The end is then seen at most that late.
 */
const END_GAP_PER_ROOT_MS = 3.5;
/** The rate is read from the answers of the last half of the progress so far: shapes change. */
const RATE_WINDOW_SHARE = 0.5;
/** Answers kept for the rate; older ones are thinned, so a 6-hour wait stays small. */
const MAX_SEEN = 64;
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
function nextPollDelay(state, opts) {
    const remainingMs = opts.timeoutMs - state.elapsedMs;
    if (remainingMs <= 0)
        return 0;
    const floorMs = Math.max(1, opts.pollIntervalMs);
    const ceilingMs = Math.max(floorMs, opts.maxPollIntervalMs);
    const seen = withNewest(state);
    const nowMs = state.elapsedMs;
    const expectedMs = state.expectedDurationMs !== undefined && Number.isFinite(state.expectedDurationMs) && state.expectedDurationMs > 0
        ? state.expectedDurationMs
        : undefined;
    const usualMs = floorMs + GROWTH_PER_ELAPSED * Math.max(0, nowMs);
    let delayMs;
    const endingSince = endingSinceMs(seen, state);
    if (endingSince !== undefined) {
        // FINALIZING or at 100 %: the end is near, but how near nobody says.
        delayMs = Math.max(endGapMs(nowMs), OVERRUN_GROWTH * (nowMs - endingSince));
    }
    else {
        const foreseen = state.status === 'RUNNING' ? foreseeEnd(seen) : undefined;
        const earliestEndMs = Math.max(nowMs, foreseen?.earliestEndMs ?? nowMs);
        // This run's own rate first; earlier runs' length until it shows one.
        const aimMs = foreseen?.endMs ?? expectedMs;
        if (aimMs === undefined) {
            delayMs = Math.max(isQueued(state.status) ? usualMs * QUEUED_SLOWDOWN : usualMs, AIM_SHARE * (earliestEndMs - nowMs));
        }
        else {
            const endMs = Math.max(aimMs, earliestEndMs);
            delayMs = Math.max(endGapMs(endMs), AIM_SHARE * (endMs - nowMs), OVERRUN_GROWTH * (nowMs - aimMs));
            if (foreseen?.oneLevel)
                delayMs = Math.min(delayMs, usualMs);
        }
    }
    return Math.min(Math.round(Math.min(ceilingMs, Math.max(floorMs, delayMs))), remainingMs);
}
/** `seen` with the newest answer last, even when the caller left it out. */
function withNewest(state) {
    const seen = state.seen ?? [];
    const last = seen.at(-1);
    const isNewest = last && last.elapsedMs === state.elapsedMs && last.status === state.status && last.progress === state.progress;
    return isNewest ? seen : [...seen, state];
}
/** FINALIZING or at 100 % since this moment (the first such answer of the current stretch). */
function endingSinceMs(seen, newest) {
    if (!isEnding(newest))
        return undefined;
    let sinceMs = newest.elapsedMs;
    for (let i = seen.length - 1; i >= 0 && isEnding(seen[i]); i--)
        sinceMs = seen[i].elapsedMs;
    return sinceMs;
}
function isEnding(observation) {
    return (observation.status === 'FINALIZING' ||
        (observation.status === 'RUNNING' && observation.progress !== undefined && observation.progress >= 100));
}
function isQueued(status) {
    return status === 'QUEUED' || status === 'PENDING';
}
function endGapMs(lengthMs) {
    return END_GAP_PER_ROOT_MS * Math.sqrt(Math.max(0, lengthMs));
}
/**
 * Where the RUNNING stretch that ends with the newest answer is heading. Progress is a whole
 * percent (§7.14): a reading p means somewhere in [p, p + 1), so one reading says little and
 * the rate over many pins the end down.
 */
function foreseeEnd(seen) {
    let first = seen.length;
    while (first > 0 && hasRunningProgress(seen[first - 1]))
        first--;
    const running = seen.slice(first);
    const newest = running.at(-1);
    if (!newest)
        return undefined;
    const level = newest.progress;
    let levelFrom = running.length - 1;
    while (levelFrom > 0 && running[levelFrom - 1].progress === level)
        levelFrom--;
    const levelForMs = newest.elapsedMs - running[levelFrom].elapsedMs;
    // At 0 % the run may not report progress at all: no bound then.
    const earliestEndMs = newest.elapsedMs + (level > 0 ? Math.max(0, 99 - level) * levelForMs : 0);
    const window = running.filter((observation) => observation.progress >= level * RATE_WINDOW_SHARE);
    const n = window.length;
    const meanP = window.reduce((sum, o) => sum + o.progress, 0) / n + 0.5;
    const meanT = window.reduce((sum, o) => sum + o.elapsedMs, 0) / n;
    let spread = 0;
    let covariance = 0;
    for (const o of window) {
        spread += (o.progress + 0.5 - meanP) ** 2;
        covariance += (o.progress + 0.5 - meanP) * (o.elapsedMs - meanT);
    }
    const msPerPercent = spread > 0 ? covariance / spread : 0;
    if (msPerPercent > 0)
        return { endMs: meanT + msPerPercent * (100 - meanP), earliestEndMs };
    // One level so far: as if the run began with the wait, which errs towards fewer polls.
    if (level > 0 && newest.elapsedMs > 0)
        return { endMs: (newest.elapsedMs * 100) / (level + 0.5), earliestEndMs, oneLevel: true };
    return { earliestEndMs };
}
function hasRunningProgress(observation) {
    const { status, progress } = observation;
    return status === 'RUNNING' && progress !== undefined && Number.isFinite(progress) && progress >= 0 && progress < 100;
}
/**
 * Adds an answer to `seen` (in place) and keeps it bounded: past MAX_SEEN, every second answer
 * of the older half goes, so old stretches grow sparse and recent ones stay whole.
 */
function rememberObservation(seen, observation) {
    seen.push({ elapsedMs: observation.elapsedMs, status: observation.status, progress: observation.progress });
    if (seen.length > MAX_SEEN) {
        const half = Math.floor(seen.length / 2);
        const kept = seen.filter((_, index) => index >= half || index % 2 === 0);
        seen.splice(0, seen.length, ...kept);
    }
    return seen;
}
/**
 * Replays the schedule against a timeline without sleeping: poll at 0, then after
 * each `nextPollDelay`, until a terminal status (classifyStatus) or the deadline.
 */
function simulatePolls(timeline, endMs, opts, expectedDurationMs) {
    const gaps = [];
    const seen = [];
    let elapsedMs = 0;
    let polls = 0;
    for (;;) {
        const point = timeline(elapsedMs);
        polls++;
        if (classifyStatus(point.status).terminal) {
            return { polls, lateMs: elapsedMs - endMs, gaps, lastPollMs: elapsedMs };
        }
        const observation = { elapsedMs, status: point.status, progress: point.progress };
        rememberObservation(seen, observation);
        const delayMs = nextPollDelay({ ...observation, seen, expectedDurationMs }, opts);
        if (delayMs <= 0)
            return { polls, lateMs: undefined, gaps, lastPollMs: elapsedMs };
        gaps.push(delayMs);
        elapsedMs += delayMs;
    }
}

/** §7.12: a just-submitted instance may be unknown for a few seconds. */
const UNKNOWN_INSTANCE_CODE = '402218';
const DEFAULT_UNKNOWN_INSTANCE_GRACE_MS = 30_000;
/**
 * An estimate spares polls only until the run's own progress shows a rate, so it must come early;
 * a run still going at 10 s is long enough for it to pay (replayed in __tests__/history-estimate.test.ts).
 */
const EXPECTED_DURATION_AFTER_MS = 10_000;
/** setTimeout's limit. */
const wait_MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Polls one instance until its status is terminal, the deadline passes or the
 * signal aborts. Decides on status.value alone: progress is not completion (§7.14).
 * An outage is a missed poll, not the end of a wait that may last hours; an error no later
 * poll can mend (a refused key, the daily quota, an unknown instance after the grace) ends the
 * wait with end 'error' and the last instance seen, so callers can still report it.
 */
async function waitForInstance(api, jobId, instanceId, opts) {
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? abortableSleep;
    const graceMs = opts.unknownInstanceGraceMs ?? DEFAULT_UNKNOWN_INSTANCE_GRACE_MS;
    const startedAt = now();
    const elapsed = () => now() - startedAt;
    const unknownCodes = new Set();
    const seen = [];
    let last;
    let polls = 0;
    let deadlinePoll = false;
    let expectedDurationMs = opts.expectedDurationMs;
    let estimateAsked = !opts.expectedDuration;
    const result = (end) => ({
        end,
        instance: last,
        outcome: last ? statuses_classifyStatus(last.status.value).outcome : undefined,
        elapsedMs: elapsed(),
        polls
    });
    /** Records an answer; true when it is an end state. */
    const see = (instance) => {
        const code = instance.status.value;
        const changed = !last || last.status.value !== code || last.progress !== instance.progress;
        last = instance;
        rememberObservation(seen, { elapsedMs: elapsed(), status: code, progress: instance.progress });
        const status = statuses_classifyStatus(code);
        if (!status.known && !unknownCodes.has(code)) {
            unknownCodes.add(code);
            opts.onUnknownStatus?.(code, instance);
        }
        if (changed)
            opts.onChange?.(instance, elapsed());
        return status.terminal;
    };
    if (opts.first && see(opts.first))
        return result('finished');
    for (let pollNow = !opts.first;; pollNow = true) {
        if (pollNow) {
            if (opts.signal?.aborted)
                return result('cancelled');
            const answer = await pollUntil(api, jobId, instanceId, opts.signal, opts.timeoutMs - elapsed());
            if (answer === ABORTED)
                return result('cancelled');
            if (answer === DEADLINE)
                return result('timeout');
            polls++;
            if (answer.instance) {
                if (see(answer.instance))
                    return result('finished');
            }
            else if (answer.error.kind === 'cancelled') {
                // The client's own signal stopped the poll.
                return result('cancelled');
            }
            else if (isPassing(answer.error)) {
                opts.onMissedPoll?.(answer.error, elapsed());
            }
            else if (answer.error.code !== UNKNOWN_INSTANCE_CODE || elapsed() >= graceMs) {
                return { ...result('error'), error: answer.error };
            }
            if (deadlinePoll)
                return result('timeout');
        }
        const elapsedMs = elapsed();
        if (opts.timeoutMs - elapsedMs <= 0)
            return result('timeout');
        // Before the first answer (a 402218), treat the run as queued (§7.12).
        const gapMs = () => nextPollDelay({ elapsedMs, status: last?.status.value ?? 'QUEUED', progress: last?.progress, seen, expectedDurationMs }, opts);
        let delayMs = gapMs();
        if (!estimateAsked && elapsedMs >= (opts.expectedDurationAfterMs ?? EXPECTED_DURATION_AFTER_MS)) {
            estimateAsked = true;
            // Asked within the gap the wait sleeps anyway: a slow answer holds up no poll.
            const estimate = await askOnce(opts.expectedDuration, last, opts.signal, delayMs);
            if (opts.signal?.aborted)
                return result('cancelled');
            expectedDurationMs = estimate ?? expectedDurationMs;
            delayMs = Math.max(0, gapMs() - (elapsed() - elapsedMs));
        }
        const remainingMs = Math.max(0, opts.timeoutMs - elapsed());
        // The gap that ends on the deadline is followed by one last poll, then the timeout.
        deadlinePoll = delayMs >= remainingMs;
        delayMs = Math.min(delayMs, remainingMs);
        if (opts.signal?.aborted)
            return result('cancelled');
        const slept = await untilAborted(sleep(delayMs, opts.signal), opts.signal);
        if (slept === ABORTED)
            return result('cancelled');
    }
}
const DEADLINE = Symbol('deadline');
/** The estimate, or undefined when it fails or `withinMs` or a cancel comes first. */
async function askOnce(source, latest, cancel, withinMs) {
    const ask = new AbortController();
    const stop = () => ask.abort();
    cancel?.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(stop, Math.min(Math.max(0, withinMs), wait_MAX_TIMER_MS));
    try {
        const asked = Promise.resolve()
            .then(() => source(latest, { signal: ask.signal }))
            .catch(() => undefined);
        const answer = await untilAborted(asked, ask.signal);
        return answer === ABORTED ? undefined : answer;
    }
    finally {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', stop);
    }
}
/**
 * One poll, raced against the caller's signal and the wait's deadline (real time: `remainingMs`
 * from now). Either aborts the GET under way through the signal getInstance is given.
 */
async function pollUntil(api, jobId, instanceId, cancel, remainingMs) {
    const poll = new AbortController();
    const stopPoll = () => poll.abort();
    cancel?.addEventListener('abort', stopPoll, { once: true });
    let timedOut = false;
    // Aborted on the deadline; a poll made on (or just before) it still gets a moment to answer.
    const timer = setTimeout(() => {
        timedOut = true;
        poll.abort();
    }, Math.min(Math.max(remainingMs, LAST_POLL_GRACE_MS), wait_MAX_TIMER_MS));
    try {
        const answer = await untilAborted(fetchOnce(api, jobId, instanceId, poll.signal), poll.signal);
        if (answer !== ABORTED)
            return answer;
        return cancel?.aborted ? ABORTED : timedOut ? DEADLINE : ABORTED;
    }
    finally {
        clearTimeout(timer);
        cancel?.removeEventListener('abort', stopPoll);
    }
}
/** How long a poll made at the deadline may take: the wait ends within this of its timeout. */
const LAST_POLL_GRACE_MS = 1000;
/** One GET; an Alma error comes back as a value for the loop to judge. */
async function fetchOnce(api, jobId, instanceId, signal) {
    try {
        return { instance: await api.getInstance(jobId, instanceId, { signal }) };
    }
    catch (error) {
        if (error instanceof errors/* AlmaError */.ak)
            return { error };
        throw error;
    }
}
/**
 * Failures that say nothing about the instance: the network, a gateway, the per-second limit
 * (§5, §6), an unreadable or oversized answer (not retried at once, but the next poll may do).
 */
function isPassing(error) {
    if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'parse' || error.kind === 'too-large')
        return true;
    if (error.code === 'DAILY_THRESHOLD')
        return false;
    return (error.status !== undefined && error.status >= 500) || error.status === 429 || error.code === 'PER_SECOND_THRESHOLD';
}

// EXTERNAL MODULE: ./src/alma/webhook.ts
var webhook = __nccwpck_require__(622);
;// CONCATENATED MODULE: ./src/alma/index.ts
// The Alma client's public surface; also the library entry point.


// The limits on what the client reads and how long it retries (untrusted answers).







// Waiting for an instance to end, with the action's adaptive poll schedule.


// The "Run a job" wizard's API information (XML), Alma's JSON body, or name: value lines ⇄ parameters.

// Alma's JOB_END webhook (§10): its signature, its body and the URL check.



/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ toInstance),
/* harmony export */   OG: () => (/* binding */ parseBody),
/* harmony export */   S4: () => (/* binding */ toInstancePage),
/* harmony export */   kI: () => (/* binding */ toStatusTable),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   s6: () => (/* binding */ BodyParseError),
/* harmony export */   st: () => (/* binding */ toJobEndEvent),
/* harmony export */   yA: () => (/* binding */ toJobPage),
/* harmony export */   yb: () => (/* binding */ toRunResponse),
/* harmony export */   z6: () => (/* binding */ toJob),
/* harmony export */   zo: () => (/* binding */ isInstanceId)
/* harmony export */ });
/* unused harmony exports MAX_DEPTH, isWellFormedJobId, MAX_NOTES_PER_INSTANCE, toInstanceFromEnvelope, instanceIdFrom */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(860);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(564);


/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
class BodyParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BodyParseError';
    }
}
/** Deeper than any Alma answer (an instance's counter type is 4 levels down): not Alma's. */
const MAX_DEPTH = 64;
const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels`;
/** How much of a parser's complaint a message quotes; it may quote the body. */
const PROBLEM_CHARS = 160;
/** How much of an id that is not one a message quotes. */
const ID_CHARS = 40;
/** §7.4: instance ids are decimal strings of 16+ digits; 30 leaves room and bounds the text. */
const INSTANCE_ID = /^\d{1,30}$/;
/** §3.2: the kind prefix, then digits; bounded like instance ids. */
const JOB_ID = /^[MSO]\d{1,30}$/;
function isInstanceId(text) {
    return INSTANCE_ID.test(text);
}
/** A job id as a body's id must be to go into a link or an output: prefix and bounded digits (§3.2). */
function isWellFormedJobId(text) {
    return JOB_ID.test(text);
}
const xmlParser = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyXmlParser */ .t1)({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    // §7.4: ids of 16+ digits must stay exact, and in XML everything is text anyway.
    parseTagValue: false,
    parseAttributeValue: false,
    removeNSPrefix: true, // §5: web_service_result comes with a namespace
    ignoreDeclaration: true,
    ignorePiTags: true,
    htmlEntities: true, // numeric character references such as &#233;
    maxNestedTags: MAX_DEPTH
});
/**
 * Picks the parser: the body's first character decides, Content-Type breaks ties (§5). Every
 * failure is a BodyParseError, whatever the parser threw. `scrub`, when given, is applied to
 * every string of the result (and to numbers whose digits it would change), in the same pass
 * that bounds the nesting: what the client returns never carries the key.
 */
function parseBody(body, contentType, scrub) {
    const text = body.trimStart(); // also drops a byte-order mark
    const start = text[0];
    let parsed;
    if (start === '<')
        parsed = parseXml(text);
    else if (start === '{')
        parsed = { data: parseJson(text) };
    else if (start === undefined)
        throw new BodyParseError('empty body');
    else if (contentType?.includes('json'))
        parsed = { data: parseJson(text) };
    else
        throw new BodyParseError(`neither XML nor JSON (Content-Type ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(contentType ?? 'missing', ID_CHARS)})`);
    walkTree(parsed.data, scrub);
    return parsed;
}
/**
 * One pass over a parsed body, without recursion (a hostile body may nest deeply): refuses
 * nesting over MAX_DEPTH, drops `__proto__` keys, scrubs strings.
 */
function walkTree(root, scrub) {
    const stack = [[root, 1]];
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
        const [node, depth] = entry;
        if (depth > MAX_DEPTH)
            throw new BodyParseError(TOO_DEEP);
        const visit = (value) => {
            if (typeof value === 'string')
                return scrub && value.length >= 4 ? scrub(value) : value;
            if (typeof value === 'number' && scrub) {
                const digits = String(value);
                const scrubbed = digits.length >= 4 ? scrub(digits) : digits;
                return scrubbed === digits ? value : scrubbed;
            }
            if (typeof value === 'object' && value !== null)
                stack.push([value, depth + 1]);
            return value;
        };
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++)
                node[i] = visit(node[i]);
            continue;
        }
        for (const key of Object.keys(node)) {
            if (key === '__proto__') {
                delete node[key];
                continue;
            }
            const value = node[key];
            const visited = visit(value);
            if (visited !== value)
                node[key] = visited;
        }
    }
}
/** §7.11: escape `&` that starts no entity, as a lenient parser would read it. */
function escapeRawAmpersands(xml) {
    return xml.replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;');
}
function parseXml(text) {
    if (/^<(!doctype\s+html|html)\b/i.test(text))
        throw new BodyParseError('an HTML page, not XML or JSON');
    // Alma never sends a DTD; refusing one rules out entity expansion (and fast-xml-parser's own DTD errors).
    if (/<!(DOCTYPE|ENTITY)/i.test(text))
        throw new BodyParseError('XML with a <!DOCTYPE> or <!ENTITY>, which Alma never sends');
    const xml = escapeRawAmpersands(text);
    let doc;
    try {
        // fast-xml-parser happily returns half a document; the validator catches truncation.
        const valid = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .validateXml */ .Qz)(xml);
        if (valid !== true)
            throw new BodyParseError(`malformed XML: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(valid.err.msg, PROBLEM_CHARS)} (line ${valid.err.line})`);
        doc = xmlParser.parse(xml);
    }
    catch (error) {
        // The parser's own limits (nesting, entities) throw plain Errors; its nesting limit is ours.
        if (error instanceof BodyParseError)
            throw error;
        const message = String(error?.message ?? error);
        if (/nested tags/i.test(message))
            throw new BodyParseError(TOO_DEEP);
        throw new BodyParseError(`malformed XML: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(message, PROBLEM_CHARS)}`);
    }
    const rootName = Object.keys(doc)[0];
    if (rootName === undefined)
        throw new BodyParseError('XML without a root element');
    const root = xmlToTree(doc[rootName]);
    return { rootName, data: isTree(root) ? root : { value: root } };
}
/** `@_desc` → `desc`, `#text` → `value`; namespace declarations dropped (§7.3). */
function xmlToTree(node) {
    if (Array.isArray(node))
        return node.map(xmlToTree);
    if (!isTree(node))
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === '__proto__' || key === '@___proto__')
            continue;
        if (key === '#text')
            out.value = value;
        else if (key.startsWith('@_')) {
            const name = key.slice(2);
            if (name !== 'xmlns' && !name.startsWith('xmlns:'))
                out[name] = value;
        }
        else
            out[key] = xmlToTree(value);
    }
    return out;
}
/**
 * Whether JSON text nests deeper than `max` objects and arrays: brackets are counted outside
 * strings (an escape takes the next character along), in one pass. JSON.parse with a reviver
 * recurses, so a body 10,000 levels deep would overflow the stack before walkTree refused it.
 */
function jsonNestsDeeperThan(text, max) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (inString) {
            // A backslash takes the next character along, so an escaped quote ends no string.
            if (char === 0x5c)
                i++;
            else if (char === 0x22)
                inString = false;
        }
        else if (char === 0x22)
            inString = true;
        else if (char === 0x7b || char === 0x5b) {
            if (++depth > max)
                return true;
        }
        else if (char === 0x7d || char === 0x5d)
            depth--;
    }
    return false;
}
function parseJson(text) {
    if (jsonNestsDeeperThan(text, MAX_DEPTH))
        throw new BodyParseError(TOO_DEEP);
    let value;
    try {
        // §7.4: a number too big to be exact (an id sent unquoted) keeps its source digits.
        value = JSON.parse(text, (_key, parsed, context) => typeof parsed === 'number' && !Number.isSafeInteger(parsed) && context?.source && /^-?\d+$/.test(context.source)
            ? context.source
            : parsed);
    }
    catch (error) {
        // V8's messages may quote the body.
        throw new BodyParseError(`malformed JSON: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(String(error?.message ?? error), PROBLEM_CHARS)}`);
    }
    if (!isTree(value))
        throw new BodyParseError('JSON body is not an object');
    return value;
}
// ---- small coercions -------------------------------------------------------------------
function isTree(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** §7.1: one XML child looks like an object, none looks absent. */
function asArray(value) {
    if (value === undefined || value === null || value === '')
        return [];
    return Array.isArray(value) ? value : [value];
}
/** §7.2: JSON drops the wrapper (`parameter`), XML keeps it (`parameters/parameter`). */
function listOf(node, item, wrapper) {
    if (node[item] !== undefined)
        return asArray(node[item]);
    const outer = node[wrapper];
    return isTree(outer) ? asArray(outer[item]) : [];
}
function text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (isTree(value))
        return text(value.value);
    return undefined;
}
function codeValue(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!isTree(value)) {
        const plain = text(value);
        return plain === undefined ? undefined : { value: plain };
    }
    const desc = text(value.desc);
    return { value: text(value.value) ?? '', ...(desc !== undefined && { desc }) };
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
}
/** §3.5: JSON booleans, XML text "true"/"false". */
function booleanOf(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return undefined;
}
function tree(value, what) {
    if (!isTree(value))
        throw new BodyParseError(`expected ${what}, got ${value === undefined ? 'nothing' : typeof value}`);
    return value;
}
function required(value, what) {
    const found = text(value);
    if (found === undefined || found === '')
        throw new BodyParseError(`${what} is missing`);
    return found;
}
/** Drops undefined fields so results compare cleanly and serialise small. */
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function page(body, item, root, map) {
    const { data } = body;
    const total = numberOf(data.total_record_count);
    if (total === undefined && data[item] === undefined) {
        // §7.17: a bare `<jobs/>` or `<job_instances/>` with no count is an empty list.
        if (body.rootName === root && isBareElement(data))
            return { total: undefined, items: [] };
        // §7.2: a zero-count list carries only the count; with neither this is not a list.
        throw new BodyParseError(`not a ${item} list`);
    }
    const items = [];
    const skipped = [];
    const notes = [];
    for (const node of asArray(data[item])) {
        try {
            items.push(map(node, notes));
        }
        catch (error) {
            if (!(error instanceof BodyParseError))
                throw error;
            skipped.push(error.message);
        }
    }
    return { total, items, ...(skipped.length > 0 && { skipped }), ...(notes.length > 0 && { notes }) };
}
/** An XML element with neither children nor text (`<jobs/>`, `<jobs></jobs>`, namespaces aside). */
function isBareElement(data) {
    return Object.entries(data).every(([key, value]) => key === 'value' && value === '');
}
function toJobPage(body) {
    return page(body, 'job', 'jobs', toListedJob);
}
function toInstancePage(body) {
    return page(body, 'job_instance', 'job_instances', toInstance);
}
/** A job of the list: the client relies on its id (names resolve to it), so it must be one (§3.2). */
function toListedJob(value) {
    const job = toJob(value);
    if (!JOB_ID.test(job.id))
        throw new BodyParseError(`skipped a job whose id "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(job.id, ID_CHARS)}" is no job id`);
    return job;
}
// ---- objects ----------------------------------------------------------------------------
function toJob(value) {
    const node = tree(value, 'a job');
    const profile = node.related_profile;
    return compact({
        id: required(node.id, 'job id'),
        name: text(node.name) ?? '',
        description: text(node.description),
        type: codeValue(node.type),
        category: codeValue(node.category),
        content: codeValue(node.content),
        schedule: codeValue(node.schedule),
        creator: text(node.creator),
        nextRun: text(node.next_run),
        parameters: listOf(node, 'parameter', 'parameters').map(toParameter),
        relatedProfile: profile === undefined
            ? undefined
            : compact({ value: text(profile) ?? '', link: isTree(profile) ? text(profile.link) : undefined }),
        link: text(node.link)
    });
}
function toParameter(value) {
    const node = tree(value, 'a parameter');
    return { name: required(node.name, 'parameter name'), value: text(node.value) ?? '' };
}
/** Notes on one instance beyond this many are summed up in one (a hostile body may have thousands). */
const MAX_NOTES_PER_INSTANCE = 10;
/**
 * One instance (§3.4). A malformed action, counter or alert is left out and the rest kept
 * (§7.16, e.g. Ex Libris's sample `"action": ["string"]`); `notes`, when given, receives one
 * line per part left out, for a debug line. A missing status or an id that is not one still
 * makes the instance unreadable (BodyParseError).
 */
function toInstance(value, notes) {
    const node = tree(value, 'a job instance');
    const status = codeValue(node.status);
    if (!status?.value)
        throw new BodyParseError('job instance status is missing');
    const info = isTree(node.job_info) ? node.job_info : undefined;
    const id = required(node.id, 'instance id');
    if (!INSTANCE_ID.test(id))
        throw new BodyParseError(`instance id "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(id, ID_CHARS)}" is not all digits`);
    // Each part reader returns the part, or why it is malformed (a string) to leave it out.
    const left = [];
    const parts = (item, wrapper, map) => {
        const all = listOf(node, item, wrapper);
        const kept = [];
        all.forEach((part, i) => {
            const read = map(part);
            if (typeof read === 'string')
                left.push(`${item} ${i + 1} of ${all.length} of instance ${id} (${read})`);
            else
                kept.push(read);
        });
        return kept;
    };
    const alerts = parts('alert', 'alerts', toAlert);
    const counters = parts('counter', 'counters', toCounter);
    const actions = parts('action', 'actions', toAction);
    // §3.4: progress is a percentage; one outside 0–100 (1e308, a negative, text) is malformed and left out.
    const progress = numberOf(node.progress);
    const progressOk = progress !== undefined && progress >= 0 && progress <= 100;
    const progressGiven = node.progress !== undefined && node.progress !== null && node.progress !== '';
    if (progressGiven && !progressOk)
        left.push(`progress of instance ${id} (not a number from 0 to 100)`);
    if (notes) {
        notes.push(...left.slice(0, MAX_NOTES_PER_INSTANCE));
        if (left.length > MAX_NOTES_PER_INSTANCE) {
            notes.push(`${left.length - MAX_NOTES_PER_INSTANCE} more malformed alerts, counters or actions of instance ${id}`);
        }
    }
    return compact({
        id,
        externalId: text(node.external_id),
        name: text(node.name),
        link: text(node.link),
        submittedBy: codeValue(node.submitted_by),
        submitTime: text(node.submit_time),
        startTime: text(node.start_time),
        endTime: text(node.end_time),
        progress: progressOk ? progress : undefined,
        status,
        statusDate: text(node.status_date),
        alerts,
        counters,
        actions,
        jobInfo: info &&
            compact({
                id: text(info.id),
                name: text(info.name),
                description: text(info.description),
                type: codeValue(info.type),
                category: codeValue(info.category),
                link: text(info.link)
            })
    });
}
/** What a malformed part is, without quoting it: the text is untrusted and may be anything. */
function kindOf(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null || value === undefined)
        return 'nothing';
    return isTree(value) ? 'an object' : `a ${typeof value}`;
}
/** An alert is its code (§3.4): `{value, desc}`, or the bare code; one without a code is malformed. */
function toAlert(value) {
    const alert = codeValue(value);
    return alert?.value ? alert : `${kindOf(value)} without an alert code`;
}
/** A counter needs its type code (§3.4); a missing value reads as ''. */
function toCounter(value) {
    if (!isTree(value))
        return `${kindOf(value)}, not a counter`;
    const type = codeValue(value.type);
    if (!type?.value)
        return 'a counter without a type code';
    // §3.4: counter values are strings even in JSON; keep them so.
    return { type, value: text(value.value) ?? '' };
}
/** Any object is an action (§3.4: all its fields are optional); `"string"` is not. */
function toAction(node) {
    if (!isTree(node))
        return `${kindOf(node)}, not an action`;
    return compact({
        link: text(node.link),
        type: codeValue(node.type),
        population: codeValue(node.population),
        members: numberOf(node.members)
    });
}
/** `GET /conf/code-tables/systemJobStatus` in either format (§3.5). */
function toStatusTable(body) {
    const rows = listOf(body.data, 'row', 'rows');
    if (rows.length === 0)
        throw new BodyParseError('status table has no rows');
    return rows.map((value) => {
        const row = tree(value, 'a status row');
        return compact({
            code: required(row.code, 'status code'),
            description: text(row.description) ?? '',
            default: booleanOf(row.default),
            enabled: booleanOf(row.enabled)
        });
    });
}
/**
 * A JOB_END webhook body, `{id, action, time, job_instance: {…}}` in JSON or the same in XML
 * (§10), read as toInstance reads `job_instance`. Without a `job_instance` it is no event.
 */
function toJobEndEvent(value, notes) {
    const node = tree(value, 'a webhook event');
    if (!isTree(node.job_instance))
        throw new BodyParseError('webhook event without a job_instance');
    return compact({
        id: text(node.id),
        action: text(node.action),
        time: text(node.time),
        instance: toInstance(node.job_instance, notes)
    });
}
/**
 * The instance of a JOB_END webhook envelope (§10), or the instance itself when given a bare
 * one (a GET's answer): an object with a `job_instance` object and no `status` is an envelope.
 */
function toInstanceFromEnvelope(value, notes) {
    if (isTree(value) && isTree(value.job_instance) && value.status === undefined)
        return toJobEndEvent(value, notes).instance;
    return toInstance(value, notes);
}
/** The job is the one that was run (`requestedJobId`), whatever id the echo carries. */
function toRunResponse(body, requestedJobId) {
    const info = body.data.additional_info;
    const link = isTree(info) ? text(info.link) : undefined;
    const message = text(info);
    return compact({
        job: toJob({ ...body.data, id: requestedJobId }),
        instanceId: instanceIdFrom(link, message),
        instanceLink: link,
        message
    });
}
/**
 * §3.3/§7.6: the last path segment of `additional_info.link` (query and trailing '/'
 * stripped), else the number of "Job no. N"; kept a string (§7.4). undefined when neither
 * names an instance. An id that is not all digits, or a link and text that disagree, is a
 * malformed answer (BodyParseError): the id goes into paths, outputs and logs.
 */
function instanceIdFrom(link, message) {
    let fromLink;
    if (link) {
        const segments = link.split(/[?#]/)[0].replace(/\/+$/, '').split('/');
        const last = segments.at(-1);
        if (last !== undefined && segments.at(-2) === 'instances')
            fromLink = checkedInstanceId(safeDecode(last), 'link');
        else if (last === 'instances')
            fromLink = checkedInstanceId('', 'link');
    }
    const token = message?.match(/Job no\.\s*([^\s,;]*)/)?.[1]?.replace(/\.$/, '');
    const fromText = token === undefined ? undefined : checkedInstanceId(token, 'text');
    if (fromLink !== undefined && fromText !== undefined && fromLink !== fromText) {
        throw new BodyParseError(`additional_info's link names instance ${fromLink} but its text ${fromText}`);
    }
    return fromLink ?? fromText;
}
function checkedInstanceId(id, where) {
    if (!INSTANCE_ID.test(id)) {
        throw new BodyParseError(`additional_info's ${where} names instance "${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(id, ID_CHARS)}", which is not all digits`);
    }
    return id;
}
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
// ---- error bodies -----------------------------------------------------------------------
/** Reads any error body of §5; never throws. */
function parseErrorBody(bodyText, contentType) {
    const trimmed = bodyText.trim();
    if (trimmed === '')
        return { source: 'empty' };
    if (/^<(!doctype\s+html|html)\b/i.test(trimmed) || contentType?.includes('text/html')) {
        return { source: 'html', message: htmlHeadline(trimmed) };
    }
    let body;
    try {
        body = parseBody(trimmed, contentType);
    }
    catch {
        body = undefined;
    }
    const alma = body && almaErrorFrom(body.data);
    if (alma)
        return alma;
    return { source: 'text', message: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(trimmed, 300) };
}
const ERROR_CODE_CHARS = 100;
const ERROR_MESSAGE_CHARS = 1000;
function almaErrorFrom(data) {
    // §5: JSON may arrive wrapped in web_service_result; the XML root already is it.
    const result = isTree(data.web_service_result) ? data.web_service_result : data;
    const list = result.errorList;
    const errors = (isTree(list) ? asArray(list.error) : []).filter(isTree);
    if (errors.length === 0)
        return undefined;
    // Alma's codes, messages and tracking ids are short (§5); a longer one is an echoed body.
    const field = (value, max) => {
        const given = text(value)?.trim();
        return given === undefined ? undefined : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(given, max);
    };
    const [first, ...others] = errors.map((error) => ({
        code: field(error.errorCode, ERROR_CODE_CHARS),
        message: field(error.errorMessage, ERROR_MESSAGE_CHARS),
        trackingId: field(error.trackingId, ERROR_CODE_CHARS)
    }));
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)([first.message, ...others.map((o) => o.message)].filter(Boolean).join('; '), ERROR_MESSAGE_CHARS);
    return compact({
        source: 'alma',
        code: first.code || undefined,
        message: message || undefined,
        trackingId: first.trackingId || undefined
    });
}
function htmlHeadline(page) {
    // A headline sits near the top; bounding the search keeps a huge page from costing much.
    const html = page.slice(0, 65_536);
    const match = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i);
    const headline = match && (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$)(match[1].replace(/<[^>]*>/g, ''), 200);
    return headline || undefined;
}


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip)
/* harmony export */ });
/* unused harmony export flatten */
// The one home of text clipping for the whole project: whatever is shown to a person on one
// line (an error message, a log line, a table cell) is flattened and cut here.
/** Whitespace and control characters: a line break in a log line could start a new workflow command. */
const BREAKS = /[\s\p{Cc}]+/gu;
/** Every run of whitespace or control characters becomes one space; the ends are trimmed. */
function flatten(text) {
    return text.replace(BREAKS, ' ').trim();
}
/**
 * `text` on one line (flatten), at most `maxChars` code points, '…' included when cut. Cuts
 * between code points, so no half of a surrogate pair is left behind.
 */
function clip(text, maxChars) {
    const flat = flatten(text);
    const max = Math.max(1, Math.floor(maxChars));
    if (flat.length <= max)
        return flat; // code units ≥ code points
    let kept = 0;
    let end = 0;
    for (const char of flat) {
        if (kept === max - 1) {
            // Room for the rest only if exactly one code point is left.
            return end + char.length === flat.length ? flat : `${flat.slice(0, end)}…`;
        }
        kept++;
        end += char.length;
    }
    return flat;
}


/***/ }),

/***/ 622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ isJobEndAction),
/* harmony export */   I9: () => (/* binding */ answerChallenge),
/* harmony export */   OH: () => (/* binding */ readWebhookBody),
/* harmony export */   Rl: () => (/* binding */ parseWebhookEvent),
/* harmony export */   WU: () => (/* binding */ MAX_WEBHOOK_BODY_BYTES),
/* harmony export */   s6: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.s6),
/* harmony export */   t6: () => (/* binding */ verifyWebhookSignature)
/* harmony export */ });
/* unused harmony export MAX_CHALLENGE_CHARS */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);
// Alma's JOB_END webhook (alma-api.md §10): its signature, its body, and the challenge that
// proves the receiver is ours. Everything here takes untrusted text and never throws on it,
// except parseWebhookEvent, whose one error is a BodyParseError saying what is wrong.


/** Far above any JOB_END body (an instance of §3.4 is a few KB); a larger one is not Alma's. */
const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** The longest `?challenge=` value answered; Alma's random value is far shorter. */
const MAX_CHALLENGE_CHARS = 256;
/** §10: HMAC-SHA256 is 32 bytes, so its base64 is 44 characters ending in one `=`. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;
let crypto;
/**
 * node:crypto, loaded on the first check rather than at start-up: the action imports this
 * library's index but checks no signature, and loading crypto costs it a few ms.
 */
function nodeCrypto() {
    crypto ??= process.getBuiltinModule('node:crypto');
    return crypto;
}
/**
 * Whether `signature` (the `X-Exl-Signature` header) is the base64 HMAC-SHA256 of `rawBody`
 * keyed with `secret` (§10), compared in constant time. False for a missing, empty, malformed
 * or wrong-length signature, an empty secret, or anything that is not a string.
 */
function verifyWebhookSignature(rawBody, signature, secret) {
    if (typeof rawBody !== 'string' || typeof signature !== 'string' || typeof secret !== 'string' || secret === '')
        return false;
    const given = signature.trim();
    if (!SIGNATURE.test(given))
        return false;
    const { createHmac, timingSafeEqual } = nodeCrypto();
    const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest();
    const actual = Buffer.from(given, 'base64');
    // Both are 32 bytes once the pattern matched; timingSafeEqual throws on a length mismatch.
    return actual.length === expected.length && timingSafeEqual(actual, expected);
}
/** Whether an event's action is JOB_END: one Alma page writes it `job_end` (§10). */
function isJobEndAction(action) {
    return typeof action === 'string' && action.toUpperCase() === 'JOB_END';
}
/** Whether the text's UTF-8 is over the cap; short text (3 bytes a unit at most) is not encoded. */
function tooBig(text) {
    if (text.length > MAX_WEBHOOK_BODY_BYTES)
        return true;
    return text.length * 3 > MAX_WEBHOOK_BODY_BYTES && new TextEncoder().encode(text).byteLength > MAX_WEBHOOK_BODY_BYTES;
}
/**
 * A JOB_END body, JSON or XML (§10), as the relay needs it: the typed event, and the body's
 * tree (what the dispatch forwards). Throws BodyParseError.
 */
function readWebhookBody(rawBody, notes) {
    if (typeof rawBody !== 'string')
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyParseError */ .s6('webhook body is not text');
    if (tooBig(rawBody)) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyParseError */ .s6(`webhook body is over ${MAX_WEBHOOK_BODY_BYTES} bytes`);
    }
    const start = rawBody.trimStart()[0];
    if (start !== '{' && start !== '<')
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyParseError */ .s6('webhook body is neither a JSON object nor XML');
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBody */ .OG)(rawBody, undefined);
    const { id, action, time, instance } = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toJobEndEvent */ .st)(parsed.data, notes);
    if (action === undefined || action === '')
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyParseError */ .s6('webhook event without an action');
    const event = { action, instance };
    if (id !== undefined)
        event.id = id;
    if (time !== undefined)
        event.time = time;
    return { event, tree: parsed.data };
}
/**
 * The event of a webhook body: `{id, action, time, job_instance}` in JSON, or the same
 * elements in XML (§10), with `instance` typed as the client's (§3.4). A body that is too
 * big, neither JSON nor XML, malformed, without an action or without a readable
 * `job_instance` throws a BodyParseError. Check the signature first.
 */
function parseWebhookEvent(rawBody, notes) {
    return readWebhookBody(rawBody, notes).event;
}
/**
 * The answer to Alma's check of the URL, `GET url?challenge=X` (§10): the JSON text
 * `{"challenge":"X"}`, or undefined when the URL has no challenge, or one that is empty,
 * longer than MAX_CHALLENGE_CHARS or not printable ASCII. Never throws.
 */
function answerChallenge(url) {
    let challenge;
    try {
        challenge = (typeof url === 'string' ? new URL(url, 'http://receiver.invalid') : url).searchParams.get('challenge');
    }
    catch {
        return undefined;
    }
    if (challenge === null || challenge.length === 0 || challenge.length > MAX_CHALLENGE_CHARS)
        return undefined;
    if (!/^[\x21-\x7e]+$/.test(challenge))
        return undefined;
    return JSON.stringify({ challenge });
}


/***/ }),

/***/ 564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t1: () => (/* binding */ lazyXmlParser),
  N8: () => (/* binding */ loadXmlParser),
  PD: () => (/* binding */ looksLikeXml),
  Qz: () => (/* binding */ validateXml)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/alma/xml.ts
// fast-xml-parser, loaded the first time XML turns up instead of at start: it is a third of the
// action's bundle, and most runs see JSON only (the client asks for JSON, alma-api.md §1; an
// error may still come as XML, §7.10).
// Bundled, the `import()` below gives it a chunk of its own, read only when loaded.

let fastXml;
/** Loads the parser (once). Whoever may wait calls this before XML reaches the sync parsers. */
async function loadXmlParser() {
    fastXml ??= await __nccwpck_require__.e(/* import() */ 642).then(__nccwpck_require__.bind(__nccwpck_require__, 642));
}
/**
 * The parser for code that cannot wait (a parameters input, a webhook body). Every bundle loads
 * it first wherever XML can come in (the action, the CLI, the relay, and the library at import),
 * since installed bundles have no node_modules. Not loaded yet, it is taken from node_modules:
 * that is only the case for the sources run in this repository (tests, bench, tsx).
 */
function loaded() {
    if (fastXml)
        return fastXml;
    try {
        fastXml = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('fast-xml-parser');
    }
    catch {
        throw new Error('the XML parser was not loaded before XML was read (call loadXmlParser first)');
    }
    return fastXml;
}
/** fast-xml-parser's validator: true, or where and why the XML is not well-formed. */
function validateXml(xml) {
    return loaded().XMLValidator.validate(xml);
}
/** A parser with these options, built on first use. */
function lazyXmlParser(options) {
    let parser;
    return { parse: (xml) => (parser ??= new (loaded().XMLParser)(options)).parse(xml) };
}
/** Whether text (after leading white space and a byte-order mark) is XML to a parser that looks at its first character. */
function looksLikeXml(text) {
    return text.trimStart().startsWith('<');
}


/***/ }),

/***/ 704:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.$2),
/* harmony export */   $w: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.$w),
/* harmony export */   I9: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.I9),
/* harmony export */   KK: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.KK),
/* harmony export */   MA: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.MA),
/* harmony export */   Mf: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.Mf),
/* harmony export */   QB: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.QB),
/* harmony export */   Rl: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.Rl),
/* harmony export */   VX: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.VX),
/* harmony export */   WM: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.WM),
/* harmony export */   WU: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.WU),
/* harmony export */   Y0: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.Y0),
/* harmony export */   YK: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.YK),
/* harmony export */   Yc: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.Yc),
/* harmony export */   Zo: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.Zo),
/* harmony export */   _A: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__._A),
/* harmony export */   _Y: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__._Y),
/* harmony export */   ak: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.ak),
/* harmony export */   dW: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.dW),
/* harmony export */   e6: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.e6),
/* harmony export */   fQ: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.fQ),
/* harmony export */   i0: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.i0),
/* harmony export */   iX: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.iX),
/* harmony export */   ij: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.ij),
/* harmony export */   mM: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.mM),
/* harmony export */   nf: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.nf),
/* harmony export */   p_: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.p_),
/* harmony export */   pg: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.pg),
/* harmony export */   qC: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.qC),
/* harmony export */   rJ: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.rJ),
/* harmony export */   s6: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.s6),
/* harmony export */   t6: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.t6),
/* harmony export */   vS: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.vS),
/* harmony export */   vV: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.vV),
/* harmony export */   xL: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.xL),
/* harmony export */   xj: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.xj),
/* harmony export */   xo: () => (/* reexport safe */ _alma_index_js__WEBPACK_IMPORTED_MODULE_2__.xo),
/* harmony export */   xw: () => (/* reexport safe */ _relay_index_js__WEBPACK_IMPORTED_MODULE_3__.xw)
/* harmony export */ });
/* harmony import */ var _node_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(213);
/* harmony import */ var _alma_xml_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(564);
/* harmony import */ var _alma_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(438);
/* harmony import */ var _relay_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(676);
// The library entry point: `import { AlmaClient } from 'almajob'`. The typed Alma Jobs client
// for people who script Alma in Node, without GitHub: no @actions/core, no cache, no exit codes.
// The library is the folder src/alma/; this file only names it for the bundle
// (`ncc build src/lib.ts -o dist/lib`; declarations by `tsc6 -p tsconfig.lib.json`).
// First: on a Node older than the one it is built for, importing the library throws (src/node-guard.ts).



// The webhook relay from Alma's JOB_END to GitHub's repository_dispatch (a Fetch handler, and a server for it).

// parseParameters and parseWebhookEvent read XML synchronously; an installed library has no
// node_modules of its own, so its bundled XML parser is loaded here, once, at import (runner.md §2).
await (0,_alma_xml_js__WEBPACK_IMPORTED_MODULE_1__/* .loadXmlParser */ .N8)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 213:
/***/ (() => {


;// CONCATENATED MODULE: ./src/node-version.ts
// The Node the CLI and the library are built for: package.json's `engines` (a test keeps the two
// equal). On an older Node they would start and quietly behave otherwise, so they refuse.
const MIN_NODE_MAJOR = 24;
/** The one line that refuses an older Node, or undefined when this one will do. */
function nodeVersionProblem(version = process.versions.node) {
    const major = Number.parseInt(version, 10);
    if (Number.isInteger(major) && major >= MIN_NODE_MAJOR)
        return undefined;
    return `almajob: needs Node ${MIN_NODE_MAJOR} or newer; this is Node ${version}`;
}

;// CONCATENATED MODULE: ./src/node-guard.ts
// Imported first by the library (src/lib.ts): on an older Node, importing it throws one clear Error.
// Written for any Node: it runs before anything else in the bundle.

const problem = nodeVersionProblem();
if (problem)
    throw new Error(problem);


/***/ }),

/***/ 676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iX: () => (/* reexport */ DEFAULT_EVENT_TYPE),
  xw: () => (/* reexport */ DEFAULT_GITHUB_API_URL),
  rJ: () => (/* reexport */ DEFAULT_GITHUB_TIMEOUT_MS),
  nf: () => (/* reexport */ DEFAULT_MAX_EVENT_AGE_MS),
  i0: () => (/* reexport */ RELAY_MAX_BODY_BYTES),
  p_: () => (/* reexport */ RELAY_MAX_CONNECTIONS),
  VX: () => (/* reexport */ createWebhookRelay),
  vV: () => (/* reexport */ serveRelay)
});

// EXTERNAL MODULE: ./src/alma/errors.ts
var errors = __nccwpck_require__(184);
// EXTERNAL MODULE: ./src/alma/parse.ts
var parse = __nccwpck_require__(480);
// EXTERNAL MODULE: ./src/alma/text.ts
var alma_text = __nccwpck_require__(860);
// EXTERNAL MODULE: ./src/alma/webhook.ts
var webhook = __nccwpck_require__(622);
// EXTERNAL MODULE: ./src/alma/xml.ts + 1 modules
var xml = __nccwpck_require__(564);
;// CONCATENATED MODULE: ./src/text/bounded-body.ts
// A Fetch body read up to a limit: a webhook at the relay, GitHub's error answer, a receiver's
// answer to the simulator's challenge. Each is read only as far as its limit (alma-api.md §10, runner.md §7).
/** The body as UTF-8 text (a BOM kept: it is signed too), or undefined past `limit` bytes. */
async function boundedText(message, limit) {
    const declared = Number(message.headers.get('content-length') ?? '0');
    if (declared > limit) {
        await message.body?.cancel().catch(() => undefined);
        return undefined;
    }
    const reader = message.body?.getReader();
    if (reader === undefined)
        return '';
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
    }
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

;// CONCATENATED MODULE: ./src/text/safe.ts
// Text that came from the network, made safe to print. A log line that starts with `::` is a
// workflow command the runner obeys, and `##[` is its older form (runner.md §3); a terminal
// obeys escape sequences, and a bare CR rewrites the line. So every such string is shown
// with its control characters escaped, and no line may start a command.
/**
 * Every C0 and C1 control character, DEL, the Unicode line and paragraph separators, and the
 * bidirectional controls, which can make a line read other than it is.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Control characters shown as escapes (`\n`, `\u001b`): the text stays on one line and inert. */
function printable(text) {
    return text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A line of ours that may hold network text: it cannot begin a workflow command. */
function neutralizeCommands(line) {
    return line.replace(/^(\s*)::/, '$1: :').replaceAll('##[', '## [');
}
/** Longest line a log gets: a name of 100 KB from a hostile server must not flood it. */
const MAX_LINE_CHARS = 2000;
/** One log line, whatever went into it: inert, on one line, and of bounded length. */
function safeLine(text) {
    const line = neutralizeCommands(printable(text));
    if (line.length <= MAX_LINE_CHARS)
        return line;
    // Not between the two halves of a surrogate pair.
    const end = /[\ud800-\udbff]/.test(line[MAX_LINE_CHARS - 2]) ? MAX_LINE_CHARS - 2 : MAX_LINE_CHARS - 1;
    return `${line.slice(0, end)}…`;
}

;// CONCATENATED MODULE: ./src/relay/relay.ts
// The webhook relay: Alma's signed JOB_END (alma-api.md §10) in, GitHub's repository_dispatch
// (runner.md §7, §8) out. A function on the standard Fetch API, so the same code runs on a
// serverless platform and behind serve.ts. The request is untrusted until its signature
// checks; no answer carries its text, and the GitHub token goes only into one header.







/** runner.md §7: GitHub takes a client_payload under 64 KB, so a larger body cannot be relayed. */
const RELAY_MAX_BODY_BYTES = 64 * 1024;
/** §10: Alma waits 5 s for the relay's answer; GitHub must answer well within that. */
const DEFAULT_GITHUB_TIMEOUT_MS = 4_000;
const DEFAULT_EVENT_TYPE = 'alma-job-end';
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** runner.md §8. */
const GITHUB_API_VERSION = '2022-11-28';
/** runner.md §7: the body's own fields; GitHub takes at most 10 top-level properties. */
const PAYLOAD_FIELDS = ['id', 'action', 'time', 'job_instance'];
/**
 * §10: Alma's last retry comes about 10 h (1 + 3 + 6) after the first try; an event whose `time`
 * is much older is a replay of a captured body, or a delivery Alma no longer makes.
 */
const DEFAULT_MAX_EVENT_AGE_MS = 24 * 3_600_000;
/** Instances already forwarded, so a retry of Alma's after a late answer is not sent twice. */
const REMEMBERED_INSTANCES = 1024;
/** What is read of GitHub's error answer, for its `message` (runner.md §8); the rest is not needed. */
const GITHUB_ERROR_BYTES = 8 * 1024;
const GITHUB_MESSAGE_CHARS = 200;
const JOB_ID = /^[MSO]\d{1,30}$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The options checked; a ConfigError names the one that is wrong (never a secret's value). */
function checkRelayOptions(options) {
    if (typeof options !== 'object' || options === null)
        throw new errors/* ConfigError */.xL('relay options must be an object');
    const { secret, githubToken, repository } = options;
    if (typeof secret !== 'string' || secret === '')
        throw new errors/* ConfigError */.xL('relay secret must be a non-empty string (the Alma webhook secret)');
    if (typeof githubToken !== 'string' || !VISIBLE_ASCII.test(githubToken) || githubToken.length > 1000) {
        throw new errors/* ConfigError */.xL('relay githubToken must be a GitHub token: 1-1000 visible ASCII characters, no spaces');
    }
    const [owner, name, ...rest] = typeof repository === 'string' ? repository.split('/') : [];
    if (owner === undefined ||
        name === undefined ||
        rest.length > 0 ||
        !OWNER.test(owner) ||
        !REPO_NAME.test(name) ||
        name === '.' ||
        name === '..') {
        throw new errors/* ConfigError */.xL('relay repository must be owner/name, e.g. my-org/alma-jobs');
    }
    const eventType = options.eventType ?? DEFAULT_EVENT_TYPE;
    // runner.md §7: at most 100 characters.
    if (typeof eventType !== 'string' || eventType.length > 100 || !VISIBLE_ASCII.test(eventType)) {
        throw new errors/* ConfigError */.xL('relay eventType must be 1-100 visible ASCII characters, no spaces');
    }
    let jobs;
    if (options.jobs !== undefined) {
        if (!Array.isArray(options.jobs) ||
            options.jobs.length === 0 ||
            !options.jobs.every((id) => typeof id === 'string' && JOB_ID.test(id))) {
            throw new errors/* ConfigError */.xL('relay jobs must be a non-empty list of job ids such as M28147 or S1234567890000561');
        }
        jobs = new Set(options.jobs);
    }
    const timeoutMs = options.githubTimeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 4_500) {
        throw new errors/* ConfigError */.xL('relay githubTimeoutMs must be a whole number of milliseconds from 1 to 4500');
    }
    const maxEventAgeMs = options.maxEventAgeMs ?? DEFAULT_MAX_EVENT_AGE_MS;
    if (!Number.isSafeInteger(maxEventAgeMs) || maxEventAgeMs < 1) {
        throw new errors/* ConfigError */.xL('relay maxEventAgeMs must be a whole number of milliseconds, at least 1');
    }
    return {
        secret,
        githubToken,
        dispatchUrl: `${apiRoot(options.githubApiUrl ?? DEFAULT_GITHUB_API_URL)}/repos/${owner}/${name}/dispatches`,
        repository: `${owner}/${name}`,
        eventType,
        jobs,
        timeoutMs,
        maxEventAgeMs,
        onOutcome: options.onOutcome
    };
}
/** The API root without a trailing slash; https, or http to this machine only (the token is in a header). */
function apiRoot(raw) {
    let url;
    try {
        url = typeof raw === 'string' ? new URL(raw) : undefined;
    }
    catch {
        url = undefined;
    }
    const plainOk = url?.protocol === 'http:' && LOOPBACK.has(url.hostname);
    if (url === undefined || !(url.protocol === 'https:' || plainOk) || url.username || url.password || url.search || url.hash) {
        throw new errors/* ConfigError */.xL('relay githubApiUrl must be an https URL without query (http only to 127.0.0.1, localhost or [::1])');
    }
    return url.href.replace(/\/+$/, '');
}
/**
 * The relay: `GET ?challenge=X` answers the check (§10); `POST` with a signed JOB_END body is
 * sent on to GitHub as a repository_dispatch whose client_payload is the body (runner.md §7).
 */
function createWebhookRelay(options) {
    const settings = checkRelayOptions(options);
    const forwarded = new Set();
    // Claimed before GitHub is asked, so a copy that arrives meanwhile is not sent too.
    const inFlight = new Set();
    const finish = (outcome, body) => {
        try {
            settings.onOutcome?.(outcome);
        }
        catch {
            // A logger's failure must not change what Alma is told.
        }
        return new Response(body, {
            status: outcome.status,
            headers: {
                'Content-Type': 'application/json',
                'Cache-Control': 'no-store',
                ...(outcome.status === 405 && { Allow: 'GET, POST' })
            }
        });
    };
    const answer = (kind, status, reason, extra = {}) => finish({ kind, status, reason, ...extra }, JSON.stringify({ result: kind, reason }));
    const remember = (instanceId) => {
        forwarded.add(instanceId);
        if (forwarded.size > REMEMBERED_INSTANCES)
            forwarded.delete(forwarded.values().next().value);
    };
    return async function relay(request) {
        if (request.method === 'GET') {
            const challenge = (0,webhook/* answerChallenge */.I9)(request.url);
            if (challenge === undefined) {
                return answer('refused', 400, `a GET must carry ?challenge= (1-256 visible ASCII characters)`);
            }
            return finish({ kind: 'challenge', status: 200, reason: 'answered the challenge' }, challenge);
        }
        if (request.method !== 'POST')
            return answer('refused', 405, 'only GET (the challenge) and POST (events) are answered');
        let raw;
        try {
            raw = await boundedText(request, RELAY_MAX_BODY_BYTES);
        }
        catch {
            return answer('refused', 400, 'the body could not be read to its end');
        }
        if (raw === undefined)
            return answer('refused', 413, `body over ${RELAY_MAX_BODY_BYTES} bytes`);
        const signature = request.headers.get('x-exl-signature');
        if (signature === null || signature.trim() === '')
            return answer('refused', 401, 'no X-Exl-Signature header');
        if (!(0,webhook/* verifyWebhookSignature */.t6)(raw, signature, settings.secret))
            return answer('refused', 401, 'X-Exl-Signature does not match the body');
        let read;
        // §10: Alma may send XML; the parser is loaded only then, and the bundle has no node_modules.
        if ((0,xml/* looksLikeXml */.PD)(raw))
            await (0,xml/* loadXmlParser */.N8)();
        try {
            read = (0,webhook/* readWebhookBody */.OH)(raw);
        }
        catch (error) {
            if (!(error instanceof parse/* BodyParseError */.s6))
                throw error;
            return answer('refused', 400, 'the body is not a readable webhook event');
        }
        const { event, tree } = read;
        const jobId = event.instance.jobInfo?.id;
        const ids = {
            ...(jobId !== undefined && JOB_ID.test(jobId) && { jobId }),
            instanceId: event.instance.id,
            ...(/^[A-Z_]{1,40}$/.test(event.instance.status.value) && { jobStatus: event.instance.status.value })
        };
        if (!(0,webhook/* isJobEndAction */.$w)(event.action))
            return answer('ignored', 200, 'not a JOB_END event', ids);
        if (settings.jobs && (jobId === undefined || !settings.jobs.has(jobId))) {
            return answer('ignored', 200, 'a job the relay does not forward', ids);
        }
        // NaN (no time, or none Date reads) compares false: such an event passes.
        const ageMs = Date.now() - (event.time === undefined ? Number.NaN : Date.parse(event.time));
        if (ageMs > settings.maxEventAgeMs) {
            const [size, unit] = spanUnit(settings.maxEventAgeMs);
            const words = `from ${Math.floor(ageMs / size)} ${unit} ago, older than the ${settings.maxEventAgeMs / size} ${unit}`;
            return answer('refused', 400, `the event is ${words} the relay accepts; not forwarded`, ids);
        }
        const instanceId = event.instance.id;
        if (forwarded.has(instanceId))
            return answer('ignored', 200, 'this instance was already forwarded', ids);
        if (inFlight.has(instanceId))
            return answer('ignored', 200, 'this instance is already being forwarded', ids);
        const payload = {};
        for (const field of PAYLOAD_FIELDS)
            if (tree[field] !== undefined)
                payload[field] = tree[field];
        const dispatch = JSON.stringify({ event_type: settings.eventType, client_payload: payload });
        if (new TextEncoder().encode(dispatch).byteLength >= RELAY_MAX_BODY_BYTES) {
            return answer('refused', 413, `the dispatch would be over GitHub's ${RELAY_MAX_BODY_BYTES} bytes`, ids);
        }
        inFlight.add(instanceId);
        try {
            const result = await dispatchToGitHub(settings, dispatch);
            if ('error' in result)
                return answer('failed', 502, result.error, ids);
            const { status: githubStatus, message } = result;
            if (githubStatus < 200 || githubStatus > 299) {
                const failure = { ...ids, githubStatus, ...(message !== undefined && { githubMessage: message }) };
                return answer('failed', 502, refusalReason(githubStatus, settings.repository), failure);
            }
            remember(instanceId);
            return answer('forwarded', 200, `dispatched ${settings.eventType} to ${settings.repository}`, { ...ids, githubStatus });
        }
        finally {
            // Released on failure too, so Alma's retry (§10) can forward it.
            inFlight.delete(instanceId);
        }
    };
}
/** The dispatch sent (runner.md §8): GitHub's status and error message, or why there is none. */
async function dispatchToGitHub(settings, dispatch) {
    let github;
    try {
        github = await fetch(settings.dispatchUrl, {
            method: 'POST',
            headers: {
                Authorization: `Bearer ${settings.githubToken}`,
                Accept: 'application/vnd.github+json',
                'X-GitHub-Api-Version': GITHUB_API_VERSION,
                'User-Agent': 'almajob-relay',
                'Content-Type': 'application/json'
            },
            body: dispatch,
            redirect: 'error',
            signal: AbortSignal.timeout(settings.timeoutMs)
        });
    }
    catch (error) {
        const late = error instanceof Error && error.name === 'TimeoutError';
        return { error: late ? `GitHub did not answer within ${settings.timeoutMs} ms` : 'GitHub could not be reached' };
    }
    if (github.status >= 200 && github.status <= 299) {
        await github.body?.cancel().catch(() => undefined);
        return { status: github.status };
    }
    const message = await errorMessage(github, settings.githubToken);
    return { status: github.status, ...(message !== undefined && { message }) };
}
/** What GitHub's refusal means, in terms of what to fix (runner.md §8). */
function refusalReason(status, repository) {
    switch (status) {
        case 401:
            return `GitHub refused the token (401): it is wrong or expired; give the relay a token with Contents: read and write on ${repository}`;
        case 403:
            return `GitHub refused the token (403): it may not dispatch to ${repository}; it needs Contents: read and write there`;
        case 404:
            return `GitHub answered 404: the token cannot see ${repository}; check the repository's name and the token's repository access`;
        case 422:
            return `GitHub refused the dispatch as invalid (422)`;
        default:
            return `GitHub refused the dispatch (${status})`;
    }
}
/** The `message` of GitHub's JSON error (runner.md §8), safe to log; undefined when there is none. */
async function errorMessage(github, token) {
    let message;
    try {
        const text = await boundedText(github, GITHUB_ERROR_BYTES);
        message = text === undefined ? undefined : JSON.parse(text)?.message;
    }
    catch {
        return undefined;
    }
    if (typeof message !== 'string' || message.trim() === '')
        return undefined;
    // Scrubbed before it is cut: a cut token is still a token.
    return (0,alma_text/* clip */.$)(printable((0,errors/* redact */.E$)(message, [token])), GITHUB_MESSAGE_CHARS);
}
/** The largest of h, min, s, ms that measures `ms` whole, for a reason's wording. */
function spanUnit(ms) {
    if (ms % 3_600_000 === 0)
        return [3_600_000, 'h'];
    if (ms % 60_000 === 0)
        return [60_000, 'min'];
    if (ms % 1_000 === 0)
        return [1_000, 's'];
    return [1, 'ms'];
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/relay/serve.ts
// The relay on node:http for those who host it themselves (behind an HTTPS proxy: Alma calls
// only HTTPS URLs, alma-api.md §10). Each request becomes a Fetch Request, read to a bound.



/** How long a request may take to arrive whole: Alma sends a few KB and gives up after 5 s (§10). */
const REQUEST_TIMEOUT_MS = 10_000;
const HEADERS_TIMEOUT_MS = 5_000;
/** How often the two timeouts above are checked; Node's default of 30 s would let a slow sender hold on. */
const TIMEOUT_CHECK_MS = 1_000;
/**
 * Connections open at once; one more is closed unanswered. Alma sends one POST per job that ends
 * and counts a try without an answer as failed, to retry later (§10), so this only stops a flood
 * of slow connections from holding the process's memory and sockets.
 */
const RELAY_MAX_CONNECTIONS = 64;
const FETCH_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
async function serveRelay(options) {
    const { port, host = '127.0.0.1', ...relayOptions } = options;
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new errors/* ConfigError */.xL('relay port must be a whole number from 0 to 65535');
    if (typeof host !== 'string' || !/^[A-Za-z0-9.:-]{1,253}$/.test(host))
        throw new errors/* ConfigError */.xL('relay host must be an IP address or host name');
    const relay = createWebhookRelay(relayOptions);
    let origin = '';
    const server = (0,external_node_http_namespaceObject.createServer)({ connectionsCheckingInterval: TIMEOUT_CHECK_MS }, (req, res) => {
        handle(req, res).catch(() => {
            if (res.headersSent)
                return void res.destroy();
            res
                .writeHead(500, { 'Content-Type': 'application/json', Connection: 'close' })
                .end('{"result":"failed","reason":"relay error"}');
        });
    });
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    server.maxConnections = RELAY_MAX_CONNECTIONS;
    async function handle(req, res) {
        const method = req.method ?? 'GET';
        // A Fetch Request cannot hold CONNECT or TRACE; the relay would refuse them anyway.
        if (!FETCH_METHODS.has(method)) {
            res.writeHead(405, { 'Content-Type': 'application/json', Allow: 'GET, POST', Connection: 'close' });
            return void res.end('{"result":"refused","reason":"only GET (the challenge) and POST (events) are answered"}');
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
            if (value === undefined)
                continue;
            for (const one of Array.isArray(value) ? value : [value])
                headers.append(name, one);
        }
        // The path and query as sent, on our own origin: the Host header is the caller's text.
        const url = new URL(req.url ?? '/', origin);
        const { body, whole } = method === 'GET' || method === 'HEAD' ? { body: undefined, whole: true } : await readBounded(req);
        const answer = await relay(new Request(url, { method, headers, body }));
        const text = await answer.text();
        const out = Object.fromEntries(answer.headers);
        // A body left unread must not be taken for the next request on this connection.
        if (!whole)
            out.connection = 'close';
        res.writeHead(answer.status, out).end(text, () => {
            if (!whole)
                req.socket.destroy();
        });
    }
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
    });
    const address = server.address();
    if (address === null || typeof address === 'string')
        throw new Error('the relay did not bind a TCP port');
    origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    return {
        url: origin,
        port: address.port,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        })
    };
}
/**
 * The request body, at most one byte past the relay's cap (enough for it to answer 413); the
 * rest is not read. `whole` tells whether the body ended within that.
 */
function readBounded(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size <= RELAY_MAX_BODY_BYTES)
                return;
            req.off('data', onData).off('end', onEnd).off('error', reject).pause();
            resolve({ body: Buffer.concat(chunks).subarray(0, RELAY_MAX_BODY_BYTES + 1), whole: false });
        };
        const onEnd = () => resolve({ body: Buffer.concat(chunks), whole: true });
        req.on('data', onData).once('end', onEnd).once('error', reject);
    });
}

;// CONCATENATED MODULE: ./src/relay/index.ts
// The webhook relay from Alma to GitHub (alma-api.md §10, runner.md §8): the Fetch handler,
// and a node:http server around it for those who host it themselves.




/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(704);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__AlmaClient = __webpack_exports__.pg;
/******/ var __webpack_exports__AlmaError = __webpack_exports__.ak;
/******/ var __webpack_exports__BodyParseError = __webpack_exports__.s6;
/******/ var __webpack_exports__ConfigError = __webpack_exports__.xL;
/******/ var __webpack_exports__DEFAULT_EVENT_TYPE = __webpack_exports__.iX;
/******/ var __webpack_exports__DEFAULT_GITHUB_API_URL = __webpack_exports__.xw;
/******/ var __webpack_exports__DEFAULT_GITHUB_TIMEOUT_MS = __webpack_exports__.rJ;
/******/ var __webpack_exports__DEFAULT_LIST_CONCURRENCY = __webpack_exports__.$2;
/******/ var __webpack_exports__DEFAULT_MAX_EVENT_AGE_MS = __webpack_exports__.nf;
/******/ var __webpack_exports__DEFAULT_QUOTA_WARN_BELOW = __webpack_exports__.KK;
/******/ var __webpack_exports__DEFAULT_RATE_LIMIT_BUDGET_MS = __webpack_exports__.e6;
/******/ var __webpack_exports__DEFAULT_REQUESTS_PER_SECOND = __webpack_exports__.Yc;
/******/ var __webpack_exports__JOB_TYPES = __webpack_exports__.MA;
/******/ var __webpack_exports__MAX_BODY_BYTES = __webpack_exports__.YK;
/******/ var __webpack_exports__MAX_PAGES = __webpack_exports__.Y0;
/******/ var __webpack_exports__MAX_WEBHOOK_BODY_BYTES = __webpack_exports__.WU;
/******/ var __webpack_exports__REGIONS = __webpack_exports__.ij;
/******/ var __webpack_exports__RELAY_MAX_BODY_BYTES = __webpack_exports__.i0;
/******/ var __webpack_exports__RELAY_MAX_CONNECTIONS = __webpack_exports__.p_;
/******/ var __webpack_exports__RETRY_AFTER_CAP_MS = __webpack_exports__._Y;
/******/ var __webpack_exports__STATUS_DESCRIPTIONS = __webpack_exports__.fQ;
/******/ var __webpack_exports__abortableSleep = __webpack_exports__.Mf;
/******/ var __webpack_exports__answerChallenge = __webpack_exports__.I9;
/******/ var __webpack_exports__classifyStatus = __webpack_exports__.xo;
/******/ var __webpack_exports__counterValue = __webpack_exports__.mM;
/******/ var __webpack_exports__createWebhookRelay = __webpack_exports__.VX;
/******/ var __webpack_exports__failureCounters = __webpack_exports__.QB;
/******/ var __webpack_exports__isExLibrisHost = __webpack_exports__.Zo;
/******/ var __webpack_exports__isJobEndAction = __webpack_exports__.$w;
/******/ var __webpack_exports__isJobId = __webpack_exports__.dW;
/******/ var __webpack_exports__nextPollDelay = __webpack_exports__.qC;
/******/ var __webpack_exports__parseParameters = __webpack_exports__._A;
/******/ var __webpack_exports__parseWebhookEvent = __webpack_exports__.Rl;
/******/ var __webpack_exports__resolveBaseUrl = __webpack_exports__.xj;
/******/ var __webpack_exports__runRequestBody = __webpack_exports__.vS;
/******/ var __webpack_exports__serveRelay = __webpack_exports__.vV;
/******/ var __webpack_exports__verifyWebhookSignature = __webpack_exports__.t6;
/******/ var __webpack_exports__waitForInstance = __webpack_exports__.WM;
/******/ export { __webpack_exports__AlmaClient as AlmaClient, __webpack_exports__AlmaError as AlmaError, __webpack_exports__BodyParseError as BodyParseError, __webpack_exports__ConfigError as ConfigError, __webpack_exports__DEFAULT_EVENT_TYPE as DEFAULT_EVENT_TYPE, __webpack_exports__DEFAULT_GITHUB_API_URL as DEFAULT_GITHUB_API_URL, __webpack_exports__DEFAULT_GITHUB_TIMEOUT_MS as DEFAULT_GITHUB_TIMEOUT_MS, __webpack_exports__DEFAULT_LIST_CONCURRENCY as DEFAULT_LIST_CONCURRENCY, __webpack_exports__DEFAULT_MAX_EVENT_AGE_MS as DEFAULT_MAX_EVENT_AGE_MS, __webpack_exports__DEFAULT_QUOTA_WARN_BELOW as DEFAULT_QUOTA_WARN_BELOW, __webpack_exports__DEFAULT_RATE_LIMIT_BUDGET_MS as DEFAULT_RATE_LIMIT_BUDGET_MS, __webpack_exports__DEFAULT_REQUESTS_PER_SECOND as DEFAULT_REQUESTS_PER_SECOND, __webpack_exports__JOB_TYPES as JOB_TYPES, __webpack_exports__MAX_BODY_BYTES as MAX_BODY_BYTES, __webpack_exports__MAX_PAGES as MAX_PAGES, __webpack_exports__MAX_WEBHOOK_BODY_BYTES as MAX_WEBHOOK_BODY_BYTES, __webpack_exports__REGIONS as REGIONS, __webpack_exports__RELAY_MAX_BODY_BYTES as RELAY_MAX_BODY_BYTES, __webpack_exports__RELAY_MAX_CONNECTIONS as RELAY_MAX_CONNECTIONS, __webpack_exports__RETRY_AFTER_CAP_MS as RETRY_AFTER_CAP_MS, __webpack_exports__STATUS_DESCRIPTIONS as STATUS_DESCRIPTIONS, __webpack_exports__abortableSleep as abortableSleep, __webpack_exports__answerChallenge as answerChallenge, __webpack_exports__classifyStatus as classifyStatus, __webpack_exports__counterValue as counterValue, __webpack_exports__createWebhookRelay as createWebhookRelay, __webpack_exports__failureCounters as failureCounters, __webpack_exports__isExLibrisHost as isExLibrisHost, __webpack_exports__isJobEndAction as isJobEndAction, __webpack_exports__isJobId as isJobId, __webpack_exports__nextPollDelay as nextPollDelay, __webpack_exports__parseParameters as parseParameters, __webpack_exports__parseWebhookEvent as parseWebhookEvent, __webpack_exports__resolveBaseUrl as resolveBaseUrl, __webpack_exports__runRequestBody as runRequestBody, __webpack_exports__serveRelay as serveRelay, __webpack_exports__verifyWebhookSignature as verifyWebhookSignature, __webpack_exports__waitForInstance as waitForInstance };
/******/ 
