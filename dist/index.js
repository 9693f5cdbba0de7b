import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5388);
// The action's entry point (runs.main → dist/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(3838);
;// CONCATENATED MODULE: ./src/alma/errors.ts
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
/** 402222 and 402223 ("Execution threshold reached"): both rules, since the code does not say which (§5). */
const EXECUTION_THRESHOLD = 'Alma runs a job from the API only while at most 3 API-started jobs are running and at most 5 times per hour per job; ' +
    'this refusal does not say which; the run was not started, try again when a run has finished or later in the hour';
/** What to do about a code, in the user's terms (§5 job error codes, §6 limits). */
const HINTS = {
    UNAUTHORIZED: () => 'the key needs Configuration read/write for this environment',
    FORBIDDEN: () => 'the key needs Configuration read/write for this environment',
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
        const text = (almaMessage || DEFAULT_TEXTS[body.code] || `HTTP ${status}`).replace(/[.\s]+$/, '');
        const hint = HINTS[body.code]?.(ctx);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(6607);
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

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __nccwpck_require__(1143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __nccwpck_require__(5824);
;// CONCATENATED MODULE: ./src/alma/text.ts
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

;// CONCATENATED MODULE: ./src/alma/parse.ts
// Alma bodies (XML or JSON) → the shapes of types.ts (alma-api.md §3, §5, §7).
// XML is first turned into the tree JSON would have given (attributes and text become
// plain keys, §7.3), so one set of mappers serves both formats.


/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
class BodyParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BodyParseError';
    }
}
/** Deeper than any Alma answer (an instance's counter type is 4 levels down): not Alma's. */
const MAX_DEPTH = 64;
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
const xmlParser = new XMLParser/* default */.A({
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
        throw new BodyParseError(`neither XML nor JSON (Content-Type ${clip(contentType ?? 'missing', ID_CHARS)})`);
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
            throw new BodyParseError(`nested deeper than ${MAX_DEPTH} levels`);
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
        const valid = fxp/* XMLValidator */.iI.validate(xml);
        if (valid !== true)
            throw new BodyParseError(`malformed XML: ${clip(valid.err.msg, PROBLEM_CHARS)} (line ${valid.err.line})`);
        doc = xmlParser.parse(xml);
    }
    catch (error) {
        // The parser's own limits (nesting, entities) throw plain Errors.
        if (error instanceof BodyParseError)
            throw error;
        throw new BodyParseError(`malformed XML: ${clip(String(error?.message ?? error), PROBLEM_CHARS)}`);
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
function parseJson(text) {
    let value;
    try {
        // §7.4: a number too big to be exact (an id sent unquoted) keeps its source digits.
        value = JSON.parse(text, (_key, parsed, context) => typeof parsed === 'number' && !Number.isSafeInteger(parsed) && context?.source && /^-?\d+$/.test(context.source)
            ? context.source
            : parsed);
    }
    catch (error) {
        // V8's messages may quote the body; the reviver's recursion overflows on deep nesting.
        throw new BodyParseError(`malformed JSON: ${clip(String(error?.message ?? error), PROBLEM_CHARS)}`);
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
function parse_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (isTree(value))
        return parse_text(value.value);
    return undefined;
}
function codeValue(value) {
    if (value === undefined || value === null)
        return undefined;
    if (!isTree(value)) {
        const plain = parse_text(value);
        return plain === undefined ? undefined : { value: plain };
    }
    const desc = parse_text(value.desc);
    return { value: parse_text(value.value) ?? '', ...(desc !== undefined && { desc }) };
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
    const found = parse_text(value);
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
        throw new BodyParseError(`skipped a job whose id "${clip(job.id, ID_CHARS)}" is no job id`);
    return job;
}
// ---- objects ----------------------------------------------------------------------------
function toJob(value) {
    const node = tree(value, 'a job');
    const profile = node.related_profile;
    return compact({
        id: required(node.id, 'job id'),
        name: parse_text(node.name) ?? '',
        description: parse_text(node.description),
        type: codeValue(node.type),
        category: codeValue(node.category),
        content: codeValue(node.content),
        schedule: codeValue(node.schedule),
        creator: parse_text(node.creator),
        nextRun: parse_text(node.next_run),
        parameters: listOf(node, 'parameter', 'parameters').map(toParameter),
        relatedProfile: profile === undefined
            ? undefined
            : compact({ value: parse_text(profile) ?? '', link: isTree(profile) ? parse_text(profile.link) : undefined }),
        link: parse_text(node.link)
    });
}
function toParameter(value) {
    const node = tree(value, 'a parameter');
    return { name: required(node.name, 'parameter name'), value: parse_text(node.value) ?? '' };
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
        throw new BodyParseError(`instance id "${clip(id, ID_CHARS)}" is not all digits`);
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
    if (notes) {
        notes.push(...left.slice(0, MAX_NOTES_PER_INSTANCE));
        if (left.length > MAX_NOTES_PER_INSTANCE) {
            notes.push(`${left.length - MAX_NOTES_PER_INSTANCE} more malformed alerts, counters or actions of instance ${id}`);
        }
    }
    return compact({
        id,
        externalId: parse_text(node.external_id),
        name: parse_text(node.name),
        link: parse_text(node.link),
        submittedBy: codeValue(node.submitted_by),
        submitTime: parse_text(node.submit_time),
        startTime: parse_text(node.start_time),
        endTime: parse_text(node.end_time),
        progress: numberOf(node.progress),
        status,
        statusDate: parse_text(node.status_date),
        alerts,
        counters,
        actions,
        jobInfo: info &&
            compact({
                id: parse_text(info.id),
                name: parse_text(info.name),
                description: parse_text(info.description),
                type: codeValue(info.type),
                category: codeValue(info.category),
                link: parse_text(info.link)
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
    return { type, value: parse_text(value.value) ?? '' };
}
/** Any object is an action (§3.4: all its fields are optional); `"string"` is not. */
function toAction(node) {
    if (!isTree(node))
        return `${kindOf(node)}, not an action`;
    return compact({
        link: parse_text(node.link),
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
            description: parse_text(row.description) ?? '',
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
        id: parse_text(node.id),
        action: parse_text(node.action),
        time: parse_text(node.time),
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
    const link = isTree(info) ? parse_text(info.link) : undefined;
    const message = parse_text(info);
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
        throw new BodyParseError(`additional_info's ${where} names instance "${clip(id, ID_CHARS)}", which is not all digits`);
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
    return { source: 'text', message: clip(trimmed, 300) };
}
function almaErrorFrom(data) {
    // §5: JSON may arrive wrapped in web_service_result; the XML root already is it.
    const result = isTree(data.web_service_result) ? data.web_service_result : data;
    const list = result.errorList;
    const errors = (isTree(list) ? asArray(list.error) : []).filter(isTree);
    if (errors.length === 0)
        return undefined;
    const [first, ...others] = errors.map((error) => ({
        code: parse_text(error.errorCode)?.trim(),
        message: parse_text(error.errorMessage)?.trim(),
        trackingId: parse_text(error.trackingId)?.trim()
    }));
    const message = [first.message, ...others.map((o) => o.message)].filter(Boolean).join('; ');
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
    const headline = match && clip(match[1].replace(/<[^>]*>/g, ''), 200);
    return headline || undefined;
}

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
class AlmaTransport {
    opts;
    deadlines = new DeadlineHandler();
    pacer;
    /** GETs share pooled connections. */
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
        const common = {
            allowRetries: false, // retries are ours: http-client would also replay on its own terms
            allowRedirects: false, // §7.13: the key must never follow a link to another host
            socketTimeout: opts.requestTimeoutMs + 1000 // our deadline fires first
        };
        this.reads = new lib/* HttpClient */.Qq('almajob', [this.deadlines], { ...common, keepAlive: true });
        this.writes = new lib/* HttpClient */.Qq('almajob', [this.deadlines], { ...common, keepAlive: false });
        this.secrets = [opts.apiKey];
        this.scrubber = new KeyScrubber(this.secrets);
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
        if (signal?.aborted)
            throw cancelled(method, path);
        const started = performance.now();
        let status;
        try {
            const answer = await this.send(method, path, body, call.abortInFlight ? signal : undefined);
            status = answer.status;
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
        this.reads.dispose();
        this.writes.dispose();
    }
    judge(answer, ctx) {
        const { status, contentType } = answer;
        // Scrubbed before anything reads it: parsers quote bodies in their errors, and messages cut them.
        const text = this.redact(answer.body);
        if (status >= 200 && status < 300) {
            try {
                return { ok: true, body: parseBody(text, contentType, (value) => this.redact(value)) };
            }
            catch (error) {
                if (!(error instanceof BodyParseError))
                    throw error;
                // A cut-off 200 is worth another GET; for the run POST it means "outcome unknown".
                // No `cause`: the parser's message may quote the body.
                const message = this.redact(`Unreadable answer from Alma on ${ctx.method} ${ctx.path} (HTTP ${status}): ${error.message}`);
                return {
                    ok: false,
                    verdict: 'transient',
                    reason: `unreadable HTTP ${status} body`,
                    error: new AlmaError(message, { kind: 'parse', status })
                };
            }
        }
        const errorBody = parseErrorBody(text, contentType);
        const error = errorFromAnswer(status, errorBody, ctx, this.secrets);
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
                error: new AlmaError(message, { kind: 'too-large', status: failure.status })
            };
        }
        const message = this.redact(failure.kind === 'timeout'
            ? `No complete answer from Alma within ${seconds(this.opts.requestTimeoutMs)} on ${ctx.method} ${ctx.path}`
            : `Network error on ${ctx.method} ${ctx.path}: ${failure.message}`);
        return {
            ok: false,
            verdict: failedBeforeSending(failure.code) ? 'not-processed' : 'transient',
            reason: failure.kind === 'timeout' ? 'timeout' : (failure.code ?? 'network error'),
            error: new AlmaError(message, { kind: failure.kind, code: failure.code, cause: failure.original })
        };
    }
    async send(method, path, body, cancel) {
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
            const client = method === 'GET' ? this.reads : this.writes;
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
    return new AlmaError(`Cancelled: ${method} ${path} was stopped before Alma answered`, { kind: 'cancelled', sent: false });
}
function seconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function gaveUp(error, attempts, over) {
    return new AlmaError(`${error.message} (gave up after ${attempts} attempts${over ? ` in ${over}` : ''})`, {
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
    return new AlmaError(`More than ${(MAX_PAGES * step).toLocaleString('en')} ${what} in the list: stopped after ${MAX_PAGES} pages; ${said}`, { kind: 'too-large' });
}

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
            throw new ConfigError(`${name}: a parameter has an empty name`);
        if (seen.has(parameter.name)) {
            throw new ConfigError(`${name}: '${clip(parameter.name, QUOTED_CHARS)}' is given twice; give each parameter once`);
        }
        seen.add(parameter.name);
    }
    return parameters;
}
const parameters_xmlParser = new XMLParser/* default */.A({
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
    const valid = fxp/* XMLValidator */.iI.validate(body);
    if (valid !== true) {
        throw new ConfigError(`${name}: the XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}: ${xmlProblem(valid.err.msg)})`);
    }
    // The wizard never sends a DTD; refusing one rules out entity expansion tricks.
    if (/<!DOCTYPE/i.test(body))
        throw new ConfigError(`${name}: XML with a <!DOCTYPE> is not accepted; paste the <job> body only`);
    let doc;
    try {
        doc = parameters_xmlParser.parse(body);
    }
    catch (error) {
        // The parser's own limits (e.g. nesting) throw plain Errors.
        throw new ConfigError(`${name}: the XML could not be read (${clip(String(error?.message ?? error), QUOTED_CHARS)})`);
    }
    const rootName = Object.keys(doc)[0];
    if (rootName !== 'job' || Object.keys(doc).length !== 1) {
        throw new ConfigError(`${name}: XML root is <${rootName ?? ''}>; expected <job><parameters><parameter>… as in Alma's "API information"`);
    }
    const job = doc.job;
    if (job === '' || job === undefined)
        return []; // <job/>
    if (!isRecord(job))
        throw new ConfigError(`${name}: <job> must hold <parameters>, not text`);
    const lists = (job.parameters ?? []);
    const parameters = [];
    for (const list of lists) {
        if (list === '')
            continue; // <parameters/>
        if (!isRecord(list))
            throw new ConfigError(`${name}: <parameters> must hold <parameter> elements, not text`);
        for (const item of (list.parameter ?? [])) {
            const position = `<parameter> number ${parameters.length + 1}`;
            if (!isRecord(item))
                throw new ConfigError(`${name}: ${position} must hold <name> and <value>`);
            if (typeof item.name !== 'string')
                throw new ConfigError(`${name}: ${position} needs one <name> with text`);
            if (typeof item.value !== 'string') {
                throw new ConfigError(`${name}: parameter '${clip(item.name, QUOTED_CHARS)}' needs one <value> with text (<value/> for empty)`);
            }
            parameters.push({ name: item.name, value: item.value });
        }
    }
    return parameters;
}
function parseJsonParameters(body, name) {
    let doc;
    try {
        // Keep numbers as their source text (Node ≥ 22 reviver context): 9563643080000561 must stay exact.
        doc = JSON.parse(body, (_key, value, context) => typeof value === 'number' ? (context?.source ?? String(value)) : value);
    }
    catch (error) {
        throw new ConfigError(`${name}: not valid JSON (${error.message.split('\n')[0]})`);
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
                throw new ConfigError(`${name}: ${position} is not an object like {"name":{"value":"set_id"},"value":"…"}`);
            const paramName = isRecord(item.name) ? item.name.value : item.name;
            if (typeof paramName !== 'string')
                throw new ConfigError(`${name}: ${position} has no name; use {"name":{"value":"set_id"},"value":"…"}`);
            return { name: paramName, value: scalarText(item.value, paramName, name) };
        });
    }
    if (!isRecord(doc))
        throw new ConfigError(`${name}: JSON must be an object like {"set_id": "123"}`);
    return Object.entries(doc).map(([key, value]) => ({ name: key, value: scalarText(value, key, name) }));
}
function scalarText(value, paramName, name) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return String(value);
    throw new ConfigError(`${name}: the value of '${clip(paramName, QUOTED_CHARS)}' is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}; give text or a number`);
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
            throw new ConfigError(`${where}: indented lines (nested values) are not supported; write one 'name: value' a line`);
        if (/^-(\s|$)/.test(line))
            throw new ConfigError(`${where}: lists are not supported; write one 'name: value' a line`);
        const match = /^([A-Za-z0-9_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(line);
        if (!match)
            throw new ConfigError(`${where}: '${clip(line, QUOTED_CHARS)}' is not 'name: value'`);
        const key = match[1];
        const raw = (match[2] ?? '').trim();
        if (raw === '' || raw.startsWith('#')) {
            // `name:` followed by indented lines is a nested list or mapping in YAML.
            const next = lines.slice(index + 1).find((other) => !isBlank(other));
            if (next !== undefined && /^\s/.test(next)) {
                throw new ConfigError(`${where}: '${clip(key, QUOTED_CHARS)}' holds a nested list or mapping; only flat 'name: value' lines are supported`);
            }
            throw new ConfigError(`${where}: '${clip(key, QUOTED_CHARS)}' has no value; write ${key}: '' for an empty one`);
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
            throw new ConfigError(`${where}: unexpected text after the quoted value of '${clip(key, QUOTED_CHARS)}'`);
        }
        return value;
    }
    if ('[{'.includes(first))
        throw new ConfigError(`${where}: '${clip(key, QUOTED_CHARS)}' holds a list or mapping; only single values are supported`);
    if ('|>'.includes(first))
        throw new ConfigError(`${where}: block scalars (| or >) are not supported; quote the value on one line`);
    if ('&*!@`%'.includes(first)) {
        throw new ConfigError(`${where}: a value starting with '${first}' must be quoted in YAML; write ${key}: "${clip(text, QUOTED_CHARS)}"`);
    }
    // ` #` starts a comment; `#` inside a word does not (YAML 1.2 plain scalars).
    const value = text.replace(/\s+#.*$/, '').trimEnd();
    if (/:(\s|$)/.test(value)) {
        throw new ConfigError(`${where}: the value of '${clip(key, QUOTED_CHARS)}' contains ': '; quote it: ${key}: "${clip(value, QUOTED_CHARS)}"`);
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
                throw new ConfigError(`${where}: bad \\${escape} escape in a quoted value`);
            value += String.fromCodePoint(parseInt(hex, 16));
            i += hexLength;
        }
        else if (escape !== undefined && escape in YAML_ESCAPES) {
            value += YAML_ESCAPES[escape];
        }
        else {
            throw new ConfigError(`${where}: unknown escape '\\${escape ?? ''}' in a double-quoted value`);
        }
    }
    throw new ConfigError(`${where}: the double-quoted value has no closing '"' on this line`);
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
    throw new ConfigError(`${where}: the single-quoted value has no closing "'" on this line`);
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
            throw new AlmaError(`${given.message}; the job was not started`, {
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
    return error instanceof AlmaError && error.kind === 'cancelled';
}
/** No POST was sent, or Alma refused every one (429, connection refused): nothing was started. */
function notStarted(jobId, refusal) {
    const why = refusal ? ` (Alma had refused it: ${refusal})` : '';
    return new AlmaError(`Cancelled before the run of job ${jobId} was sent${why}: the job was not started`, {
        kind: 'cancelled',
        sent: false
    });
}
/** A 200 whose body is malformed (BodyParseError) is a lost answer: Alma took the run. */
async function fromAnswer(deps, body, jobId, startedAt) {
    let answer;
    try {
        answer = toRunResponse(body, jobId);
    }
    catch (error) {
        if (!(error instanceof BodyParseError))
            throw error;
        const malformed = new AlmaError(deps.transport.redact(`Malformed answer to the run of job ${jobId}: ${error.message}`), {
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
    return new AlmaError(`Alma accepted the run of job ${jobId} but its answer names no instance (${detail}); find the run in Alma under Admin > Monitor Jobs`, { kind: 'parse', status: 200 });
}
async function reconcile(deps, jobId, startedAt, cause) {
    const { signal } = deps;
    const since = startedAt - CLOCK_SKEW_MS;
    const sinceIso = new Date(since).toISOString();
    // Whether Alma reads submit_date_from in UTC or the institution's time zone is not documented:
    // ask from the day before, and apply the exact cut-off to submit_time below.
    const filter = { from: new Date(since - 86_400_000).toISOString().slice(0, 10) };
    const check = `check in Alma (Admin > Monitor Jobs) or with the \`instances\` command for job ${jobId} since ${sinceIso}`;
    const stopped = () => new AlmaError(`Cancelled while looking for the run of job ${jobId}, whose answer was lost (${cause.message}): ` +
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
    throw new AlmaError(`The run of job ${jobId} got no usable answer (${cause.message}): the job may or may not have started, ` +
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
        if (!isInstanceId(instance.id))
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
    return new AlmaError(`The run of job ${jobId} got no usable answer (${cause.message}), and ${candidates.length} instances were ` +
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
        throw new ConfigError('The Alma API key is empty');
    if (!/^[\x21-\x7e]+$/.test(apiKey)) {
        throw new ConfigError('The Alma API key has a space, a line break or a character outside printable ASCII; copy it again ' +
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
            return this.getMapped(path, {}, (body) => this.noteSkipped(path, toJobPage(body)), options);
        }, (job) => job.id, this.listConcurrency, 'jobs');
    }
    async getJob(jobId, options) {
        return this.getMapped(`/conf/jobs/${encodeURIComponent(jobId)}`, { jobId }, (body) => toJob(body.data), options);
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
    /** Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2); a malformed run is left out. */
    async listInstances(jobId, filter = {}, options) {
        const base = `/conf/jobs/${encodeURIComponent(jobId)}/instances`;
        return fetchAllPages((offset, limit) => {
            const query = { limit, offset, submit_date_from: filter.from, submit_date_to: filter.to, status: filter.status };
            const path = withQuery(base, query);
            return this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, toInstancePage(body)), options);
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
            const instance = toInstance(body.data, notes);
            this.noteSkipped(path, { total: undefined, items: [], notes });
            return instance;
        }, options);
    }
    async getStatusTable(options) {
        return this.getMapped('/conf/code-tables/systemJobStatus', {}, toStatusTable, options);
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
            if (error instanceof AlmaError)
                throw error;
            const detail = error instanceof BodyParseError ? error.message : clip(String(error?.message ?? error), 160);
            throw new AlmaError(this.transport.redact(`Unexpected answer from Alma on GET ${path}: ${detail}`), {
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
        throw new ConfigError(`No Alma region or base URL given (allowed: ${ALLOWED})`);
    if (!REGIONS.includes(region)) {
        throw new ConfigError(`Unknown Alma region "${opts.region}" (allowed: ${ALLOWED})`);
    }
    return regionBaseUrl(region);
}
function checkedBaseUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ConfigError(`Alma base URL "${text}" is not a URL (allowed: ${ALLOWED})`);
    }
    // Never echo a URL that might carry credentials or an apikey query (§1: key in the header only).
    if (url.username || url.password || url.search || url.hash) {
        throw new ConfigError(`Alma base URL must not contain credentials, a query or a fragment (pass the key separately; allowed: ${ALLOWED})`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new ConfigError(`Alma base URL uses plain http:// to ${url.hostname} (allowed: https://, or http:// only to 127.0.0.0/8, localhost or [::1])`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ConfigError(`Alma base URL has protocol ${url.protocol} (allowed: https://)`);
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



/** The gap grows by this share of the time already waited: 1 s, 1.3 s, 1.7 s, … up to the max. */
const GROWTH_PER_ELAPSED = 0.3;
/** Queued runs rarely start within a second; check them a little less often. */
const QUEUED_SLOWDOWN = 1.5;
/** Near the end (FINALIZING, 100 %, or an ETA inside the next gap) wait only this share of the usual gap. */
const NEAR_END_SHARE = 0.25;
/** Land a little after the ETA rather than just before it, which would cost an extra poll. */
const ETA_MARGIN = 1.1;
/**
 * How long to sleep before the next poll. Quick at first, growing with the time
 * waited up to `maxPollIntervalMs`; never below `pollIntervalMs` (the user's floor
 * on quota use), never past the deadline (the last gap ends exactly on it).
 */
function nextPollDelay(state, opts) {
    const remainingMs = opts.timeoutMs - state.elapsedMs;
    if (remainingMs <= 0)
        return 0;
    const floorMs = Math.max(1, opts.pollIntervalMs);
    const ceilingMs = Math.max(floorMs, opts.maxPollIntervalMs);
    const usualMs = Math.min(ceilingMs, floorMs + GROWTH_PER_ELAPSED * Math.max(0, state.elapsedMs));
    const nearEndMs = Math.max(floorMs, usualMs * NEAR_END_SHARE);
    let delayMs = usualMs;
    const progress = state.progress;
    switch (state.status) {
        case 'QUEUED':
        case 'PENDING':
            delayMs = Math.min(ceilingMs, usualMs * QUEUED_SLOWDOWN);
            break;
        case 'FINALIZING':
            delayMs = nearEndMs;
            break;
        case 'RUNNING':
            if (progress !== undefined && Number.isFinite(progress) && progress > 0) {
                if (progress >= 100) {
                    delayMs = nearEndMs;
                }
                else {
                    // Progress measured from the start of the wait: with time spent queued this
                    // overestimates the rest, which errs towards fewer polls, not more.
                    const etaMs = (state.elapsedMs * (100 - progress)) / progress;
                    const targetMs = etaMs * ETA_MARGIN + floorMs / 2;
                    // A floor of a quarter gap: progress often sits at 99 % for a while (§7.14).
                    if (targetMs < usualMs)
                        delayMs = Math.max(nearEndMs, targetMs);
                }
            }
            break;
    }
    return Math.min(Math.round(delayMs), remainingMs);
}
/**
 * Replays the schedule against a timeline without sleeping: poll at 0, then after
 * each `nextPollDelay`, until a terminal status (classifyStatus) or the deadline.
 */
function simulatePolls(timeline, endMs, opts) {
    const gaps = [];
    let elapsedMs = 0;
    let polls = 0;
    for (;;) {
        const point = timeline(elapsedMs);
        polls++;
        if (classifyStatus(point.status).terminal) {
            return { polls, lateMs: elapsedMs - endMs, gaps, lastPollMs: elapsedMs };
        }
        const delayMs = nextPollDelay({ elapsedMs, status: point.status, progress: point.progress }, opts);
        if (delayMs <= 0)
            return { polls, lateMs: undefined, gaps, lastPollMs: elapsedMs };
        gaps.push(delayMs);
        elapsedMs += delayMs;
    }
}

/** §7.12: a just-submitted instance may be unknown for a few seconds. */
const UNKNOWN_INSTANCE_CODE = '402218';
const DEFAULT_UNKNOWN_INSTANCE_GRACE_MS = 30_000;
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
    let last;
    let polls = 0;
    let deadlinePoll = false;
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
        const remainingMs = opts.timeoutMs - elapsedMs;
        if (remainingMs <= 0)
            return result('timeout');
        const delayMs = nextPollDelay(
        // Before the first answer (a 402218), treat the run as queued (§7.12).
        { elapsedMs, status: last?.status.value ?? 'QUEUED', progress: last?.progress }, opts);
        // The gap that ends on the deadline is followed by one last poll, then the timeout.
        deadlinePoll = delayMs >= remainingMs;
        if (opts.signal?.aborted)
            return result('cancelled');
        const slept = await untilAborted(sleep(delayMs, opts.signal), opts.signal);
        if (slept === ABORTED)
            return result('cancelled');
    }
}
const DEADLINE = Symbol('deadline');
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
        if (error instanceof AlmaError)
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

;// CONCATENATED MODULE: ./src/alma/index.ts
// The Alma client's public surface; also the library entry point.


// The limits on what the client reads and how long it retries (untrusted answers).







// Waiting for an instance to end, with the action's adaptive poll schedule.


// The "Run a job" wizard's API information (XML), Alma's JSON body, or name: value lines ⇄ parameters.


;// CONCATENATED MODULE: ./src/settings.ts
// What a command needs, by command, and the one validator both shells read into it. A shell
// (action inputs; CLI flags, environment and almajob.ini) hands over the text the user typed
// and how to name each field in its own words; every problem is one SettingError naming it.




const COMMANDS = ['list', 'run', 'status', 'instances', 'check'];
const ENVIRONMENTS = ['sandbox', 'production'];
const FAIL_ON = ['failure', 'warning', 'never'];
/** Defaults as a person types them: action.yml and --help show these very strings. */
const Defaults = {
    env: 'sandbox',
    region: 'na',
    timeout: '6h',
    pollInterval: '1s',
    maxPollInterval: '60s',
    failOn: 'failure',
    cacheTtl: '24h',
    since: '24h',
    stuckAfter: '12h',
    quotaWarnBelow: DEFAULT_QUOTA_WARN_BELOW
};
/** Where a key is looked for besides the shell's own input, by environment; the old script's names. */
const API_KEY_VARIABLES = {
    sandbox: 'ALMA_API_KEY_SANDBOX',
    production: 'ALMA_API_KEY_PRODUCTION'
};
/** A key for either environment, used when the environment's own variable is unset. */
const ANY_API_KEY_VARIABLE = 'ALMA_API_KEY';
/** A floor that keeps polling gentle on the institution's quota (runner.md §6). */
const MIN_POLL_INTERVAL_MS = 1000;
/**
 * Longest text a field takes. Real values are far shorter (job names are under 255
 * characters, the wizard's parameter XML a few KB); the caps keep a pasted file or a
 * runaway template from costing minutes of CPU in name suggestions or flooding the log.
 */
const MAX_FIELD_CHARS = {
    default: 2000,
    // One name a line for check; each name is held to MAX_JOB_CHARS.
    job: 65_536,
    instanceId: 30,
    parameters: 65_536,
    cacheDir: 4096,
    profileId: 30
};
/** Longest job name or id; Alma's names are under 255 characters. */
const MAX_JOB_CHARS = 1000;
/** Jobs one check may name; a check of a whole category uses a selection instead. */
const MAX_CHECKED_NAMES = 500;
/** How far back a check may look: Alma keeps job history for months, and each day costs pages. */
const MAX_SINCE_MS = 400 * 86_400_000;
/** Patterns a `fail-on-counter` may hold; a few are enough for any job's counters. */
const MAX_COUNTER_PATTERNS = 50;
/** A setting that cannot be used; `field` tells the shell which one (the CLI shows usage for a flag). */
class SettingError extends ConfigError {
    field;
    constructor(field, message) {
        super(message);
        this.name = 'SettingError';
        this.field = field;
    }
}
/**
 * Validates every setting once. `onSecret` gets the API key as soon as it is found, before
 * anything can print it (the action masks it).
 */
function readSettings(source, onSecret = () => { }) {
    const given = (field) => {
        const text = source.text(field)?.trim() ?? '';
        const max = MAX_FIELD_CHARS[field] ?? MAX_FIELD_CHARS.default;
        if (text.length > max) {
            throw new SettingError(field, `${source.label(field)}: ${text.length} characters is too long (at most ${max})`);
        }
        return text;
    };
    const fail = (field, problem) => {
        throw new SettingError(field, `${source.label(field)}: ${problem}`);
    };
    const parsed = (field, parse, fallback) => asSettingError(field, () => parse(source.label(field), given(field) || (fallback ?? '')));
    if (!given('command'))
        fail('command', `required; one of ${COMMANDS.join(', ')}`);
    const command = parsed('command', (name, text) => parseChoice(name, text, COMMANDS));
    const env = parsed('env', (name, text) => parseChoice(name, text, ENVIRONMENTS), Defaults.env);
    const keySource = source.apiKeys(env).find((candidate) => candidate.key?.trim());
    if (!keySource)
        throw new SettingError('apiKey', source.missingKey(env));
    const apiKey = keySource.key.trim();
    onSecret(apiKey);
    // Node refuses to send a header with a line break or a non-Latin-1 character; say so now, before a request.
    if (!/^[\x21-\x7e]{1,200}$/.test(apiKey)) {
        throw new SettingError('apiKey', `${keySource.label}: the API key must be printable ASCII without spaces or line breaks, at most 200 characters, as Ex Libris issues it; check its value`);
    }
    const common = {
        env,
        apiKey,
        apiKeyFrom: keySource.label,
        baseUrl: readBaseUrl(source, given),
        cache: {
            enabled: parsed('cache', parseBoolean, 'true'),
            ttlMs: parsed('cacheTtl', (name, text) => parseDuration(name, text, { allowZero: true }), Defaults.cacheTtl),
            forceRefresh: parsed('forceRefresh', parseBoolean, 'false'),
            dir: given('cacheDir') || defaultCacheDir(source.processEnv)
        },
        quotaWarnBelow: parsed('quotaWarnBelow', parseCount, String(Defaults.quotaWarnBelow))
    };
    const profileId = given('profileId') && parsed('profileId', parseProfileId);
    const type = given('type');
    const category = given('category');
    const selection = {
        ...(type && { type: parsed('type', (name, text) => parseChoice(name, text, JOB_TYPES)) }),
        ...(category && { category: parsed('category', parseCode) }),
        ...(profileId && { profileId })
    };
    if (command === 'list')
        return { command, ...common, filter: selection };
    const judge = {
        failOn: parsed('failOn', (name, text) => parseChoice(name, text, FAIL_ON), Defaults.failOn),
        failOnCounter: parsed('failOnCounter', parseCounterPatterns)
    };
    const names = given('job')
        .split(/\r?\n/)
        .map((name) => name.trim())
        .filter(Boolean);
    for (const name of names) {
        if (name.length > MAX_JOB_CHARS)
            fail('job', `${name.length} characters is too long (at most ${MAX_JOB_CHARS})`);
    }
    if (command === 'check') {
        const selected = Object.keys(selection).length > 0;
        if (!names.length && !selected) {
            fail('job', `required for ${source.label('command')} check; give job ids or exact names, one a line, or ${source.label('category')}, ${source.label('type')} or ${source.label('profileId')}`);
        }
        if (names.length > MAX_CHECKED_NAMES)
            fail('job', `${names.length} jobs; at most ${MAX_CHECKED_NAMES} (select a category instead)`);
        return {
            command,
            ...common,
            ...judge,
            jobs: [...new Set(names)],
            ...(selected && { selection }),
            sinceMs: parsed('since', parseSince, Defaults.since),
            stuckAfterMs: parsed('stuckAfter', parseDuration, Defaults.stuckAfter)
        };
    }
    if (names.length > 1)
        fail('job', `one job for ${source.label('command')} ${command}; ${names.length} were given, one a line`);
    const job = names[0] ?? '';
    const target = job ? { job, ...(profileId && { profileId }) } : profileId ? { profileId } : undefined;
    const jobHint = `give the job's exact name or its id (M…, S…)`;
    if (command === 'instances') {
        if (!target)
            fail('job', `required for ${source.label('command')} instances; ${jobHint}, or give ${source.label('profileId')}`);
        const dates = { from: given('from'), to: given('to') };
        const status = given('instanceStatus');
        return {
            command,
            ...common,
            ...target,
            filter: {
                ...(dates.from && { from: parsed('from', parseDate) }),
                ...(dates.to && { to: parsed('to', parseDate) }),
                ...(status && { status: parsed('instanceStatus', parseCode) })
            }
        };
    }
    // The wait's numbers are checked even without wait: a typo there is still a typo.
    const limits = readWait(source, parsed);
    const wait = parsed('wait', parseBoolean, 'false') ? limits : undefined;
    if (command === 'run') {
        if (!target)
            fail('job', `required for ${source.label('command')} run; ${jobHint}, or give ${source.label('profileId')}`);
        const waitForSlot = given('waitForSlot');
        return {
            command,
            ...common,
            ...target,
            ...judge,
            parameters: parsed('parameters', (name, text) => parseParameters(text, name)),
            wait,
            ...(waitForSlot && { waitForSlotMs: parsed('waitForSlot', parseDuration) })
        };
    }
    if (!job)
        fail('job', `required for ${source.label('command')} status; ${jobHint}`);
    const instanceId = given('instanceId');
    if (!instanceId)
        fail('instanceId', `required for ${source.label('command')} status; give the instance id a run printed`);
    if (!/^\d+$/.test(instanceId))
        fail('instanceId', `'${clip(instanceId, 40)}' is not an instance id; it is all digits, e.g. 9876543210000123`);
    return { command, ...common, ...judge, job, instanceId, wait };
}
function readWait(source, parsed) {
    const timeoutMs = parsed('timeout', parseDuration, Defaults.timeout);
    const pollIntervalMs = parsed('pollInterval', parseDuration, Defaults.pollInterval);
    const maxPollIntervalMs = parsed('maxPollInterval', parseDuration, Defaults.maxPollInterval);
    if (pollIntervalMs < MIN_POLL_INTERVAL_MS) {
        throw new SettingError('pollInterval', `${source.label('pollInterval')}: at least 1s, to spare the institution's API quota`);
    }
    if (maxPollIntervalMs < pollIntervalMs) {
        throw new SettingError('maxPollInterval', `${source.label('maxPollInterval')}: must be at least ${source.label('pollInterval')}`);
    }
    return { timeoutMs, pollIntervalMs, maxPollIntervalMs };
}
/** A base URL wins over a region; the message leads with the one the user has to fix. */
function readBaseUrl(source, given) {
    const baseUrl = given('baseUrl');
    const field = baseUrl ? 'baseUrl' : 'region';
    return asSettingError(field, () => {
        try {
            return resolveBaseUrl({ region: given('region') || Defaults.region, baseUrl: baseUrl || undefined });
        }
        catch (error) {
            if (error instanceof ConfigError)
                throw new ConfigError(`${source.label(field)}: ${error.message}`);
            throw error;
        }
    });
}
/** A ConfigError from a parser becomes the field's SettingError, message unchanged. */
function asSettingError(field, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof ConfigError && !(error instanceof SettingError))
            throw new SettingError(field, error.message);
        throw error;
    }
}
/** `$XDG_CACHE_HOME/almajob`, else `~/.cache/almajob`: where the old script's 24-hour file lived, properly. */
function defaultCacheDir(env = process.env) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'almajob');
}
// ---- value parsers: each failure is a ConfigError of one line, led by the field's name ---------
const MS_PER_UNIT = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const UNIT_ORDER = ['d', 'h', 'm', 's', 'ms'];
const DURATION_HINT = 'use seconds or 90s, 30m, 2h, 1h30m';
/**
 * '90' (seconds), '90s', '30m', '2h', '1d', '1h30m', '1.5h', '500ms' → milliseconds.
 * Parts go from the largest unit to the smallest, each at most once.
 */
function parseDuration(name, text, limits = {}) {
    const given = text.trim();
    const fail = (why = `is not a duration; ${DURATION_HINT}`) => {
        throw new ConfigError(`${name}: '${clip(given, 60)}' ${why}`);
    };
    if (given.startsWith('-'))
        fail(`is negative; ${DURATION_HINT}`);
    let ms;
    if (/^\d+(\.\d+)?$/.test(given)) {
        ms = Number(given) * 1000;
    }
    else {
        const lower = given.toLowerCase();
        // Sticky: the parts must cover the whole text, so '2 hours' or '5x' fail.
        const parts = [...lower.matchAll(/(\d+(?:\.\d+)?)(ms|[dhms])\s*/gy)];
        if (parts.length === 0 || parts.map((part) => part[0]).join('') !== lower)
            fail();
        let lastUnit = -1;
        ms = 0;
        for (const [, amount, unit] of parts) {
            const order = UNIT_ORDER.indexOf(unit);
            if (order <= lastUnit)
                fail(`is not a duration; give each unit once, largest first (1h30m); ${DURATION_HINT}`);
            lastUnit = order;
            ms += Number(amount) * MS_PER_UNIT[unit];
        }
    }
    ms = Math.round(ms);
    if (!Number.isSafeInteger(ms))
        fail(`is too long; ${DURATION_HINT}`);
    if (ms === 0 && !limits.allowZero)
        fail('must be more than zero');
    return ms;
}
/** Case-insensitive, trimmed; returns the allowed spelling. */
function parseChoice(name, text, allowed) {
    const given = text.trim();
    const match = allowed.find((choice) => choice.toLowerCase() === given.toLowerCase());
    if (match === undefined) {
        throw new ConfigError(`${name}: '${clip(given, 60)}' is not one of ${allowed.join(', ')}`);
    }
    return match;
}
const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
/**
 * GitHub's getBooleanInput takes the YAML 1.2 core spellings (true/True/TRUE, false/…);
 * this also takes yes/no/on/off/1/0, in any case, since the CLI reads the same words from ini files.
 */
function parseBoolean(name, text) {
    const given = text.trim().toLowerCase();
    if (TRUE_WORDS.includes(given))
        return true;
    if (FALSE_WORDS.includes(given))
        return false;
    throw new ConfigError(`${name}: '${clip(text.trim(), 60)}' is not a boolean; use true or false`);
}
/** YYYY-MM-DD, a real calendar date (the instance filters of alma-api.md §2). */
function parseDate(name, text) {
    const given = text.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
    if (match) {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const date = new Date(Date.UTC(year, month - 1, day));
        if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
            return given;
    }
    throw new ConfigError(`${name}: '${clip(given, 60)}' is not a date; use YYYY-MM-DD, e.g. 2025-01-31`);
}
/** Alma's codes (categories, status codes) are upper case with underscores (§3.4, §4). */
function parseCode(name, text) {
    const code = text.trim().toUpperCase();
    if (!/^[A-Z0-9_]{1,100}$/.test(code)) {
        throw new ConfigError(`${name}: '${clip(text.trim(), 60)}' is not an Alma code; use letters, digits and _ (e.g. COMPLETED_FAILED)`);
    }
    return code;
}
function parseCount(name, text) {
    if (!/^\d{1,9}$/.test(text.trim()))
        throw new ConfigError(`${name}: '${clip(text.trim(), 60)}' is not a whole number of API calls`);
    return Number(text.trim());
}
/** Integration profile ids are digits, like every Alma id of an object (§3.2). */
function parseProfileId(name, text) {
    if (!/^\d{1,30}$/.test(text.trim())) {
        throw new ConfigError(`${name}: '${clip(text.trim(), 40)}' is not an integration profile id; it is all digits`);
    }
    return text.trim();
}
/**
 * `*failed*, *error*` (commas or lines): each matched against a counter's code and its
 * description, in any case, `*` standing for any text; the whole code or description must match.
 */
function parseCounterPatterns(name, text) {
    const patterns = text
        .split(/[,\n]/)
        .map((part) => part.trim())
        .filter(Boolean);
    if (patterns.length > MAX_COUNTER_PATTERNS)
        throw new ConfigError(`${name}: ${patterns.length} patterns; at most ${MAX_COUNTER_PATTERNS}`);
    return patterns.map((pattern) => {
        if (pattern.length > 200 || !/^[\w.*\- ]+$/u.test(pattern)) {
            throw new ConfigError(`${name}: '${clip(pattern, 40)}' is not a counter pattern; use letters, digits, . _ - spaces and * (e.g. *failed*)`);
        }
        const body = pattern
            .split('*')
            .map((part) => part.replace(/[.-]/g, '\\$&'))
            .join('.*');
        return { text: pattern, regex: new RegExp(`^${body}$`, 'i') };
    });
}
/**
 * How far back a check looks: a duration back from now (`26h`, `7d`), or a moment, ISO
 * (`2026-11-30T06:00:00Z`; a bare `2026-11-30` is that day's UTC midnight). Gives ms since the epoch.
 */
function parseSince(name, text, now = Date.now()) {
    const given = text.trim();
    let at;
    if (/^\d{4}-\d{2}-\d{2}/.test(given)) {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(given) ? `${parseDate(name, given)}T00:00:00Z` : given;
        at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso) ? Date.parse(iso) : Number.NaN;
        if (Number.isNaN(at)) {
            throw new ConfigError(`${name}: '${clip(given, 60)}' is not a moment; use a duration (26h, 7d) or 2026-11-30T06:00:00Z`);
        }
    }
    else {
        try {
            at = now - parseDuration(name, given);
        }
        catch {
            throw new ConfigError(`${name}: '${clip(given, 60)}' is neither a duration (26h, 7d) nor a moment (2026-11-30T06:00:00Z)`);
        }
    }
    if (at > now)
        throw new ConfigError(`${name}: '${clip(given, 60)}' is in the future`);
    if (now - at > MAX_SINCE_MS)
        throw new ConfigError(`${name}: '${clip(given, 60)}' is more than 400 days back`);
    return at;
}

;// CONCATENATED MODULE: ./src/catalog/keys.ts
// Names of cache entries: @actions/cache keys and cache file names.


/** Bump when the stored JSON changes shape: keys change, and old files read as foreign. */
const CACHE_SCHEMA_VERSION = 1;
const KEY_PREFIX = `almajob-v${CACHE_SCHEMA_VERSION}`;
const DAY_MS = 86_400_000;
/** A restore takes a primary key plus at most 9 restore keys (runner.md §4). */
const MAX_LOOKUP_KEYS = 10;
/** 13 digits hold every ms timestamp until the year 2286, so saved keys keep one width. */
const FETCHED_AT_DIGITS = 13;
const FINGERPRINT_PATTERN = /^[0-9a-f]{12}$/;
/**
 * The institution's environment as 12 hex digits of SHA-256 over base URL and API key: two
 * institutions never share an entry, and the key cannot be read back from a cache key or
 * file name (runner.md §4: never put the API key in a key).
 */
function fingerprint(baseUrl, apiKey) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`almajob\n${baseUrl.replace(/\/+$/, '')}\n${apiKey}`)
        .digest('hex')
        .slice(0, 12);
}
/** A whole, non-negative millisecond time that fits the key's 13 digits. */
function isTimestamp(ms) {
    return typeof ms === 'number' && Number.isSafeInteger(ms) && ms >= 0 && ms < 10 ** FETCHED_AT_DIGITS;
}
/** The UTC day of `ms` as YYYYMMDD: the fixed-width time bucket of a key. */
function dayBucket(ms) {
    return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}
/** A store is built for one scope; a bad one is a programming error, so this throws. */
function checkScope(scope) {
    if (!ENVIRONMENTS.includes(scope.env))
        throw new TypeError(`cache: unknown environment "${scope.env}"`);
    if (!FINGERPRINT_PATTERN.test(scope.fingerprint))
        throw new TypeError('cache: fingerprint must be 12 hex digits (see fingerprint())');
}
/** `almajob-v1-jobs-sandbox-3f9a1c0d2b7e`: every component ends at a '-' and holds none. */
function scopePrefix(scope) {
    return `${KEY_PREFIX}-${scope.kind}-${scope.env}-${scope.fingerprint}`;
}
/**
 * The key an entry is saved under: `<scope>-<YYYYMMDD>-<fetchedAt, 13 digits>`. Keys are
 * immutable (runner.md §4), so a refreshed list gets a new key instead of
 * failing to overwrite; the fixed width keeps any saved key from being a prefix of another.
 */
function entryKey(scope, fetchedAt) {
    if (!isTimestamp(fetchedAt)) {
        throw new RangeError(`cache: fetchedAt ${fetchedAt} is not a millisecond timestamp`);
    }
    return `${scopePrefix(scope)}-${dayBucket(fetchedAt)}-${String(fetchedAt).padStart(FETCHED_AT_DIGITS, '0')}`;
}
/**
 * Keys to restore with, newest bucket first: `<scope>-<YYYYMMDD>-` for today and for each
 * earlier day that may still hold an entry younger than the TTL. The service prefix-matches
 * each and takes the newest entry (runner.md §4), so the latest refresh wins;
 * the bucket keeps an old entry of this branch from shadowing today's on the default branch.
 */
function lookupKeys(scope, now, ttlMs) {
    // An entry is fresh while now - fetchedAt < ttlMs, so the oldest useful one is now - ttlMs + 1.
    const oldest = Math.max(now - Math.max(ttlMs, 1) + 1, 0);
    const keys = [];
    for (let day = now; keys.length < MAX_LOOKUP_KEYS; day -= DAY_MS) {
        keys.push(`${scopePrefix(scope)}-${dayBucket(day)}-`);
        if (dayBucket(day) <= dayBucket(oldest))
            break;
    }
    return keys;
}
/** One file per kind, environment and institution: `jobs-sandbox-3f9a1c0d2b7e.json`. */
function cacheFileName(scope) {
    return `${scope.kind}-${scope.env}-${scope.fingerprint}.json`;
}
/** Which cache entries a run may use: its environment and institution, never the key itself. */
function storeScope(settings) {
    return {
        dir: settings.cache.dir,
        env: settings.env,
        fingerprint: fingerprint(settings.baseUrl, settings.apiKey),
        ttlMs: settings.cache.ttlMs
    };
}

;// CONCATENATED MODULE: ./src/catalog/entry-file.ts
// The JSON both stores keep: the list, when it was fetched, a schema version, and the
// scope it belongs to, so a foreign or outdated file is recognised. Never the API key.

function encodeEntry(scope, entry) {
    const stored = {
        schema: CACHE_SCHEMA_VERSION,
        kind: scope.kind,
        env: scope.env,
        fingerprint: scope.fingerprint,
        fetchedAt: entry.fetchedAt,
        data: entry.data
    };
    return JSON.stringify(stored);
}
/** The entry, or why the text is not one of ours (for a warning). */
function decodeEntry(scope, text) {
    let stored;
    try {
        stored = JSON.parse(text);
    }
    catch {
        return { problem: 'not valid JSON' };
    }
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
        return { problem: 'not a cache entry' };
    if (stored.schema !== CACHE_SCHEMA_VERSION)
        return { problem: `schema ${String(stored.schema)}, expected ${CACHE_SCHEMA_VERSION}` };
    if (stored.kind !== scope.kind || stored.env !== scope.env || stored.fingerprint !== scope.fingerprint) {
        return { problem: 'written for another list, environment or institution' };
    }
    const { fetchedAt } = stored;
    if (!isTimestamp(fetchedAt))
        return { problem: 'no valid fetchedAt' };
    if (!('data' in stored))
        return { problem: 'no data' };
    return { entry: { fetchedAt, data: stored.data } };
}

;// CONCATENATED MODULE: ./src/catalog/files.ts
// Small file helpers both stores share.


/**
 * Temp file in the same directory, then rename: a reader (a parallel run) sees the old file
 * or the new one, never half of one. Mode 0600: the list is the institution's configuration.
 */
async function writeFileAtomic(file, text) {
    const temp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,promises_namespaceObject.writeFile)(temp, text, { mode: 0o600, flag: 'wx' });
        await (0,promises_namespaceObject.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(temp, { force: true }).catch(() => undefined);
        throw error;
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

;// CONCATENATED MODULE: ./src/catalog/actions-store.ts
// The cache inside GitHub Actions: @actions/cache with immutable keys (runner.md §4).
// The module is imported here only, and only when used, so the CLI never loads it and ncc
// emits it as a separate chunk.





let actionsCacheModule;
function loadActionsCache() {
    return (actionsCacheModule ??= __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 2645)));
}
/**
 * Relative to the workspace and spelled as constants: the path strings are part of the cache
 * version, so another spelling would never match (runner.md §4). Deleted after
 * each use so later steps cannot commit them.
 */
const ACTIONS_CACHE_DIR = '.almajob-cache';
const CACHE_PATHS = {
    jobs: '.almajob-cache/jobs.json',
    statuses: '.almajob-cache/statuses.json'
};
/**
 * True in a runner that offers the cache service. The typeof guard is for stubs without
 * isFeatureAvailable, e.g. @github/local-action (runner.md §4). A library that
 * does not load (a bundle without its lazy chunk) is cache trouble like any other: warn,
 * so a cache that never hits is explained, and let the caller fall back.
 */
async function isActionsCacheAvailable(log) {
    // The library's own test needs one of these (runner.md §4); checking first spares
    // self-hosted runners and local runs loading its 2 MB chunk only to hear "no".
    if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL)
        return false;
    let cache;
    try {
        cache = await loadActionsCache();
    }
    catch (error) {
        log?.warning(`Could not load @actions/cache (${errorMessage(error).split('\n')[0]}); the GitHub Actions cache is not used.`);
        return false;
    }
    try {
        return typeof cache.isFeatureAvailable === 'function' && cache.isFeatureAvailable();
    }
    catch {
        return false;
    }
}
function createActionsCacheStore(options) {
    checkScope(options);
    const { log, ttlMs, now = Date.now } = options;
    const scope = (kind) => ({ kind, env: options.env, fingerprint: options.fingerprint });
    let workspaceWarned = false;
    /**
     * @actions/cache globs the paths from the working directory but archives and extracts them
     * relative to GITHUB_WORKSPACE; the runner starts actions in the workspace (runner.md §3), and
     * anything else would save one place and restore another.
     */
    async function workspace() {
        const workspaceDir = await canonical(process.env.GITHUB_WORKSPACE ?? process.cwd());
        if (workspaceDir === (await canonical(process.cwd())))
            return workspaceDir;
        if (!workspaceWarned)
            log.warning('The GitHub Actions cache is skipped: the working directory is not GITHUB_WORKSPACE.');
        workspaceWarned = true;
        return undefined;
    }
    async function removeCacheFile(workspaceDir, kind) {
        await (0,promises_namespaceObject.rm)((0,external_node_path_.join)(workspaceDir, CACHE_PATHS[kind]), { force: true }).catch(() => undefined);
        // Fails while the other kind's file is still there; the last one out removes the folder.
        await (0,promises_namespaceObject.rmdir)((0,external_node_path_.join)(workspaceDir, ACTIONS_CACHE_DIR)).catch(() => undefined);
    }
    return {
        label: 'GitHub Actions cache',
        async load(kind) {
            const workspaceDir = await workspace();
            if (workspaceDir === undefined)
                return undefined;
            try {
                const cache = await loadActionsCache();
                const [primaryKey, ...restoreKeys] = lookupKeys(scope(kind), now(), ttlMs);
                // Service trouble (down, 429, no token) comes back as undefined after the library's
                // own warning; only a ValidationError is thrown (runner.md §4).
                const matchedKey = await cache.restoreCache([CACHE_PATHS[kind]], primaryKey, restoreKeys);
                if (matchedKey === undefined) {
                    log.debug(`No ${kind} list in the GitHub Actions cache under ${primaryKey}…`);
                    return undefined;
                }
                const decoded = decodeEntry(scope(kind), await (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(workspaceDir, CACHE_PATHS[kind]), 'utf8'));
                if ('problem' in decoded) {
                    log.warning(`Ignoring the cached ${kind} list ${matchedKey} (${decoded.problem}).`);
                    return undefined;
                }
                log.debug(`Restored the ${kind} list from the GitHub Actions cache (${matchedKey}).`);
                return decoded.entry;
            }
            catch (error) {
                log.warning(`Could not restore the ${kind} list from the GitHub Actions cache: ${errorMessage(error)}; fetching it from Alma.`);
                return undefined;
            }
            finally {
                await removeCacheFile(workspaceDir, kind);
            }
        },
        async save(kind, entry) {
            const workspaceDir = await workspace();
            if (workspaceDir === undefined)
                return;
            try {
                // A new key per fetch: keys are immutable, so a refreshed list could not replace
                // an entry saved under the same key (runner.md §4).
                const key = entryKey(scope(kind), entry.fetchedAt);
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(workspaceDir, ACTIONS_CACHE_DIR), { recursive: true, mode: 0o700 });
                await writeFileAtomic((0,external_node_path_.join)(workspaceDir, CACHE_PATHS[kind]), encodeEntry(scope(kind), entry));
                const cache = await loadActionsCache();
                // Throws when ACTIONS_CACHE_SERVICE_V2 is set without ACTIONS_RUNTIME_TOKEN (runner.md §4).
                const entryId = await cache.saveCache([CACHE_PATHS[kind]], key);
                if (entryId === -1) {
                    // The library has logged why; a parallel run saving the same key first is harmless.
                    log.debug(`The ${kind} list was not saved to the GitHub Actions cache as ${key}.`);
                }
                else {
                    log.debug(`Saved the ${kind} list to the GitHub Actions cache as ${key}.`);
                }
            }
            catch (error) {
                log.warning(`Could not save the ${kind} list to the GitHub Actions cache: ${errorMessage(error)}; going on without it.`);
            }
            finally {
                await removeCacheFile(workspaceDir, kind);
            }
        }
    };
}
function canonical(path) {
    return (0,promises_namespaceObject.realpath)(path).catch(() => (0,external_node_path_.resolve)(path));
}

;// CONCATENATED MODULE: ./src/catalog/file-store.ts
// The cache outside GitHub's cache service (CLI, self-hosted runners, local runs): one JSON
// file per kind, environment and institution, in a directory the caller chooses.





function createFileStore(options) {
    checkScope(options);
    const { dir, log } = options;
    const scope = (kind) => ({ kind, env: options.env, fingerprint: options.fingerprint });
    const fileOf = (kind) => (0,external_node_path_.join)(dir, cacheFileName(scope(kind)));
    return {
        label: `file cache in ${dir}`,
        async load(kind) {
            const file = fileOf(kind);
            let text;
            try {
                text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
            }
            catch (error) {
                if (errorCode(error) === 'ENOENT') {
                    log.debug(`No cached ${kind} list at ${file}.`);
                }
                else {
                    log.warning(`Could not read the cached ${kind} list ${file}: ${errorMessage(error)}; fetching it from Alma.`);
                }
                return undefined;
            }
            const decoded = decodeEntry(scope(kind), text);
            if ('problem' in decoded) {
                log.warning(`Ignoring the cache file ${file} (${decoded.problem}); it will be rewritten.`);
                return undefined;
            }
            return decoded.entry;
        },
        async save(kind, entry) {
            const file = fileOf(kind);
            try {
                await (0,promises_namespaceObject.mkdir)(dir, { recursive: true, mode: 0o700 });
                await writeFileAtomic(file, encodeEntry(scope(kind), entry));
                log.debug(`Saved the ${kind} list to ${file}.`);
            }
            catch (error) {
                log.warning(`Could not write the ${kind} list to ${file}: ${errorMessage(error)}; going on without the cache.`);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/catalog/create-store.ts
// The action's store: the GitHub Actions cache inside a runner that offers it, the file cache
// everywhere else (self-hosted runners without the cache service, local runs). The CLI never
// imports this module, so its bundle carries no @actions/cache chunk; it uses createFileStore.



function createActionStore(settings, log) {
    const { dir, env, fingerprint, ttlMs } = storeScope(settings);
    // Deciding needs @actions/cache itself; deciding on first use keeps a run by id or a
    // status call from ever loading it.
    return lazyStore(async () => (await isActionsCacheAvailable(log))
        ? createActionsCacheStore({ env, fingerprint, log, ttlMs })
        : createFileStore({ dir, env, fingerprint, log }));
}
function lazyStore(choose) {
    let chosen;
    let label = 'cache';
    const store = async () => {
        const picked = await (chosen ??= choose());
        label = picked.label;
        return picked;
    };
    return {
        get label() {
            return label;
        },
        load: async (kind) => (await store()).load(kind),
        save: async (kind, entry) => (await store()).save(kind, entry)
    };
}

;// CONCATENATED MODULE: ./src/commands/verdict.ts
// Whether a run's or status's end fails the step, under the user's `fail-on` and
// `fail-on-counter` choices. Alma decides on the status; counters can still say records failed.

function verdict(report, judge) {
    const { failOn } = judge;
    const what = `${report.job.name ?? report.job.id} instance ${report.instanceId}`;
    const status = report.instance?.status;
    const shown = status ? `${status.value}${status.desc ? ` (${status.desc})` : ''}` : 'unknown';
    /** A failure, unless fail-on is never: then the same sentence is a warning. */
    const failure = (reason) => failOn === 'never' ? { failed: false, warning: reason } : { failed: true, reason };
    switch (report.end) {
        case 'submitted':
        case 'running':
            return { failed: false };
        case 'error':
            // Not the job's outcome but ours: we no longer know how it ends.
            return {
                failed: true,
                reason: `Lost track of ${what} (${report.error?.message ?? 'no answer'}); last status ${shown}. The job goes on in Alma.`
            };
        case 'cancelled':
            // Cancellation always fails: the step did not see the job end.
            return { failed: true, reason: `Stopped waiting for ${what} (cancelled); last status ${shown}. The job goes on in Alma.` };
        case 'timeout':
            return failure(`Timed out waiting for ${what}; last status ${shown}. The job goes on in Alma.`);
        case 'finished':
            break;
    }
    const counters = report.instance?.counters ?? [];
    switch (report.outcome) {
        case 'failure':
            return failure(`Alma job ${what} ended ${shown}.`);
        case 'needs-person':
            return failure(`Alma job ${what} needs a person in Alma: ${shown}.`);
        case 'warning':
        case 'success': {
            const matched = matchingCounters(counters, judge.failOnCounter);
            if (matched.length) {
                return failure(`Alma job ${what} ended ${shown}, but ${listCounters(matched)}, which fails this step, as asked.`);
            }
            // §4: completed with warnings, or with no bulks (nothing processed): worth a look either way.
            if (report.outcome === 'warning' && failOn === 'warning') {
                return { failed: true, reason: `Alma job ${what} ended ${shown}; warnings fail this step, as asked.` };
            }
            const suspicious = failureCounters(counters);
            const notes = [
                ...(report.outcome === 'warning' ? [`Alma job ${what} ended ${shown}.`] : []),
                ...(suspicious.length ? [`Alma job ${what} ended ${shown}, yet ${listCounters(suspicious)}.`] : [])
            ];
            return notes.length ? { failed: false, warning: notes.join(' ') } : { failed: false };
        }
        default:
            return { failed: false };
    }
}
/** Counters above 0 whose code or description matches a pattern. */
function matchingCounters(counters, patterns) {
    if (patterns.length === 0)
        return [];
    return counters.filter((counter) => counterValue(counter) > 0 &&
        patterns.some((pattern) => pattern.regex.test(counter.type.value) || pattern.regex.test(counter.type.desc ?? '')));
}
/** 'counter "Files failed to upload" (file_failed_to_upload) is 1, and …'. */
function listCounters(counters) {
    return counters
        .map((counter) => {
        const label = counter.type.desc ? `"${counter.type.desc}" (${counter.type.value})` : counter.type.value;
        return `counter ${label} is ${counter.value}`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** '850 ms', '45s', '2m 05s', '1h 02m 03s', '1d 02h 03m'. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        ms = 0;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const totalSeconds = Math.floor(ms / 1000);
    const days = Math.floor(totalSeconds / 86_400);
    const hours = Math.floor((totalSeconds % 86_400) / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    const pad = (n) => String(n).padStart(2, '0');
    if (days > 0)
        return `${days}d ${pad(hours)}h ${pad(minutes)}m`;
    if (hours > 0)
        return `${hours}h ${pad(minutes)}m ${pad(seconds)}s`;
    if (minutes > 0)
        return `${minutes}m ${pad(seconds)}s`;
    return `${seconds}s`;
}
/** Alma's date-times vary (with or without ms, §7.5); undefined when absent or unreadable. */
function parseTime(text) {
    if (!text)
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
}
/** '2025-01-06 10:00:01 UTC', or the text as Alma sent it when it is not a date-time. */
function formatTime(text) {
    const ms = parseTime(text);
    if (ms === undefined)
        return text;
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** How long the run took in Alma: start (else submit) to end; `nowMs` for one still running. */
function instanceDurationMs(instance, nowMs) {
    const from = parseTime(instance.startTime) ?? parseTime(instance.submitTime);
    const to = parseTime(instance.endTime) ?? nowMs;
    if (from === undefined || to === undefined || to < from)
        return undefined;
    return to - from;
}
/** Run time in Alma in whole seconds, as the summary shows it; undefined until the end is known. */
function durationSeconds(instance) {
    if (!instance.endTime)
        return undefined;
    const ms = instanceDurationMs(instance);
    return ms === undefined ? undefined : Math.round(ms / 1000);
}
/** 'Completed with Warnings (COMPLETED_WARNING)', or just the code when Alma gave no description. */
function formatCode(code) {
    return code.desc && code.desc !== code.value ? `${code.desc} (${code.value})` : code.value;
}
/** One line per change while waiting: 'Running (RUNNING), 45%'. */
function formatProgress(instance) {
    const progress = instance.progress === undefined ? '' : `, ${formatPercent(instance.progress)}`;
    return `${formatCode(instance.status)}${progress}`;
}
function formatPercent(progress) {
    return `${Math.round(progress * 10) / 10}%`;
}
/** 'Records processed: 120'. */
function formatCounters(counters) {
    return counters.map((counter) => `${counter.type.desc || counter.type.value}: ${counter.value}`);
}
/** 'The job completed with warnings (alert_general_warning)'. */
function formatAlerts(alerts) {
    return alerts.map(formatCode);
}
function formatJob(job) {
    return job.name ? `"${job.name}" (${job.id})` : job.id;
}
/** The log lines that close a run or status: status, times, counters, alerts. */
function describeInstanceEnd(report) {
    const subject = `${formatJob(report.job)}, instance ${report.instanceId}`;
    const instance = report.instance;
    const waited = report.elapsedMs === undefined ? '' : ` after ${formatDuration(report.elapsedMs)}`;
    const lines = [];
    const state = instance ? formatProgress(instance) : undefined;
    switch (report.end) {
        case 'submitted':
            lines.push(`${subject}: submitted; not waiting for it to end.`);
            break;
        case 'running':
            lines.push(`${subject}: ${state ?? 'running'}; not waiting for it to end.`);
            break;
        case 'finished':
            lines.push(`${subject}: ${instance ? formatCode(instance.status) : 'finished'}`);
            break;
        case 'timeout':
            lines.push(`${subject}: still ${state ?? 'not seen'} when the wait timed out${waited}; the job goes on in Alma.`);
            break;
        case 'cancelled':
            lines.push(`${subject}: ${state ?? 'not seen yet'} when the wait was cancelled${waited}; the job goes on in Alma.`);
            break;
        case 'error':
            lines.push(`${subject}: ${state ?? 'not seen yet'} when Alma stopped answering${waited}; the job goes on in Alma.`);
            break;
    }
    if (instance) {
        const times = [
            ['submitted', instance.submitTime],
            ['started', instance.startTime],
            ['ended', instance.endTime]
        ]
            .filter(([, time]) => time)
            .map(([label, time]) => `${label} ${formatTime(time)}`);
        const duration = instanceDurationMs(instance);
        if (duration !== undefined || times.length > 0) {
            const took = duration !== undefined && instance.endTime ? `Duration ${formatDuration(duration)}` : 'Times';
            lines.push(`${took}${times.length ? ` (${times.join(', ')})` : ''}`);
        }
        if (instance.counters.length > 0)
            lines.push('Counters:', ...capped(formatCounters(instance.counters)));
        if (instance.alerts.length > 0)
            lines.push('Alerts:', ...capped(formatAlerts(instance.alerts)));
    }
    lines.push(`Instance: ${report.instanceUrl}`);
    return lines;
}
/** A log shows this many counters or alerts of an instance; a real run has a few dozen at most. */
const MAX_LOGGED_ITEMS = 200;
function capped(items) {
    const shown = items.slice(0, MAX_LOGGED_ITEMS).map((line) => `  ${line}`);
    return items.length > shown.length ? [...shown, `  …and ${items.length - shown.length} more`] : shown;
}
/** The line that heads a list's rendering in both shells: '300 jobs (job list from the cache)'. */
function listHeadline(result) {
    if (result.command === 'list')
        return `${result.jobs.length} jobs${result.cacheHit ? ' (job list from the cache)' : ''}`;
    return `${result.instances.length} instances of ${formatJob(result.job)}`;
}
/** 'just now', '12 min ago', '3 h ago', '4 d ago'. */
function formatAgo(ms) {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    if (minutes < 1)
        return 'just now';
    if (minutes < 60)
        return `${minutes} min ago`;
    const hours = Math.floor(minutes / 60);
    return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`;
}
/** `failed`, `missing (not required)`: a job's verdict in words; a selected job's missing run does not fail. */
function verdictWords(job) {
    if (job.verdict === 'missing')
        return job.named ? 'missing' : 'missing (selected, not required)';
    if (job.verdict !== 'ok' && job.verdict !== 'warning')
        return job.verdict;
    return job.failingCounters.length ? `${job.verdict}, but failing counters` : job.verdict;
}
/**
 * One line per checked job, the same in the action's log and the CLI's text:
 * 'failed   Publishing to Primo (S1): Completed with Errors (COMPLETED_FAILED), submitted 2026-12-01 02:00:03 UTC (8 h ago), took 5m 02s; 7 runs, 1 failed'.
 */
function checkLine(job, now) {
    const head = `${job.verdict.padEnd(8)} ${formatJob(job.job)}`;
    const run = job.newest;
    if (!run)
        return `${head}: no run since the window began${job.named ? '' : ' (selected, so it does not fail the step)'}`;
    const submitted = parseTime(run.submitTime);
    const when = submitted === undefined ? '' : `, submitted ${formatTime(run.submitTime)} (${formatAgo(now - submitted)})`;
    const took = run.endTime ? instanceDurationMs(run) : undefined;
    const counters = job.failingCounters.length ? `; failing ${formatCounters(job.failingCounters).join(', ')}` : '';
    return `${head}: ${formatCode(run.status)}${when}${took === undefined ? '' : `, took ${formatDuration(took)}`}${counters}; ${job.runs} ${job.runs === 1 ? 'run' : 'runs'}, ${job.failedRuns.length} failed`;
}
/** The sentence that ends a check: what needs attention, or that all is well. */
function checkHeadline(result) {
    const total = result.jobs.length;
    if (result.failed === 0) {
        return `${total} ${total === 1 ? 'job' : 'jobs'} checked since ${formatTime(new Date(result.sinceMs).toISOString())}: none needs attention.`;
    }
    const failing = result.jobs
        .filter((job) => job.fails)
        .map((job) => `${job.job.name ?? job.job.id} (${job.verdict === 'failed' && job.newest ? job.newest.status.value : verdictWords(job)})`);
    return `${result.failed} of ${total} ${total === 1 ? 'job needs' : 'jobs need'} attention: ${failing.join(', ')}`;
}
/** The warnings a check gives in both shells: a success whose counters report failed records. */
function checkWarnings(result) {
    return result.jobs
        .filter((job) => job.hiddenFailures.length && job.newest)
        .map((job) => `${formatJob(job.job)} ended ${job.newest.status.value}, yet ${listCounters(job.hiddenFailures)}.`);
}

;// CONCATENATED MODULE: ./src/commands/list.ts
async function selectJobs(ctx, filter) {
    // A profile's jobs come from Alma itself (profile_id): the cached list may not say which profile a job serves.
    const list = filter.profileId
        ? { jobs: await ctx.client.listJobs({ profileId: filter.profileId }), fromCache: false }
        : await ctx.catalog.jobs();
    // Category codes are upper case in Alma; `export` means EXPORT.
    const category = filter.category?.toUpperCase();
    const jobs = list.jobs.filter((job) => (!filter.type || job.type?.value === filter.type) && (!category || job.category?.value.toUpperCase() === category));
    if (jobs.length === 0 && list.jobs.length > 0 && category) {
        // Alma would have refused an unknown category (40166410); an empty list would hide the typo.
        const known = [...new Set(list.jobs.map((job) => job.category?.value).filter(Boolean))].sort();
        ctx.log.warning(`No job has category ${category}${filter.type ? ` and type ${filter.type}` : ''}; categories here: ${known.join(', ')}`);
    }
    return { jobs, cacheHit: list.fromCache };
}

;// CONCATENATED MODULE: ./src/catalog/freshness.ts
// How old a cached list may be.
/**
 * A name missing from a list fetched this recently does not trigger a refresh: a job created
 * in Alma since then is unlikely, and a typo must not cost a full list fetch on every run.
 */
const REFRESH_GRACE_MS = 5 * 60 * 1000;
/** Runners' clocks differ a little; an entry "from the future" by more than this is suspect. */
const MAX_CLOCK_SKEW_MS = 60 * 1000;
/** Fresh while younger than the TTL (an entry exactly ttlMs old is stale). */
function isFresh(fetchedAt, now, ttlMs) {
    const age = now - fetchedAt;
    return age >= -MAX_CLOCK_SKEW_MS && age < ttlMs;
}
/** Fetched within REFRESH_GRACE_MS: refreshing again would not help. */
function isRecent(fetchedAt, now = Date.now()) {
    return isFresh(fetchedAt, now, REFRESH_GRACE_MS);
}

;// CONCATENATED MODULE: ./src/catalog/catalog.ts



class JobCatalog {
    #client;
    #log;
    #store;
    #ttlMs;
    #forceRefresh;
    #now;
    // Memoised promises: concurrent callers share one load or fetch.
    #jobs;
    #refreshedJobs;
    #statuses;
    constructor(options) {
        this.#client = options.client;
        this.#log = options.log;
        this.#store = options.store;
        this.#ttlMs = options.ttlMs;
        this.#forceRefresh = options.forceRefresh ?? false;
        this.#now = options.now ?? Date.now;
    }
    /**
     * The full job list: from the store when fresh, else from Alma (then saved). With
     * `refresh`, a list that came from the store is replaced by one from Alma; a list this
     * process already fetched from Alma is returned as it is, so Alma is asked once at most.
     */
    jobs(options = {}) {
        if (options.refresh)
            return (this.#refreshedJobs ??= this.#refreshJobs());
        return (this.#jobs ??= this.#jobList(this.#forceRefresh));
    }
    /** The systemJobStatus code table (alma-api.md §3.5), cached like the job list. */
    statusTable() {
        this.#statuses ??= this.#get('statuses', () => this.#client.getStatusTable(), isStatusTable, this.#forceRefresh).then((fetched) => fetched.data);
        return this.#statuses;
    }
    async #refreshJobs() {
        const current = await this.#jobs?.catch(() => undefined);
        if (current && !current.fromCache)
            return current;
        this.#jobs = this.#jobList(true);
        return this.#jobs;
    }
    async #jobList(skipStore) {
        const fetched = await this.#get('jobs', () => this.#client.listJobs(), isJobList, skipStore);
        return { jobs: fetched.data, fromCache: fetched.fromCache, fetchedAt: fetched.fetchedAt };
    }
    async #get(kind, fetch, isValid, skipStore) {
        if (this.#store && !skipStore) {
            const cached = await this.#load(this.#store, kind, isValid);
            if (cached)
                return { ...cached, fromCache: true };
        }
        // Taken before the fetch: the list is at least this old.
        const fetchedAt = this.#now();
        const data = await fetch();
        if (this.#store)
            await this.#save(this.#store, kind, { fetchedAt, data });
        return { fetchedAt, data, fromCache: false };
    }
    async #load(store, kind, isValid) {
        let entry;
        try {
            entry = await store.load(kind);
        }
        catch (error) {
            // Stores promise not to throw; a cache must never fail the step anyway.
            this.#log.warning(`Could not read the ${kind} list from the ${store.label}: ${errorMessage(error)}`);
            return undefined;
        }
        if (entry === undefined)
            return undefined;
        if (!isValid(entry.data)) {
            this.#log.warning(`Ignoring the cached ${kind} list in the ${store.label}: it does not hold a ${kind} list.`);
            return undefined;
        }
        const fetchedAt = isTimestamp(entry.fetchedAt) ? new Date(entry.fetchedAt).toISOString() : String(entry.fetchedAt);
        if (!isTimestamp(entry.fetchedAt) || !isFresh(entry.fetchedAt, this.#now(), this.#ttlMs)) {
            this.#log.debug(`The cached ${kind} list (fetched ${fetchedAt}) is outside the cache TTL; fetching it from Alma.`);
            return undefined;
        }
        this.#log.debug(`Using the ${kind} list from the ${store.label}, fetched ${fetchedAt}.`);
        return { fetchedAt: entry.fetchedAt, data: entry.data };
    }
    async #save(store, kind, entry) {
        try {
            await store.save(kind, entry);
        }
        catch (error) {
            this.#log.warning(`Could not save the ${kind} list to the ${store.label}: ${errorMessage(error)}`);
        }
    }
}
function isJobList(data) {
    return Array.isArray(data) && data.every((job) => typeof job?.id === 'string' && typeof job.name === 'string');
}
function isStatusTable(data) {
    return Array.isArray(data) && data.every((row) => typeof row?.code === 'string' && typeof row.description === 'string');
}

;// CONCATENATED MODULE: ./src/catalog/index.ts
// What both shells use. The action's @actions/cache store is in ./create-store.ts, kept apart
// so the CLI bundle never reaches it.





;// CONCATENATED MODULE: ./src/text/edit-distance.ts
// How far apart two strings are, for "did you mean" hints (job names, CLI flags).
/** Levenshtein distance where swapping two neighbours counts as one edit (--jbo → --job). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/commands/resolve.ts
// Turning what the user typed into a job id. Ids need no call; names need the whole
// job list, because Alma has no name filter (alma-api.md §7.8).




/** How much of a name a message quotes: enough to recognise it, never a pasted file. */
const QUOTED_NAME_CHARS = 80;
const SUGGESTIONS = 3;
/** A job by id, by name, by name or id within an integration profile, or as a profile's one job. */
async function resolveJob(ctx, target) {
    if (target.job === undefined)
        return resolveInProfile(ctx, target.profileId, undefined);
    if (target.profileId)
        return resolveInProfile(ctx, target.profileId, target.job);
    const wanted = target.job.trim();
    if (isJobId(wanted))
        return { job: { id: wanted }, cacheHit: false };
    const quoted = `"${clip(wanted, QUOTED_NAME_CHARS)}"`;
    let list = await ctx.catalog.jobs();
    let matches = matchName(list.jobs, wanted);
    // A job created since the list was cached must still be found: refresh once.
    if (matches.length === 0 && list.fromCache && !isRecent(list.fetchedAt)) {
        ctx.log.info(`No job named ${quoted} in the cached job list; fetching the list again.`);
        list = await ctx.catalog.jobs({ refresh: true });
        matches = matchName(list.jobs, wanted);
    }
    // cache-hit tells whether the list the name was found in came from the cache.
    const cacheHit = list.fromCache;
    if (matches.length === 1)
        return { job: { id: matches[0].id, name: matches[0].name }, cacheHit };
    if (matches.length > 1) {
        const ids = matches.map((job) => job.id).join(', ');
        throw new ConfigError(`${ctx.label('job')}: ${matches.length} jobs are named ${quoted} (${ids}); give the job's id instead`);
    }
    const closest = closestNames(list.jobs, wanted);
    const hint = closest.length
        ? `; closest: ${closest.map((job) => `"${clip(job.name, QUOTED_NAME_CHARS)}" (${job.id})`).join(', ')}`
        : '';
    // Within the refresh grace period a cached list is trusted; say so, for a job made minutes ago.
    const cached = list.fromCache
        ? ` (cached job list from ${new Date(list.fetchedAt).toISOString()}; ${ctx.label('forceRefresh')} fetches it anew)`
        : '';
    throw new ConfigError(`${ctx.label('job')}: no job named ${quoted} among ${list.jobs.length} jobs${hint}${cached}`);
}
/**
 * Alma filters the job list by profile itself (`profile_id`, §2): one call, usually one page,
 * and steadier than a name, which people change in Alma.
 */
async function resolveInProfile(ctx, profileId, jobText) {
    const jobs = await ctx.client.listJobs({ profileId });
    const wanted = jobText?.trim();
    const matches = wanted === undefined ? jobs : jobs.filter((job) => job.id === wanted || job.name.trim() === wanted);
    const where = `integration profile ${profileId}`;
    if (matches.length === 1)
        return { job: { id: matches[0].id, name: matches[0].name }, cacheHit: false };
    const listed = (list) => list.map((job) => `"${clip(job.name, QUOTED_NAME_CHARS)}" (${job.id})`).join(', ');
    if (matches.length > 1) {
        throw new ConfigError(`${ctx.label('profileId')}: ${matches.length} jobs in ${where}: ${listed(matches)}; give ${ctx.label('job')}`);
    }
    if (wanted === undefined)
        throw new ConfigError(`${ctx.label('profileId')}: no job in ${where}`);
    throw new ConfigError(`${ctx.label('job')}: no job "${clip(wanted, QUOTED_NAME_CHARS)}" in ${where}${jobs.length ? `; it has ${listed(jobs)}` : ''}`);
}
/** Exact, case-sensitive; stray spaces are forgiven only when nothing matches exactly. */
function matchName(jobs, name) {
    const exact = jobs.filter((job) => job.name === name);
    if (exact.length)
        return exact;
    const trimmed = name.trim();
    return jobs.filter((job) => job.name.trim() === trimmed);
}
/**
 * The names nearest to a typo. A name whose length is far off cannot be close, so it is
 * skipped before the (quadratic) edit distance: a pasted 100 KB name costs nothing.
 */
function closestNames(jobs, name) {
    const target = name.toLowerCase();
    const slack = Math.max(3, Math.ceil(target.length / 3));
    return jobs
        .filter((job) => Math.abs(job.name.length - target.length) <= slack)
        .map((job) => ({ job, distance: editDistance(job.name.toLowerCase(), target) }))
        .filter(({ distance }) => distance <= slack)
        .sort((a, b) => a.distance - b.distance || a.job.name.localeCompare(b.job.name))
        .slice(0, SUGGESTIONS)
        .map(({ job }) => job);
}

;// CONCATENATED MODULE: ./src/commands/check.ts
// `check`: did every job that should have run since a moment run, and end well? For jobs Alma
// runs on its own schedule, which no script starts. One instance list per job (alma-api.md §2).





/** Jobs checked at once; the client's pacer keeps the calls per second in bounds (§6). */
const CHECK_CONCURRENCY = 10;
const check_DAY_MS = 86_400_000;
async function checkJobs(ctx, settings, now = Date.now()) {
    const picked = new Map();
    let cacheHit = false;
    for (const name of settings.jobs) {
        const resolved = await resolveJob(ctx, { job: name });
        cacheHit ||= resolved.cacheHit;
        picked.set(resolved.job.id, { job: resolved.job, named: true });
    }
    if (settings.selection) {
        const selected = await selectJobs(ctx, settings.selection);
        cacheHit ||= selected.cacheHit;
        for (const job of selected.jobs)
            if (!picked.has(job.id))
                picked.set(job.id, { job: ref(job), named: false });
    }
    // Whether Alma reads submit_date_from in UTC or the institution's zone is not documented: ask
    // from the day before, and cut at the exact moment on submit_time (as the run's reconcile does).
    const filter = { from: new Date(settings.sinceMs - check_DAY_MS).toISOString().slice(0, 10) };
    const entries = [...picked.values()];
    const jobs = new Array(entries.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < entries.length; index = next++) {
            const { job, named } = entries[index];
            let instances = await ctx.client.listInstances(job.id, filter);
            let checked = judgeJob(job, named, instances, settings, now);
            if (checked.verdict === 'missing') {
                // No run in the window: one more call finds a run that began long before and still runs
                // (stuck for days), which is news, not a missing run.
                instances = [...instances, ...(await ctx.client.listInstances(job.id, { status: 'RUNNING' }))];
                checked = judgeJob(job, named, instances, settings, now);
            }
            jobs[index] = checked;
        }
    };
    await Promise.all(Array.from({ length: Math.min(CHECK_CONCURRENCY, entries.length) }, worker));
    return { jobs: jobs.sort(worstFirst), cacheHit };
}
function ref(job) {
    return { id: job.id, name: job.name };
}
/** The verdict of a job is that of its newest run in the window; earlier failures are counted. */
function judgeJob(job, named, instances, settings, now) {
    const newestFirst = [...instances].sort((a, b) => (parseTime(b.submitTime) ?? 0) - (parseTime(a.submitTime) ?? 0));
    const runs = newestFirst.filter((instance) => (parseTime(instance.submitTime) ?? -Infinity) >= settings.sinceMs);
    const failedRuns = runs.filter((run) => isFailure(run));
    // No run began in the window, but one from before it may still be going: that is the news
    // (running, or stuck), not a missing run.
    const newest = runs[0] ?? newestFirst.find((run) => statuses_classifyStatus(run.status.value).outcome === 'running');
    const name = job.name ?? newest?.jobInfo?.name;
    const base = { job: { id: job.id, name }, named, runs: runs.length, failedRuns, newest };
    const verdict = newest ? classify(newest, settings.stuckAfterMs, now) : 'missing';
    const { failOn } = settings;
    const ended = newest && (verdict === 'ok' || verdict === 'warning');
    const counters = ended && failOn !== 'never' ? matchingCounters(newest.counters, settings.failOnCounter) : [];
    const fails = failOn !== 'never' &&
        (verdict === 'failed' ||
            verdict === 'stuck' ||
            (verdict === 'missing' && named) ||
            (verdict === 'warning' && failOn === 'warning') ||
            counters.length > 0);
    // §4: a success can hide failed records; said whatever fail-on-counter says.
    const hiddenFailures = ended && !counters.length ? failureCounters(newest.counters) : [];
    return { ...base, verdict, fails, failingCounters: counters, hiddenFailures };
}
function isFailure(run) {
    const outcome = statuses_classifyStatus(run.status.value).outcome;
    return outcome === 'failure' || outcome === 'needs-person';
}
function classify(run, stuckAfterMs, now) {
    switch (statuses_classifyStatus(run.status.value).outcome) {
        case 'success':
            return 'ok';
        case 'warning':
            return 'warning';
        case 'failure':
        case 'needs-person':
            return 'failed';
        case 'running': {
            const started = parseTime(run.startTime) ?? parseTime(run.submitTime);
            return started !== undefined && now - started > stuckAfterMs ? 'stuck' : 'running';
        }
    }
}
const RANK = { failed: 0, stuck: 1, missing: 2, warning: 3, running: 4, ok: 5 };
/** Worst first: what fails the step, then by verdict, then by name. */
function worstFirst(a, b) {
    return (Number(b.fails) - Number(a.fails) ||
        RANK[a.verdict] - RANK[b.verdict] ||
        (a.job.name ?? a.job.id).localeCompare(b.job.name ?? b.job.id));
}

;// CONCATENATED MODULE: ./src/commands/instances.ts

/** Without dates, the last 30 days: a job that runs every quarter hour has pages and pages of history. */
const DEFAULT_INSTANCE_DAYS = 30;
async function recentInstances(ctx, target, filter) {
    const { job, cacheHit } = await resolveJob(ctx, target);
    const instances = await ctx.client.listInstances(job.id, withDefaultDates(filter));
    const name = job.name ?? instances.find((instance) => instance.jobInfo?.name)?.jobInfo?.name;
    return { job: { id: job.id, name }, instances, cacheHit };
}
function withDefaultDates(filter, now = Date.now()) {
    if (filter.from || filter.to)
        return filter;
    const from = new Date(now - DEFAULT_INSTANCE_DAYS * 86_400_000).toISOString().slice(0, 10);
    return { ...filter, from };
}

;// CONCATENATED MODULE: ./src/commands/watch.ts
// Shared by run and status: wait on an instance and describe how it ended.


function instanceUrl(ctx, jobId, instanceId) {
    return `${ctx.baseUrl}/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`;
}
/**
 * Waits and fills in the report's instance, end and outcome. `deadlineAt` (ms since the epoch)
 * ends the wait sooner than `wait.timeoutMs` when time was spent before it (status by name).
 */
async function watchInstance(ctx, report, wait, options = {}) {
    const deadlineAt = options.deadlineAt ?? Date.now() + wait.timeoutMs;
    const warned = new Set();
    let missedPolls = 0;
    const result = await waitForInstance(ctx.client, report.job.id, report.instanceId, {
        ...wait,
        timeoutMs: Math.max(0, deadlineAt - Date.now()),
        signal: ctx.signal,
        unknownInstanceGraceMs: options.unknownInstanceGraceMs,
        onChange: (instance, elapsedMs) => ctx.onProgress?.(instance, elapsedMs),
        onUnknownStatus: (code) => {
            if (warned.has(code))
                return;
            warned.add(code);
            ctx.log.warning(`Alma reported status "${code}", which almajob does not know; treating it as still running.`);
        },
        // One warning, not one per poll: an outage can last many polls.
        onMissedPoll: (error) => {
            const message = `A status poll failed (${error.message}); still waiting until the timeout.`;
            if (missedPolls++ === 0)
                ctx.log.warning(message);
            else
                ctx.log.debug(message);
        }
    });
    const instance = result.instance ? await withDescription(ctx, result.instance, deadlineAt) : report.instance;
    // With end 'error' the run was still accepted: the report keeps its instance id for the outputs.
    return { ...report, instance, end: result.end, outcome: result.outcome, elapsedMs: result.elapsedMs, error: result.error };
}
function outcomeOf(instance) {
    return statuses_classifyStatus(instance.status.value).outcome;
}
/**
 * Alma normally sends the description; the code table is the fallback (§3.5). After a wait it
 * gets only what is left of the wait's time: a slow table must not stretch `timeout`.
 */
async function withDescription(ctx, instance, deadlineAt) {
    if (instance.status.desc)
        return instance;
    const code = instance.status.value;
    let desc = STATUS_DESCRIPTIONS[code];
    if (!desc && !ctx.signal?.aborted) {
        try {
            const rows = await withinDeadline(ctx, ctx.catalog.statusTable(), deadlineAt);
            desc = rows?.find((row) => row.code === code)?.description;
        }
        catch (error) {
            ctx.log.debug(`Could not read the systemJobStatus code table: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return desc ? { ...instance, status: { ...instance.status, desc } } : instance;
}
/** The work's result, or undefined once the deadline passes or the command is cancelled. */
async function withinDeadline(ctx, work, deadlineAt) {
    if (deadlineAt === undefined)
        return work;
    const signals = [AbortSignal.timeout(Math.max(0, deadlineAt - Date.now())), ...(ctx.signal ? [ctx.signal] : [])];
    const result = await untilAborted(work, AbortSignal.any(signals));
    return result === ABORTED ? undefined : result;
}

;// CONCATENATED MODULE: ./src/commands/run.ts
// `run`: submit a job once, then optionally wait for its instance to end.




/** Alma's job throttle (§3.3): a refused run was not started, so it may be sent again. */
const THROTTLE_CODES = new Set(['402222', '402223']);
/** Waits for a slot: a fifth of the time left, between these, jittered so many steps spread out. */
const SLOT_WAIT_MIN_MS = 1000;
const SLOT_WAIT_MAX_MS = 5 * 60_000;
async function submitJob(ctx, target, parameters, options = {}) {
    const { job, cacheHit } = await resolveJob(ctx, target);
    const run = await runWhenThereIsRoom(ctx, job.id, parameters, options.waitForSlotMs);
    const name = run.job.name || job.name;
    if (run.reconciled) {
        ctx.log.warning(`Alma's answer to the run was lost; adopted instance ${run.instanceId}, found in the job's instance list. Check it in Alma if in doubt.`);
    }
    ctx.log.info(`Started ${formatJob({ id: job.id, name })}: instance ${run.instanceId}`);
    const report = {
        job: { id: job.id, name },
        instanceId: run.instanceId,
        instanceUrl: instanceUrl(ctx, job.id, run.instanceId),
        end: 'submitted',
        cacheHit,
        reconciled: run.reconciled
    };
    return options.wait ? watchInstance(ctx, report, options.wait) : report;
}
/** The run POST; with `waitForSlotMs`, sent again after each throttle refusal until that time is spent. */
async function runWhenThereIsRoom(ctx, jobId, parameters, waitForSlotMs) {
    const sleep = ctx.sleep ?? abortableSleep;
    const startedAt = Date.now();
    for (;;) {
        try {
            return await ctx.client.runJob(jobId, parameters);
        }
        catch (error) {
            const leftMs = waitForSlotMs === undefined ? 0 : startedAt + waitForSlotMs - Date.now();
            if (!(error instanceof AlmaError) || !THROTTLE_CODES.has(error.code ?? '') || leftMs <= 0)
                throw error;
            const delayMs = Math.min(leftMs, slotDelayMs(leftMs));
            ctx.log.info(`No slot for job ${jobId} yet (${error.code}); trying again in ${formatDuration(delayMs)}.`);
            await sleep(delayMs, ctx.signal);
            // A cancel during the pause: the next runJob refuses to send and says the job was not started.
        }
    }
}
function slotDelayMs(leftMs) {
    const base = Math.min(SLOT_WAIT_MAX_MS, Math.max(SLOT_WAIT_MIN_MS, leftMs / 5));
    return Math.round(base * (0.5 + Math.random() / 2));
}

;// CONCATENATED MODULE: ./src/commands/status.ts
// `status`: one instance's state, optionally waiting for it to end.




async function checkInstance(ctx, jobText, instanceId, wait) {
    // With wait, `timeout` bounds the whole command: the name lookup too.
    const deadlineAt = wait ? Date.now() + wait.timeoutMs : undefined;
    const resolved = await withinDeadline(ctx, resolveJob(ctx, { job: jobText }), deadlineAt);
    if (!resolved)
        throw lookupTimedOut(ctx, wait);
    const { job, cacheHit } = resolved;
    const named = (instance) => ({ id: job.id, name: job.name ?? instance?.jobInfo?.name });
    const base = { instanceId, instanceUrl: instanceUrl(ctx, job.id, instanceId), cacheHit };
    if (wait) {
        // The first GET is the wait's first poll, so the wait's deadline holds from the start. The
        // user named the instance, so it exists: an unknown one is an error at once, not after a grace.
        const report = await watchInstance(ctx, { ...base, job, end: 'running' }, wait, {
            unknownInstanceGraceMs: 0,
            deadlineAt
        });
        return { ...report, job: named(report.instance) };
    }
    const instance = await withDescription(ctx, await ctx.client.getInstance(job.id, instanceId));
    const outcome = outcomeOf(instance);
    return { ...base, job: named(instance), instance, end: outcome === 'running' ? 'running' : 'finished', outcome };
}
function lookupTimedOut(ctx, wait) {
    if (ctx.signal?.aborted)
        return new AlmaError('Cancelled while looking up the job; nothing was sent to Alma.', { kind: 'cancelled' });
    return new AlmaError(`Alma sent no job list within the ${formatDuration(wait?.timeoutMs ?? 0)} timeout; no instance was looked at.`, {
        kind: 'timeout'
    });
}

;// CONCATENATED MODULE: ./src/commands/context.ts
// Builds what the commands need from Settings: the Alma client, the job catalog, and a
// logger that client events are translated into. Shared by the action and the CLI.


function createContext(settings, options) {
    const { log } = options;
    const client = new AlmaClient({
        apiKey: settings.apiKey,
        baseUrl: settings.baseUrl,
        quotaWarnBelow: settings.quotaWarnBelow,
        signal: options.signal,
        // Per-second refusals are retried for a while (§6), never past the step's own `timeout`.
        rateLimitBudgetMs: Math.min(DEFAULT_RATE_LIMIT_BUDGET_MS, 'wait' in settings && settings.wait ? settings.wait.timeoutMs : Infinity),
        onEvent: (event) => logClientEvent(log, event)
    });
    const catalog = new JobCatalog({
        client,
        log,
        store: options.store,
        ttlMs: settings.cache.ttlMs,
        forceRefresh: settings.cache.forceRefresh
    });
    return {
        client,
        catalog,
        log,
        label: options.label,
        baseUrl: settings.baseUrl,
        signal: options.signal,
        onProgress: options.onProgress
    };
}
function logClientEvent(log, event) {
    switch (event.type) {
        case 'retry':
            log.info(`${event.reason}; retrying ${event.method} ${event.path} in ${(event.delayMs / 1000).toFixed(1)} s (attempt ${event.attempt + 1})`);
            break;
        case 'quota-low':
            log.warning(`Only ${event.remaining} Alma API calls are left today for this institution (warning below ${event.threshold}).`);
            break;
        case 'request':
            log.debug(`${event.method} ${event.path} -> ${event.status ?? 'no answer'} in ${event.ms} ms`);
            break;
        case 'reconcile':
            log.warning(event.message);
            break;
        case 'skipped-item':
            // A malformed item of a list (an id that is not one, a placeholder): the rest is used.
            log.debug(`${event.method} ${event.path}: skipped an item (${event.message})`);
            break;
    }
}

;// CONCATENATED MODULE: ./src/commands/index.ts






async function runCommand(ctx, settings) {
    switch (settings.command) {
        case 'list':
            return { command: 'list', ...(await selectJobs(ctx, settings.filter)) };
        case 'instances':
            return { command: 'instances', ...(await recentInstances(ctx, settings, settings.filter)) };
        case 'run': {
            const { parameters, wait, waitForSlotMs } = settings;
            const report = await submitJob(ctx, settings, parameters, { wait, waitForSlotMs });
            return { command: 'run', report, verdict: verdict(report, settings) };
        }
        case 'check': {
            const checkedAt = Date.now();
            const { jobs, cacheHit } = await checkJobs(ctx, settings, checkedAt);
            const failed = jobs.filter((job) => job.fails).length;
            return { command: 'check', jobs, failed, sinceMs: settings.sinceMs, checkedAt, cacheHit };
        }
        case 'status': {
            const report = await checkInstance(ctx, settings.job, settings.instanceId, settings.wait);
            return { command: 'status', report, verdict: verdict(report, settings) };
        }
    }
}



;// CONCATENATED MODULE: ./src/inputs.ts
// The action's inputs: the only reader of them. Names as in action.yml; the runner passes each
// as INPUT_<NAME> with the hyphens kept (runner.md §3). Validation is settings.ts's.

const Inputs = {
    command: 'cmd',
    env: 'env',
    job: 'job',
    instanceId: 'id',
    apiKey: 'api-key',
    region: 'region',
    baseUrl: 'base-url',
    parameters: 'parameters',
    wait: 'wait',
    timeout: 'timeout',
    pollInterval: 'poll-interval',
    maxPollInterval: 'max-poll-interval',
    failOn: 'fail-on',
    failOnCounter: 'fail-on-counter',
    waitForSlot: 'wait-for-slot',
    profileId: 'profile-id',
    since: 'since',
    stuckAfter: 'stuck-after',
    type: 'type',
    category: 'category',
    from: 'from',
    to: 'to',
    instanceStatus: 'instance-status',
    cache: 'cache',
    cacheTtl: 'cache-ttl',
    forceRefresh: 'force-refresh',
    cacheDir: 'cache-dir',
    quotaWarnBelow: 'quota-warn-below'
};
/** `maskSecret` is called with the API key as soon as it is read, before anything can log it. */
function readActionSettings(getInput, env = process.env, maskSecret = () => { }) {
    const source = {
        processEnv: env,
        text: (field) => getInput(Inputs[field]),
        label: (field) => Inputs[field],
        // Like the old script, the environment picks the key when no key is passed.
        apiKeys: (environment) => [
            { key: getInput(Inputs.apiKey), label: Inputs.apiKey },
            { key: env[API_KEY_VARIABLES[environment]], label: API_KEY_VARIABLES[environment] },
            { key: env[ANY_API_KEY_VARIABLE], label: ANY_API_KEY_VARIABLE }
        ],
        missingKey: (environment) => `${Inputs.apiKey}: no Alma API key; pass api-key: \${{ secrets.ALMA_API_KEY }}, or set ${API_KEY_VARIABLES[environment]} or ${ANY_API_KEY_VARIABLE}`
    };
    return readSettings(source, maskSecret);
}

;// CONCATENATED MODULE: ./src/text/safe.ts
// Text that came from the network, made safe to print. A log line that starts with `::` is a
// workflow command the runner obeys, and `##[` is its older form (runner.md §3); a terminal
// obeys escape sequences, and a bare CR rewrites the line. So every such string is shown
// with its control characters escaped, and no line may start a command.
/** Every C0 and C1 control character, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Control characters shown as escapes (`\n`, `\x1b`): the text stays on one line and inert. */
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
    return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/report/error-line.ts
// Turning any error into the one line a person sees. The only place that does it, for both
// shells, and the last place the API key is scrubbed before a line is printed.



/** A line stays readable: Alma's own messages are short; anything longer is an echoed body. */
const error_line_MAX_LINE_CHARS = 1000;
function describeError(error, secrets) {
    const [kind, message] = error_line_classify(error);
    // Scrub first, then cut: a cut key is still a key.
    return { kind, line: safeLine(clip(redact(message, secrets), error_line_MAX_LINE_CHARS)) };
}
function error_line_classify(error) {
    if (error instanceof ConfigError)
        return ['config', error.message];
    if (error instanceof AlmaError)
        return [error.kind === 'cancelled' ? 'cancelled' : 'alma', error.message];
    if (error instanceof Error && error.name === 'AbortError') {
        return ['cancelled', 'Cancelled before the job was started; nothing was sent to Alma.'];
    }
    const message = error instanceof Error ? error.message : String(error);
    return ['unexpected', `Unexpected error: ${message.split('\n')[0]}`];
}

;// CONCATENATED MODULE: ./src/report/outputs.ts


const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'instance-id',
    'job-id',
    'job-name',
    'status',
    'status-description',
    'progress',
    'counters',
    'alerts',
    'submit-time',
    'start-time',
    'end-time',
    'duration-seconds',
    'instance-url',
    'jobs',
    'jobs-file',
    'instances',
    'report',
    'failed',
    'checked',
    'cache-hit'
]));
/**
 * GitHub refuses an output over 1 MB (runner.md §3); a list output (jobs, instances,
 * counters, alerts) stops below it, at a whole item. The action writes the full job list to a
 * file (`jobs-file`). Four lists of an instance stay under the 50 MB of a whole run.
 */
const MAX_LIST_OUTPUT_BYTES = 1_000_000;
const ACTION_LIMITS = { maxListBytes: MAX_LIST_OUTPUT_BYTES };
function instanceOutputs(report, limits = ACTION_LIMITS) {
    const instance = report.instance;
    const outputs = {
        'instance-id': report.instanceId,
        'job-id': report.job.id,
        'job-name': oneLine(report.job.name),
        'instance-url': report.instanceUrl,
        'cache-hit': String(report.cacheHit)
    };
    if (!instance)
        return outputs;
    const duration = durationSeconds(instance);
    return {
        ...outputs,
        status: oneLine(instance.status.value),
        'status-description': oneLine(instance.status.desc),
        progress: instance.progress === undefined ? '' : String(instance.progress),
        counters: jsonArray(instance.counters.map((counter) => ({
            type: counter.type.value,
            description: counter.type.desc ?? '',
            value: counter.value
        })), limits.maxListBytes),
        alerts: jsonArray(instance.alerts.map((alert) => ({ code: alert.value, description: alert.desc ?? '' })), limits.maxListBytes),
        'submit-time': oneLine(instance.submitTime),
        'start-time': oneLine(instance.startTime),
        'end-time': oneLine(instance.endTime),
        'duration-seconds': duration === undefined ? '' : String(duration)
    };
}
function jobListOutputs(result, limits = ACTION_LIMITS) {
    return { jobs: jsonArray(result.jobs.map(jobRecord), limits.maxListBytes), 'cache-hit': String(result.cacheHit) };
}
function instanceListOutputs(result, limits = ACTION_LIMITS) {
    return {
        'job-id': result.job.id,
        'job-name': oneLine(result.job.name),
        instances: jsonArray(result.instances.map(instanceRecord), limits.maxListBytes),
        'cache-hit': String(result.cacheHit)
    };
}
function checkOutputs(result, limits = ACTION_LIMITS) {
    return {
        report: jsonArray(result.jobs.map(checkRecord), limits.maxListBytes),
        failed: String(result.failed),
        checked: String(result.jobs.length),
        'cache-hit': String(result.cacheHit)
    };
}
/** A checked job as the `report` output lists it: the newest run's facts, as `run` gives them. */
function checkRecord(checked) {
    const run = checked.newest;
    const duration = run && durationSeconds(run);
    return {
        'job-id': checked.job.id,
        'job-name': checked.job.name ?? '',
        verdict: checked.verdict,
        fails: checked.fails,
        'instance-id': run?.id ?? '',
        status: run?.status.value ?? '',
        'status-description': run?.status.desc ?? '',
        'submit-time': run?.submitTime ?? '',
        'start-time': run?.startTime ?? '',
        'end-time': run?.endTime ?? '',
        'duration-seconds': duration ?? null,
        runs: checked.runs,
        'failed-runs': checked.failedRuns.length,
        counters: (run?.counters ?? []).map((counter) => ({
            type: counter.type.value,
            description: counter.type.desc ?? '',
            value: counter.value
        }))
    };
}
/** A job as the `jobs` output lists it. */
function jobRecord(job) {
    return { id: job.id, name: job.name, description: job.description, type: job.type?.value, category: job.category?.value };
}
/** An instance as the `instances` output lists it. */
function instanceRecord(instance) {
    return {
        id: instance.id,
        status: instance.status.value,
        statusDescription: instance.status.desc,
        progress: instance.progress,
        submitTime: instance.submitTime,
        startTime: instance.startTime,
        endTime: instance.endTime,
        durationSeconds: durationSeconds(instance),
        submittedBy: instance.submittedBy?.desc ?? instance.submittedBy?.value
    };
}
/** True when a list output holds fewer items than the list (see MAX_LIST_OUTPUT_BYTES). */
function listCut(outputs, items) {
    const json = outputs.jobs ?? outputs.instances ?? outputs.report;
    return json !== undefined && JSON.parse(json).length < items;
}
/** A JSON array of as many whole items as fit in `maxBytes`. */
function jsonArray(items, maxBytes) {
    const parts = [];
    let bytes = 2;
    for (const item of items) {
        const part = JSON.stringify(item);
        const size = Buffer.byteLength(part, 'utf8') + (parts.length ? 1 : 0);
        if (bytes + size > maxBytes)
            break;
        parts.push(part);
        bytes += size;
    }
    return `[${parts.join(',')}]`;
}
/** A single-line output: a line break from Alma must not add a line to a workflow's YAML or shell. */
function oneLine(text) {
    return text === undefined ? '' : printable(text);
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// GitHub-flavoured Markdown for the job summary: a run's or status's end, the job
// list and recent instances (with a Mermaid gantt). Plain strings; the action adds
// them with core.summary.addRaw, the CLI may print them.




/** GitHub refuses a step summary over 1 MiB; stay well below it. */
const SUMMARY_MAX_BYTES = 1000 * 1024;
/** Rows before a table is cut; the rest is counted, not shown. */
const DEFAULT_JOB_ROWS = 200;
const DEFAULT_INSTANCE_ROWS = 100;
/** Bars in the gantt: more is unreadable and Mermaid slows down. */
const DEFAULT_GANTT_BARS = 40;
const MAX_CELL_CHARS = 200;
const MAX_COUNTER_ROWS = 200;
const MAX_ALERTS = 100;
const OUTCOME_MARK = {
    success: '✅',
    warning: '⚠️',
    failure: '❌',
    'needs-person': '✋',
    running: '⏳'
};
/** Text for a table cell: one line, no table breaks, no HTML, no stray Markdown emphasis. */
function escapeCell(text, maxChars = MAX_CELL_CHARS) {
    return escapeInline(printable(clip(text, maxChars))).replace(/\|/g, '\\|');
}
/** Inline Markdown text outside tables (headings, list items). */
function escapeInline(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]~])/g, '\\$1')
        .replace(/[\r\n]+/g, ' ')
        // At the start of a list item these would open a heading or a nested list.
        .replace(/^([#+-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** Ids, codes and links as code; clipped and kept on one line like any cell. */
function code(text) {
    // Backticks inside would end the span; these are ids and codes, which have none.
    return `\`${printable(clip(text, 500)).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
/** 'Completed with Warnings (`COMPLETED_WARNING`)': the description as text, the code as code. */
function codeLabel(value) {
    return value.desc && value.desc !== value.value ? `${escapeCell(value.desc)} (${code(value.value)})` : code(value.value);
}
function jobLabel(job) {
    return job.name ? `${escapeCell(job.name)} (${code(job.id)})` : code(job.id);
}
function table(header, rows, align) {
    return [
        `| ${header.join(' | ')} |`,
        `|${(align ?? header.map(() => '---')).join('|')}|`,
        ...rows.map((row) => `| ${row.join(' | ')} |`)
    ];
}
/** Markdown for a run or status: heading, the instance's facts, counters, alerts. */
function instanceMarkdown(report) {
    const instance = report.instance;
    const name = report.job.name ?? report.job.id;
    const lines = [`## ${headingMark(report)} ${escapeInline(name)}: ${escapeInline(headingState(report))}`, ''];
    const facts = [
        ['Job', jobLabel(report.job)],
        ['Instance', code(report.instanceId)]
    ];
    if (instance) {
        const outcome = report.outcome;
        facts.push(['Status', `${outcome ? `${OUTCOME_MARK[outcome]} ` : ''}${codeLabel(instance.status)}`]);
        if (instance.progress !== undefined)
            facts.push(['Progress', formatPercent(instance.progress)]);
        if (instance.submitTime) {
            const by = instance.submittedBy ? ` by ${escapeCell(instance.submittedBy.desc || instance.submittedBy.value)}` : '';
            facts.push(['Submitted', `${escapeCell(formatTime(instance.submitTime))}${by}`]);
        }
        if (instance.startTime)
            facts.push(['Started', escapeCell(formatTime(instance.startTime))]);
        if (instance.endTime)
            facts.push(['Ended', escapeCell(formatTime(instance.endTime))]);
        const duration = instance.endTime ? instanceDurationMs(instance) : undefined;
        if (duration !== undefined)
            facts.push(['Duration', formatDuration(duration)]);
    }
    if (report.elapsedMs !== undefined)
        facts.push(['Waited', formatDuration(report.elapsedMs)]);
    facts.push(['API link', code(report.instanceUrl)]);
    lines.push(...table(['', ''], facts.map(([label, value]) => [`**${label}**`, value])), '');
    const note = endNote(report);
    if (note)
        lines.push(`> ${note}`, '');
    if (instance && instance.counters.length > 0) {
        const shown = instance.counters.slice(0, MAX_COUNTER_ROWS);
        // §4: a success can hide failed records; the counters that say so are marked.
        const failed = new Set(report.outcome === 'success' || report.outcome === 'warning' ? failureCounters(instance.counters) : []);
        lines.push('### Counters', '');
        if (failed.size)
            lines.push(`> ⚠️ The job ended ${escapeInline(instance.status.value)}, but ${failed.size === 1 ? 'a counter reports' : `${failed.size} counters report`} failed records.`, '');
        lines.push(...table(['Counter', 'Value'], shown.map((counter) => [
            `${failed.has(counter) ? '⚠️ ' : ''}${escapeCell(counter.type.desc || counter.type.value)}`,
            escapeCell(counter.value)
        ]), ['---', '---:']), '');
        if (shown.length < instance.counters.length)
            lines.push(`_Showing ${shown.length} of ${instance.counters.length} counters._`, '');
    }
    if (instance && instance.alerts.length > 0) {
        lines.push('### Alerts', '');
        for (const alert of instance.alerts.slice(0, MAX_ALERTS)) {
            lines.push(`- ${alert.desc ? `${escapeInline(printable(clip(alert.desc, 500)))} (${code(alert.value)})` : code(alert.value)}`);
        }
        if (instance.alerts.length > MAX_ALERTS)
            lines.push(`- _…and ${instance.alerts.length - MAX_ALERTS} more_`);
        lines.push('');
    }
    if (report.cacheHit)
        lines.push('<sub>Job resolved from the cached job list.</sub>', '');
    return capMarkdown(lines.join('\n'));
}
function headingMark(report) {
    switch (report.end) {
        case 'timeout':
            return '⏱️';
        case 'cancelled':
            return '🛑';
        case 'error':
            return '⚠️';
        case 'submitted':
            return '⏳';
        default:
            return report.outcome ? OUTCOME_MARK[report.outcome] : '⏳';
    }
}
function headingState(report) {
    const status = report.instance ? report.instance.status.desc || report.instance.status.value : undefined;
    switch (report.end) {
        case 'submitted':
            return 'submitted';
        case 'timeout':
            return `still ${status ?? 'not seen'} after ${formatDuration(report.elapsedMs ?? 0)}`;
        case 'cancelled':
            return `wait cancelled (${status ?? 'not seen yet'})`;
        case 'error':
            return `wait ended by an Alma error (${status ?? 'not seen yet'})`;
        default:
            return status ?? report.end;
    }
}
function endNote(report) {
    const parts = [];
    if (report.end === 'submitted')
        parts.push('Submitted without waiting; check it later with the `status` command and this instance id.');
    if (report.end === 'error')
        parts.push(`The wait ended on an error: ${report.error?.message ?? 'unknown'}.`);
    if (report.end === 'timeout' || report.end === 'cancelled' || report.end === 'error') {
        // There is no cancel call (alma-api.md §2): the instance goes on.
        parts.push('Alma has no call to stop a job instance, so it goes on in Alma; check it later with the `status` command.');
    }
    if (report.outcome === 'needs-person')
        parts.push('Alma is waiting for someone to handle this job in the Alma UI.');
    if (report.reconciled)
        parts.push("Alma's answer to the run was lost; this instance was found in the job's instance list just after.");
    return parts.length ? parts.join(' ') : undefined;
}
/** Markdown for `list`: counts per type and category, then the first rows by name. */
function jobListMarkdown(jobs, opts = {}) {
    const maxRows = opts.maxRows ?? DEFAULT_JOB_ROWS;
    const total = Math.max(opts.total ?? jobs.length, jobs.length);
    const lines = [`## Alma jobs${opts.env ? ` (${escapeInline(opts.env)})` : ''}`, ''];
    const byType = countBy(jobs, (job) => job.type?.value || 'unknown');
    lines.push(`${total} ${total === 1 ? 'job' : 'jobs'}${byType.length ? `: ${byType.map(([type, count]) => `${count} ${code(type)}`).join(', ')}` : ''}.`, '');
    if (jobs.length === 0)
        return capMarkdown(lines.join('\n'));
    const sorted = [...jobs].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const shown = sorted.slice(0, maxRows);
    lines.push(...table(['Id', 'Name', 'Type', 'Category'], shown.map((job) => [
        code(job.id),
        escapeCell(job.name),
        job.type ? code(job.type.value) : '',
        escapeCell(job.category ? job.category.desc || job.category.value : '')
    ])), '');
    if (shown.length < total)
        lines.push(`_Showing ${shown.length} of ${total} jobs, by name._`, '');
    const byCategory = countBy(jobs, (job) => (job.category ? job.category.desc || job.category.value : '(none)'));
    lines.push('<details><summary>Jobs per category</summary>', '');
    lines.push(...table(['Category', 'Jobs'], byCategory.map(([category, count]) => [escapeCell(category), String(count)]), ['---', '---:']));
    lines.push('', '</details>', '');
    if (opts.fromCache)
        lines.push('<sub>From the cached job list.</sub>', '');
    return capMarkdown(lines.join('\n'));
}
/** Markdown for `instances`: counts per status, a table of recent runs and a gantt of their durations. */
function instanceListMarkdown(job, instances, opts = {}) {
    const maxRows = opts.maxRows ?? DEFAULT_INSTANCE_ROWS;
    const now = opts.now ?? Date.now();
    const lines = [`## Recent runs of ${escapeInline(job.name ?? job.id)}`, ''];
    const byStatus = countBy(instances, (instance) => instance.status.value);
    lines.push(`${instances.length} ${instances.length === 1 ? 'instance' : 'instances'} of ${jobLabel(job)}` +
        `${byStatus.length ? `: ${byStatus.map(([status, count]) => `${count} ${code(status)}`).join(', ')}` : ''}.`, '');
    if (instances.length === 0)
        return capMarkdown(lines.join('\n'));
    // Alma's list order is not documented (§3.4): sort newest first here.
    const sorted = [...instances].sort((a, b) => (parseTime(b.submitTime) ?? -Infinity) - (parseTime(a.submitTime) ?? -Infinity));
    const shown = sorted.slice(0, maxRows);
    lines.push(...table(['Instance', 'Submitted', 'Status', 'Duration', 'Submitted by'], shown.map((instance) => {
        const outcome = summary_outcomeOf(instance);
        const duration = instanceDurationMs(instance, instance.endTime ? undefined : now);
        return [
            code(instance.id),
            escapeCell(formatTime(instance.submitTime) ?? ''),
            `${OUTCOME_MARK[outcome]} ${codeLabel(instance.status)}`,
            duration === undefined ? '' : `${formatDuration(duration)}${instance.endTime ? '' : ' so far'}`,
            escapeCell(instance.submittedBy ? instance.submittedBy.desc || instance.submittedBy.value : '')
        ];
    })), '');
    if (shown.length < instances.length)
        lines.push(`_Showing the ${shown.length} newest of ${instances.length} instances._`, '');
    const gantt = ganttOf(job, sorted.slice(0, opts.maxGanttBars ?? DEFAULT_GANTT_BARS), now);
    if (gantt.length)
        lines.push(...gantt, '');
    return capMarkdown(lines.join('\n'));
}
const VERDICT_MARK = {
    ok: '✅',
    warning: '⚠️',
    failed: '❌',
    stuck: '❌',
    running: '⏳',
    missing: '❔'
};
/** Failing jobs whose alerts are listed under the table; more would bury the table. */
const MAX_ALERT_SECTIONS = 20;
/** Markdown for `check`: one table, a row per job, worst first; then the failing jobs' alerts. */
function checkMarkdown(result) {
    const mark = result.failed ? '❌' : result.jobs.some((job) => job.verdict === 'warning') ? '⚠️' : '✅';
    const lines = [`## ${mark} ${escapeInline(checkHeadline(result))}`, ''];
    lines.push(`Runs submitted since ${escapeInline(formatTime(new Date(result.sinceMs).toISOString()))}.`, '');
    const shown = result.jobs.slice(0, DEFAULT_JOB_ROWS);
    lines.push(...table(['', 'Job', 'Newest run', 'When', 'Took', 'Failed records', 'Runs (failed)'], shown.map((job) => checkRow(job, result.checkedAt)), ['---', '---', '---', '---', '---:', '---', '---:']), '');
    if (shown.length < result.jobs.length)
        lines.push(`_Showing the ${shown.length} worst of ${result.jobs.length} jobs._`, '');
    const failing = result.jobs
        .filter((job) => job.fails && job.newest && job.newest.alerts.length > 0)
        .slice(0, MAX_ALERT_SECTIONS);
    for (const job of failing) {
        lines.push(`### ${escapeInline(job.job.name ?? job.job.id)}`, '');
        for (const alert of job.newest.alerts.slice(0, MAX_ALERTS)) {
            lines.push(`- ${alert.desc ? `${escapeInline(printable(clip(alert.desc, 500)))} (${code(alert.value)})` : code(alert.value)}`);
        }
        lines.push('');
    }
    if (result.cacheHit)
        lines.push('<sub>Job names resolved from the cached job list.</sub>', '');
    return capMarkdown(lines.join('\n'));
}
function checkRow(job, now) {
    const run = job.newest;
    const submitted = parseTime(run?.submitTime);
    const took = run?.endTime ? instanceDurationMs(run) : undefined;
    // §4: a success can hide failed records; these are the counters that say so.
    const failedRecords = run
        ? failureCounters(run.counters).map((counter) => `${counter.type.desc || counter.type.value}: ${counter.value}`)
        : [];
    return [
        VERDICT_MARK[job.verdict],
        jobLabel(job.job),
        run ? codeLabel(run.status) : escapeCell(verdictWords(job)),
        submitted === undefined ? '' : `${escapeCell(formatTime(run.submitTime))}, ${formatAgo(now - submitted)}`,
        took === undefined ? (job.verdict === 'running' || job.verdict === 'stuck' ? 'not ended' : '') : formatDuration(took),
        escapeCell(failedRecords.join('; ')),
        `${job.runs} (${job.failedRuns.length})`
    ];
}
/**
 * Mermaid gantt of run durations, oldest at the top. `dateFormat x` takes epoch
 * milliseconds, so runs of a few seconds still get a bar.
 */
function ganttOf(job, instances, now) {
    const bars = [];
    for (const instance of instances) {
        const outcome = summary_outcomeOf(instance);
        const start = parseTime(instance.startTime) ?? parseTime(instance.submitTime);
        const end = parseTime(instance.endTime) ?? (outcome === 'running' ? now : undefined);
        if (start === undefined || end === undefined || end < start)
            continue;
        const tags = outcome === 'failure' || outcome === 'needs-person' ? ['crit'] : outcome === 'running' ? ['active'] : ['done'];
        // A zero-length bar is invisible; give it a second.
        bars.push({ label: mermaidText(`${instance.id} ${instance.status.value}`), tags, start, end: Math.max(end, start + 1000) });
    }
    if (bars.length === 0)
        return [];
    bars.reverse();
    const span = Math.max(...bars.map((bar) => bar.end)) - Math.min(...bars.map((bar) => bar.start));
    const axisFormat = span <= 86_400_000 ? '%H:%M' : span <= 14 * 86_400_000 ? '%m-%d %H:%M' : '%Y-%m-%d';
    return [
        '```mermaid',
        'gantt',
        `  title ${mermaidText(`Runs of ${job.name ?? job.id}`)}`,
        '  dateFormat x',
        `  axisFormat ${axisFormat}`,
        '  todayMarker off',
        '  section Runs',
        ...bars.map((bar, index) => `  ${bar.label} :${[...bar.tags, `run${index}`, String(bar.start), String(bar.end)].join(', ')}`),
        '```'
    ];
}
/** Mermaid gantt text: ':' ends a label, '#' and ';' and '%' start syntax; HTML and newlines break it. */
function mermaidText(text) {
    const cleaned = text
        .replace(/[:#;%`<>&"\r\n\t{}]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return clip(cleaned, 80) || 'run';
}
/**
 * The last safety net under GitHub's 1 MiB limit: cut at a line, close an open
 * code fence, and say so. Rows are already capped, so this seldom fires.
 */
function capMarkdown(markdown, maxBytes = SUMMARY_MAX_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const note = '\n\n_Summary cut to stay under GitHub’s 1 MiB limit._\n';
    const budget = maxBytes - Buffer.byteLength(note + '\n```', 'utf8');
    const lines = markdown.split('\n');
    const kept = [];
    let bytes = 0;
    for (const line of lines) {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (bytes + size > budget)
            break;
        kept.push(line);
        bytes += size;
    }
    const openFence = kept.filter((line) => line.startsWith('```')).length % 2 === 1;
    return `${kept.join('\n')}${openFence ? '\n```' : ''}${note}`;
}
function summary_outcomeOf(instance) {
    return statuses_classifyStatus(instance.status.value).outcome;
}
function countBy(items, key) {
    const counts = new Map();
    for (const item of items)
        counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's story: inputs → settings → runCommand → outputs, summary, exit status.













/**
 * The runner sends SIGINT, then SIGTERM 7.5 s later (runner.md §3). A wait stops at once; a
 * request in flight (a run POST above all) gets this long to bring back its instance id.
 */
const CANCEL_GRACE_MS = 5000;
function actionLog(secrets) {
    const clean = (text) => safeLine(redact(text, secrets));
    return {
        debug: (message) => core/* debug */.Yz(clean(message)),
        info: (message) => core/* info */.pq(clean(message)),
        warning: (message) => core/* warning */.$e(clean(message)),
        group: (title) => core/* startGroup */.Oh(clean(title)),
        endGroup: () => core/* endGroup */.N4(),
        fail: (message) => core/* setFailed */.C1(clean(message))
    };
}
async function run() {
    const secrets = [];
    const log = actionLog(secrets);
    const cancel = new AbortController();
    let settings;
    const stopListening = listenForCancel(cancel, log, () => settings);
    let ctx;
    try {
        settings = readActionSettings((name) => core/* getInput */.V4(name), process.env, (secret) => {
            secrets.push(secret);
            core/* setSecret */.Pq(secret);
        });
        const store = settings.cache.enabled ? createActionStore(settings, log) : undefined;
        ctx = createContext(settings, {
            log,
            label: (field) => Inputs[field],
            signal: cancel.signal,
            store,
            // One line per change of status or progress, not per poll.
            onProgress: (instance, elapsedMs) => log.info(`[${formatDuration(elapsedMs)}] ${formatProgress(instance)}`)
        });
        const waiting = 'wait' in settings && settings.wait !== undefined;
        if (waiting)
            log.group('Waiting for the Alma job');
        let result;
        try {
            result = await runCommand(ctx, settings);
        }
        finally {
            if (waiting)
                log.endGroup();
        }
        await render(result, settings, log, secrets);
        const failed = 'verdict' in result && result.verdict.failed;
        // The command got its answer before the signal took effect; a cancelled step still fails.
        if (cancel.signal.aborted && !failed) {
            const started = result.command === 'run' ? ` The job was started as instance ${result.report.instanceId}; it goes on in Alma.` : '';
            log.fail(`Cancelled after the ${result.command} had finished.${started}`);
        }
    }
    catch (error) {
        log.fail(describeError(error, secrets).line);
    }
    finally {
        ctx?.client.close();
        stopListening();
    }
}
async function render(result, settings, log, secrets) {
    const setOutputs = (outputs) => {
        // Alma's data was scrubbed by the client; this is the last look before the runner gets it.
        for (const [name, value] of Object.entries(outputs))
            core/* setOutput */.uH(name, redact(value, secrets));
    };
    const summary = (markdown) => writeSummary(redact(markdown, secrets), log);
    switch (result.command) {
        case 'list': {
            // Folded: an institution has hundreds of jobs.
            log.group(listHeadline(result));
            for (const job of result.jobs)
                log.info(`${job.id}  ${job.name}`);
            log.endGroup();
            const outputs = { ...jobListOutputs(result), 'jobs-file': await writeJobsFile(result, settings, log) };
            setOutputs(outputs);
            if (listCut(outputs, result.jobs.length)) {
                const rest = outputs['jobs-file'] ? ` All ${result.jobs.length} are in the file named by jobs-file.` : '';
                log.warning(`The jobs output holds the first jobs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes.${rest}`);
            }
            await summary(jobListMarkdown(result.jobs, { env: settings.env, fromCache: result.cacheHit }));
            return;
        }
        case 'instances': {
            log.info(listHeadline(result));
            const outputs = instanceListOutputs(result);
            setOutputs(outputs);
            if (listCut(outputs, result.instances.length)) {
                log.warning(`The instances output holds the newest runs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes; narrow from/to.`);
            }
            await summary(instanceListMarkdown(result.job, result.instances));
            return;
        }
        case 'check': {
            for (const job of result.jobs)
                log.info(checkLine(job, result.checkedAt));
            const outputs = checkOutputs(result);
            // Outputs first, so `if: failure()` steps can open an issue from the report (runner.md §6).
            setOutputs(outputs);
            if (listCut(outputs, result.jobs.length)) {
                log.warning(`The report output holds the worst jobs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes.`);
            }
            for (const warning of checkWarnings(result))
                log.warning(warning);
            await summary(checkMarkdown(result));
            if (result.failed)
                log.fail(checkHeadline(result));
            return;
        }
        case 'run':
        case 'status': {
            const { report, verdict } = result;
            // Outputs first, so `if: failure()` steps still get the instance id (runner.md §6).
            setOutputs(instanceOutputs(report));
            for (const line of describeInstanceEnd(report))
                log.info(line);
            await summary(instanceMarkdown(report));
            if (report.end === 'cancelled') {
                log.warning(`Cancelled while waiting for instance ${report.instanceId} of ${report.job.name ?? report.job.id}. ` +
                    `Alma has no call to cancel a job instance, so the job goes on in Alma; check it later with cmd: status, id: ${report.instanceId}.`);
            }
            if (verdict.failed)
                log.fail(verdict.reason);
            else if (verdict.warning)
                log.warning(verdict.warning);
            return;
        }
    }
}
/**
 * The whole job list as JSON, for a later step of the same job: the `jobs` output stops at
 * GitHub's size limit. RUNNER_TEMP is emptied when the job ends (runner.md §3).
 */
async function writeJobsFile(result, settings, log) {
    const file = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `almajob-jobs-${settings.env}.json`);
    try {
        await (0,promises_namespaceObject.writeFile)(file, JSON.stringify(result.jobs.map(jobRecord)), { mode: 0o600 });
        return file;
    }
    catch (error) {
        log.warning(`Could not write the job list to ${file}: ${error instanceof Error ? error.message : String(error)}`);
        return '';
    }
}
async function writeSummary(markdown, log) {
    // Outside a runner there is no summary file; that is not an error.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${describeError(error, []).line}`);
    }
}
/**
 * SIGINT/SIGTERM: abort, so no new request starts and a wait reports what it knows; if
 * nothing finishes within the grace period (a request in flight), leave anyway.
 */
function listenForCancel(cancel, log, currentSettings) {
    const onSignal = (signal) => {
        if (cancel.signal.aborted)
            process.exit(1);
        log.info(`Received ${signal}; stopping.`);
        cancel.abort();
        setTimeout(() => {
            const settings = currentSettings();
            // The run POST may still be open: Alma may have started the job without our hearing of it.
            const maybeStarted = settings?.command === 'run'
                ? ` If the run of job ${settings.job ?? `profile ${settings.profileId}`} reached Alma, the job goes on there; look for it with cmd: instances.`
                : '';
            log.fail(`Cancelled (${signal}) while a request to Alma was still open.${maybeStarted}`);
            process.exit(1);
        }, CANCEL_GRACE_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(6607);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(2145);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 4 modules
var lib_exec = __nccwpck_require__(5334);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 5334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 2145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 6607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Kg: () => (/* binding */ HttpClientError),
  Hv: () => (/* binding */ HttpCodes)
});

// UNUSED EXPORTS: Headers, HttpClientResponse, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/shims/undici.ts
// What the bundles get for `undici` (tsconfig.json "paths", which ncc follows). @actions/http-client
// imports undici only for getAgentDispatcher(), a proxy dispatcher for fetch() that almajob,
// @actions/core and @actions/cache never call. Bundled, undici was 1 MB of the 1.45 MB
// dist/index.js and about 20 ms of every start (npm run bench, cold start). Proxies still work:
// http-client's own requests go through its `tunnel` agent, not undici.
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with almajob, so HttpClient.getAgentDispatcher() is unavailable');
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

/***/ }),

/***/ 5824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ XMLValidator)
/* harmony export */ });
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1176);






const XMLValidator = {
  validate: _validator_js__WEBPACK_IMPORTED_MODULE_0__/* .validate */ .t
}


/***/ }),

/***/ 984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ isName),
/* harmony export */   Xe: () => (/* binding */ getAllMatches),
/* harmony export */   q9: () => (/* binding */ DANGEROUS_PROPERTY_NAMES),
/* harmony export */   vl: () => (/* binding */ criticalProperties),
/* harmony export */   yQ: () => (/* binding */ isExist)
/* harmony export */ });
/* unused harmony exports nameRegexp, isEmptyObject, getValue */


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];

/***/ }),

/***/ 1176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(984);




const defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isName */ .Eo)(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .isName */ .Eo)(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

/***/ }),

/***/ 1143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ XMLParser)
});

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/util.js
var util = __nccwpck_require__(984);
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (util/* DANGEROUS_PROPERTY_NAMES */.q9.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (util/* DANGEROUS_PROPERTY_NAMES */.q9.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (util/* criticalProperties */.vl.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

// EXTERNAL MODULE: ./node_modules/xml-naming/src/index.js
var src = __nccwpck_require__(4658);
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !(0,src/* qName */.fG)(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if ((0,src/* qName */.fG)(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
;// CONCATENATED MODULE: ./node_modules/anynum/digitTable.js
/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/anynum/anynum.js




const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}


/* harmony default export */ const anynum_anynum = (anynum);
;// CONCATENATED MODULE: ./node_modules/strnum/strnum.js
const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;



const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum_anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Matcher.js
var Matcher = __nccwpck_require__(8257);
// EXTERNAL MODULE: ./node_modules/path-expression-matcher/src/Expression.js
var Expression = __nccwpck_require__(3945);
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/ExpressionSet.js
/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}

;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/entities.js
// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------

/**
 * Basic Latin & Special Characters
 * @type {Record<string, string>}
 */
const BASIC_LATIN = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsquor: '‚',
  rsquor: '’',
  ldquor: '„',
  bdquo: '„',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percent: '%',
  ast: '*',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  lbrace: '{',
  rbrace: '}',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  COPY: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  REG: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  half: '½',
  frac34: '¾',
  iquest: '¿',
  times: '×',
  div: '÷',
  divide: '÷',
};

/**
 * Latin Extended & Accented Letters (A-Z)
 * @type {Record<string, string>}
 */
const LATIN_ACCENTS = {
  Agrave: 'À',
  agrave: 'à',
  Aacute: 'Á',
  aacute: 'á',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Auml: 'Ä',
  auml: 'ä',
  Aring: 'Å',
  aring: 'å',
  AElig: 'Æ',
  aelig: 'æ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Egrave: 'È',
  egrave: 'è',
  Eacute: 'É',
  eacute: 'é',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Euml: 'Ë',
  euml: 'ë',
  Igrave: 'Ì',
  igrave: 'ì',
  Iacute: 'Í',
  iacute: 'í',
  Icirc: 'Î',
  icirc: 'î',
  Iuml: 'Ï',
  iuml: 'ï',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ograve: 'Ò',
  ograve: 'ò',
  Oacute: 'Ó',
  oacute: 'ó',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Ouml: 'Ö',
  ouml: 'ö',
  Oslash: 'Ø',
  oslash: 'ø',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Uacute: 'Ú',
  uacute: 'ú',
  Ucirc: 'Û',
  ucirc: 'û',
  Uuml: 'Ü',
  uuml: 'ü',
  Yacute: 'Ý',
  yacute: 'ý',
  THORN: 'Þ',
  thorn: 'þ',
  szlig: 'ß',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};

/**
 * Latin Extended (Letters with diacritics)
 * @type {Record<string, string>}
 */
const LATIN_EXTENDED = {
  Amacr: 'Ā',
  amacr: 'ā',
  Abreve: 'Ă',
  abreve: 'ă',
  Aogon: 'Ą',
  aogon: 'ą',
  Cacute: 'Ć',
  cacute: 'ć',
  Ccirc: 'Ĉ',
  ccirc: 'ĉ',
  Cdot: 'Ċ',
  cdot: 'ċ',
  Ccaron: 'Č',
  ccaron: 'č',
  Dcaron: 'Ď',
  dcaron: 'ď',
  Dstrok: 'Đ',
  dstrok: 'đ',
  Emacr: 'Ē',
  emacr: 'ē',
  Ecaron: 'Ě',
  ecaron: 'ě',
  Edot: 'Ė',
  edot: 'ė',
  Eogon: 'Ę',
  eogon: 'ę',
  Gcirc: 'Ĝ',
  gcirc: 'ĝ',
  Gbreve: 'Ğ',
  gbreve: 'ğ',
  Gdot: 'Ġ',
  gdot: 'ġ',
  Gcedil: 'Ģ',
  Hcirc: 'Ĥ',
  hcirc: 'ĥ',
  Hstrok: 'Ħ',
  hstrok: 'ħ',
  Itilde: 'Ĩ',
  itilde: 'ĩ',
  Imacr: 'Ī',
  imacr: 'ī',
  Iogon: 'Į',
  iogon: 'į',
  Idot: 'İ',
  IJlig: 'Ĳ',
  ijlig: 'ĳ',
  Jcirc: 'Ĵ',
  jcirc: 'ĵ',
  Kcedil: 'Ķ',
  kcedil: 'ķ',
  kgreen: 'ĸ',
  Lacute: 'Ĺ',
  lacute: 'ĺ',
  Lcedil: 'Ļ',
  lcedil: 'ļ',
  Lcaron: 'Ľ',
  lcaron: 'ľ',
  Lmidot: 'Ŀ',
  lmidot: 'ŀ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Nacute: 'Ń',
  nacute: 'ń',
  Ncaron: 'Ň',
  ncaron: 'ň',
  Ncedil: 'Ņ',
  ncedil: 'ņ',
  ENG: 'Ŋ',
  eng: 'ŋ',
  Omacr: 'Ō',
  omacr: 'ō',
  Odblac: 'Ő',
  odblac: 'ő',
  OElig: 'Œ',
  oelig: 'œ',
  Racute: 'Ŕ',
  racute: 'ŕ',
  Rcaron: 'Ř',
  rcaron: 'ř',
  Rcedil: 'Ŗ',
  rcedil: 'ŗ',
  Sacute: 'Ś',
  sacute: 'ś',
  Scirc: 'Ŝ',
  scirc: 'ŝ',
  Scedil: 'Ş',
  scedil: 'ş',
  Scaron: 'Š',
  scaron: 'š',
  Tcedil: 'Ţ',
  tcedil: 'ţ',
  Tcaron: 'Ť',
  tcaron: 'ť',
  Tstrok: 'Ŧ',
  tstrok: 'ŧ',
  Utilde: 'Ũ',
  utilde: 'ũ',
  Umacr: 'Ū',
  umacr: 'ū',
  Ubreve: 'Ŭ',
  ubreve: 'ŭ',
  Uring: 'Ů',
  uring: 'ů',
  Udblac: 'Ű',
  udblac: 'ű',
  Uogon: 'Ų',
  uogon: 'ų',
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
  Zacute: 'Ź',
  zacute: 'ź',
  Zdot: 'Ż',
  zdot: 'ż',
  Zcaron: 'Ž',
  zcaron: 'ž',
};

/**
 * Greek Letters
 * @type {Record<string, string>}
 */
const GREEK = {
  Alpha: 'Α',
  alpha: 'α',
  Beta: 'Β',
  beta: 'β',
  Gamma: 'Γ',
  gamma: 'γ',
  Delta: 'Δ',
  delta: 'δ',
  Epsilon: 'Ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  varepsilon: 'ϵ',
  Zeta: 'Ζ',
  zeta: 'ζ',
  Eta: 'Η',
  eta: 'η',
  Theta: 'Θ',
  theta: 'θ',
  thetasym: 'ϑ',
  vartheta: 'ϑ',
  Iota: 'Ι',
  iota: 'ι',
  Kappa: 'Κ',
  kappa: 'κ',
  kappav: 'ϰ',
  varkappa: 'ϰ',
  Lambda: 'Λ',
  lambda: 'λ',
  Mu: 'Μ',
  mu: 'μ',
  Nu: 'Ν',
  nu: 'ν',
  Xi: 'Ξ',
  xi: 'ξ',
  Omicron: 'Ο',
  omicron: 'ο',
  Pi: 'Π',
  pi: 'π',
  piv: 'ϖ',
  varpi: 'ϖ',
  Rho: 'Ρ',
  rho: 'ρ',
  rhov: 'ϱ',
  varrho: 'ϱ',
  Sigma: 'Σ',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  varsigma: 'ς',
  Tau: 'Τ',
  tau: 'τ',
  Upsilon: 'Υ',
  upsilon: 'υ',
  upsi: 'υ',
  Upsi: 'ϒ',
  upsih: 'ϒ',
  Phi: 'Φ',
  phi: 'φ',
  phiv: 'ϕ',
  varphi: 'ϕ',
  Chi: 'Χ',
  chi: 'χ',
  Psi: 'Ψ',
  psi: 'ψ',
  Omega: 'Ω',
  omega: 'ω',
  ohm: 'Ω',
  Gammad: 'Ϝ',
  gammad: 'ϝ',
  digamma: 'ϝ',
};

/**
 * Cyrillic Letters
 * @type {Record<string, string>}
 */
const CYRILLIC = {
  Afr: '𝔄',
  afr: '𝔞',
  Acy: 'А',
  acy: 'а',
  Bcy: 'Б',
  bcy: 'б',
  Vcy: 'В',
  vcy: 'в',
  Gcy: 'Г',
  gcy: 'г',
  Dcy: 'Д',
  dcy: 'д',
  IEcy: 'Е',
  iecy: 'е',
  IOcy: 'Ё',
  iocy: 'ё',
  ZHcy: 'Ж',
  zhcy: 'ж',
  Zcy: 'З',
  zcy: 'з',
  Icy: 'И',
  icy: 'и',
  Jcy: 'Й',
  jcy: 'й',
  Kcy: 'К',
  kcy: 'к',
  Lcy: 'Л',
  lcy: 'л',
  Mcy: 'М',
  mcy: 'м',
  Ncy: 'Н',
  ncy: 'н',
  Ocy: 'О',
  ocy: 'о',
  Pcy: 'П',
  pcy: 'п',
  Rcy: 'Р',
  rcy: 'р',
  Scy: 'С',
  scy: 'с',
  Tcy: 'Т',
  tcy: 'т',
  Ucy: 'У',
  ucy: 'у',
  Fcy: 'Ф',
  fcy: 'ф',
  KHcy: 'Х',
  khcy: 'х',
  TScy: 'Ц',
  tscy: 'ц',
  CHcy: 'Ч',
  chcy: 'ч',
  SHcy: 'Ш',
  shcy: 'ш',
  SHCHcy: 'Щ',
  shchcy: 'щ',
  HARDcy: 'Ъ',
  hardcy: 'ъ',
  Ycy: 'Ы',
  ycy: 'ы',
  SOFTcy: 'Ь',
  softcy: 'ь',
  Ecy: 'Э',
  ecy: 'э',
  YUcy: 'Ю',
  yucy: 'ю',
  YAcy: 'Я',
  yacy: 'я',
  DJcy: 'Ђ',
  djcy: 'ђ',
  GJcy: 'Ѓ',
  gjcy: 'ѓ',
  Jukcy: 'Є',
  jukcy: 'є',
  DScy: 'Ѕ',
  dscy: 'ѕ',
  Iukcy: 'І',
  iukcy: 'і',
  YIcy: 'Ї',
  yicy: 'ї',
  Jsercy: 'Ј',
  jsercy: 'ј',
  LJcy: 'Љ',
  ljcy: 'љ',
  NJcy: 'Њ',
  njcy: 'њ',
  TSHcy: 'Ћ',
  tshcy: 'ћ',
  KJcy: 'Ќ',
  kjcy: 'ќ',
  Ubrcy: 'Ў',
  ubrcy: 'ў',
  DZcy: 'Џ',
  dzcy: 'џ',
};

/**
 * Mathematical Operators & Relations
 * @type {Record<string, string>}
 */
const MATH = {
  plus: '+',
  pm: '±',
  times: '×',
  div: '÷',
  divide: '÷',
  sdot: '⋅',
  star: '☆',
  starf: '★',
  bigstar: '★',
  lowast: '∗',
  ast: '*',
  midast: '*',
  compfn: '∘',
  smallcircle: '∘',
  bullet: '•',
  bull: '•',
  nbsp: '\u00a0',
  hellip: '…',
  mldr: '…',
  prime: '′',
  Prime: '″',
  tprime: '‴',
  bprime: '‵',
  backprime: '‵',
  minus: '−',
  minusd: '∸',
  dotminus: '∸',
  plusdo: '∔',
  dotplus: '∔',
  plusmn: '±',
  minusplus: '∓',
  mnplus: '∓',
  mp: '∓',
  setminus: '∖',
  smallsetminus: '∖',
  Backslash: '∖',
  setmn: '∖',
  ssetmn: '∖',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  colon: ':',
  Colon: '∷',
  Proportion: '∷',
  ratio: '∶',
  equals: '=',
  ne: '≠',
  nequiv: '≢',
  equiv: '≡',
  Congruent: '≡',
  sim: '∼',
  thicksim: '∼',
  thksim: '∼',
  sime: '≃',
  simeq: '≃',
  TildeEqual: '≃',
  asymp: '≈',
  approx: '≈',
  thickapprox: '≈',
  thkap: '≈',
  TildeTilde: '≈',
  ncong: '≇',
  cong: '≅',
  TildeFullEqual: '≅',
  asympeq: '≍',
  CupCap: '≍',
  bump: '≎',
  Bumpeq: '≎',
  HumpDownHump: '≎',
  bumpe: '≏',
  bumpeq: '≏',
  HumpEqual: '≏',
  le: '≤',
  LessEqual: '≤',
  ge: '≥',
  GreaterEqual: '≥',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  greater: '>',
  less: '<',
};

/**
 * Mathematical Operators (Advanced)
 * @type {Record<string, string>}
 */
const MATH_ADVANCED = {
  alefsym: 'ℵ',
  aleph: 'ℵ',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  forall: '∀',
  ForAll: '∀',
  part: '∂',
  PartialD: '∂',
  exist: '∃',
  Exists: '∃',
  nexist: '∄',
  nexists: '∄',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  varnothing: '∅',
  nabla: '∇',
  Del: '∇',
  isin: '∈',
  isinv: '∈',
  in: '∈',
  Element: '∈',
  notin: '∉',
  notinva: '∉',
  ni: '∋',
  niv: '∋',
  SuchThat: '∋',
  ReverseElement: '∋',
  notni: '∌',
  notniva: '∌',
  prod: '∏',
  Product: '∏',
  coprod: '∐',
  Coproduct: '∐',
  sum: '∑',
  Sum: '∑',
  minus: '−',
  mp: '∓',
  plusdo: '∔',
  dotplus: '∔',
  setminus: '∖',
  lowast: '∗',
  radic: '√',
  Sqrt: '√',
  prop: '∝',
  propto: '∝',
  Proportional: '∝',
  varpropto: '∝',
  infin: '∞',
  infintie: '⧝',
  ang: '∠',
  angle: '∠',
  angmsd: '∡',
  measuredangle: '∡',
  angsph: '∢',
  mid: '∣',
  VerticalBar: '∣',
  nmid: '∤',
  nsmid: '∤',
  npar: '∦',
  parallel: '∥',
  spar: '∥',
  nparallel: '∦',
  nspar: '∦',
  and: '∧',
  wedge: '∧',
  or: '∨',
  vee: '∨',
  cap: '∩',
  cup: '∪',
  int: '∫',
  Integral: '∫',
  conint: '∮',
  ContourIntegral: '∮',
  Conint: '∯',
  DoubleContourIntegral: '∯',
  Cconint: '∰',
  there4: '∴',
  therefore: '∴',
  Therefore: '∴',
  becaus: '∵',
  because: '∵',
  Because: '∵',
  ratio: '∶',
  Proportion: '∷',
  minusd: '∸',
  dotminus: '∸',
  mDDot: '∺',
  homtht: '∻',
  sim: '∼',
  bsimg: '∽',
  backsim: '∽',
  ac: '∾',
  mstpos: '∾',
  acd: '∿',
  VerticalTilde: '≀',
  wr: '≀',
  wreath: '≀',
  nsime: '≄',
  nsimeq: '≄',
  ncong: '≇',
  simne: '≆',
  ncongdot: '⩭̸',
  ngsim: '≵',
  nsim: '≁',
  napprox: '≉',
  nap: '≉',
  ngeq: '≱',
  nge: '≱',
  nleq: '≰',
  nle: '≰',
  ngtr: '≯',
  ngt: '≯',
  nless: '≮',
  nlt: '≮',
  nprec: '⊀',
  npr: '⊀',
  nsucc: '⊁',
  nsc: '⊁',
};

/**
 * Arrows
 * @type {Record<string, string>}
 */
const ARROWS = {
  larr: '←',
  leftarrow: '←',
  LeftArrow: '←',
  uarr: '↑',
  uparrow: '↑',
  UpArrow: '↑',
  rarr: '→',
  rightarrow: '→',
  RightArrow: '→',
  darr: '↓',
  downarrow: '↓',
  DownArrow: '↓',
  harr: '↔',
  leftrightarrow: '↔',
  LeftRightArrow: '↔',
  varr: '↕',
  updownarrow: '↕',
  UpDownArrow: '↕',
  nwarr: '↖',
  nwarrow: '↖',
  UpperLeftArrow: '↖',
  nearr: '↗',
  nearrow: '↗',
  UpperRightArrow: '↗',
  searr: '↘',
  searrow: '↘',
  LowerRightArrow: '↘',
  swarr: '↙',
  swarrow: '↙',
  LowerLeftArrow: '↙',
  lArr: '⇐',
  Leftarrow: '⇐',
  uArr: '⇑',
  Uparrow: '⇑',
  rArr: '⇒',
  Rightarrow: '⇒',
  dArr: '⇓',
  Downarrow: '⇓',
  hArr: '⇔',
  Leftrightarrow: '⇔',
  iff: '⇔',
  vArr: '⇕',
  Updownarrow: '⇕',
  lAarr: '⇚',
  Lleftarrow: '⇚',
  rAarr: '⇛',
  Rrightarrow: '⇛',
  lrarr: '⇆',
  leftrightarrows: '⇆',
  rlarr: '⇄',
  rightleftarrows: '⇄',
  lrhar: '⇋',
  leftrightharpoons: '⇋',
  ReverseEquilibrium: '⇋',
  rlhar: '⇌',
  rightleftharpoons: '⇌',
  Equilibrium: '⇌',
  udarr: '⇅',
  UpArrowDownArrow: '⇅',
  duarr: '⇵',
  DownArrowUpArrow: '⇵',
  llarr: '⇇',
  leftleftarrows: '⇇',
  rrarr: '⇉',
  rightrightarrows: '⇉',
  ddarr: '⇊',
  downdownarrows: '⇊',
  har: '↽',
  lhard: '↽',
  leftharpoondown: '↽',
  lharu: '↼',
  leftharpoonup: '↼',
  rhard: '⇁',
  rightharpoondown: '⇁',
  rharu: '⇀',
  rightharpoonup: '⇀',
  lsh: '↰',
  Lsh: '↰',
  rsh: '↱',
  Rsh: '↱',
  ldsh: '↲',
  rdsh: '↳',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  mapstoleft: '↤',
  mapstoup: '↥',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  crarr: '↵',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nrightarrow: '↛',
  nrarr: '↛',
  larrtl: '↢',
  rarrtl: '↣',
  leftarrowtail: '↢',
  rightarrowtail: '↣',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  Larr: '↞',
  Rarr: '↠',
  larrhk: '↩',
  rarrhk: '↪',
  larrlp: '↫',
  looparrowleft: '↫',
  rarrlp: '↬',
  looparrowright: '↬',
  harrw: '↭',
  leftrightsquigarrow: '↭',
  nrarrw: '↝̸',
  rarrw: '↝',
  rightsquigarrow: '↝',
  larrbfs: '⤟',
  rarrbfs: '⤠',
  nvHarr: '⤄',
  nvlArr: '⤂',
  nvrArr: '⤃',
  larrfs: '⤝',
  rarrfs: '⤞',
  Map: '⤅',
  larrsim: '⥳',
  rarrsim: '⥴',
  harrcir: '⥈',
  Uarrocir: '⥉',
  lurdshar: '⥊',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  rdldhar: '⥩',
  lrhard: '⥭',
  uharr: '↾',
  uharl: '↿',
  dharr: '⇂',
  dharl: '⇃',
  Uarr: '↟',
  Darr: '↡',
  zigrarr: '⇝',
  nwArr: '⇖',
  neArr: '⇗',
  seArr: '⇘',
  swArr: '⇙',
  nharr: '↮',
  nhArr: '⇎',
  nlarr: '↚',
  nlArr: '⇍',
  nrArr: '⇏',
  larrb: '⇤',
  LeftArrowBar: '⇤',
  rarrb: '⇥',
  RightArrowBar: '⇥',
};

/**
 * Geometric Shapes
 * @type {Record<string, string>}
 */
const SHAPES = {
  square: '□',
  Square: '□',
  squ: '□',
  squf: '▪',
  squarf: '▪',
  blacksquar: '▪',
  blacksquare: '▪',
  FilledVerySmallSquare: '▪',
  blk34: '▓',
  blk12: '▒',
  blk14: '░',
  block: '█',
  srect: '▭',
  rect: '▭',
  sdot: '⋅',
  sdotb: '⊡',
  dotsquare: '⊡',
  triangle: '▵',
  tri: '▵',
  trine: '▵',
  utri: '▵',
  triangledown: '▿',
  dtri: '▿',
  tridown: '▿',
  triangleleft: '◃',
  ltri: '◃',
  triangleright: '▹',
  rtri: '▹',
  blacktriangle: '▴',
  utrif: '▴',
  blacktriangledown: '▾',
  dtrif: '▾',
  blacktriangleleft: '◂',
  ltrif: '◂',
  blacktriangleright: '▸',
  rtrif: '▸',
  loz: '◊',
  lozenge: '◊',
  blacklozenge: '⧫',
  lozf: '⧫',
  bigcirc: '◯',
  xcirc: '◯',
  circ: 'ˆ',
  Circle: '○',
  cir: '○',
  o: '○',
  bullet: '•',
  bull: '•',
  hellip: '…',
  mldr: '…',
  nldr: '‥',
  boxh: '─',
  HorizontalLine: '─',
  boxv: '│',
  boxdr: '┌',
  boxdl: '┐',
  boxur: '└',
  boxul: '┘',
  boxvr: '├',
  boxvl: '┤',
  boxhd: '┬',
  boxhu: '┴',
  boxvh: '┼',
  boxH: '═',
  boxV: '║',
  boxdR: '╒',
  boxDr: '╓',
  boxDR: '╔',
  boxDl: '╕',
  boxdL: '╖',
  boxDL: '╗',
  boxuR: '╘',
  boxUr: '╙',
  boxUR: '╚',
  boxUl: '╜',
  boxuL: '╛',
  boxUL: '╝',
  boxvR: '╞',
  boxVr: '╟',
  boxVR: '╠',
  boxVl: '╢',
  boxvL: '╡',
  boxVL: '╣',
  boxHd: '╤',
  boxhD: '╥',
  boxHD: '╦',
  boxHu: '╧',
  boxhU: '╨',
  boxHU: '╩',
  boxvH: '╪',
  boxVh: '╫',
  boxVH: '╬',
};

/**
 * Punctuation & Diacritics
 * @type {Record<string, string>}
 */
const PUNCTUATION = {
  excl: '!',
  iexcl: '¡',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  nbsp: '\u00a0',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  vert: '|',
  Verbar: '‖',
  verbar: '|',
  dblac: '˝',
  circ: 'ˆ',
  caron: 'ˇ',
  breve: '˘',
  dot: '˙',
  ring: '˚',
  ogon: '˛',
  tilde: '˜',
  DiacriticalGrave: '`',
  DiacriticalAcute: '´',
  DiacriticalTilde: '˜',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  grave: '`',
};

/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

/**
 * Fractions
 * @type {Record<string, string>}
 */
const FRACTIONS = {
  frac12: '½',
  half: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
};

/**
 * Miscellaneous Symbols
 * @type {Record<string, string>}
 */
const MISC_SYMBOLS = {
  trade: '™',
  TRADE: '™',
  telrec: '⌕',
  target: '⌖',
  ulcorn: '⌜',
  ulcorner: '⌜',
  urcorn: '⌝',
  urcorner: '⌝',
  dlcorn: '⌞',
  llcorner: '⌞',
  drcorn: '⌟',
  lrcorner: '⌟',
  intercal: '⊺',
  intcal: '⊺',
  oplus: '⊕',
  CirclePlus: '⊕',
  ominus: '⊖',
  CircleMinus: '⊖',
  otimes: '⊗',
  CircleTimes: '⊗',
  osol: '⊘',
  odot: '⊙',
  CircleDot: '⊙',
  oast: '⊛',
  circledast: '⊛',
  odash: '⊝',
  circleddash: '⊝',
  ocirc: '⊚',
  circledcirc: '⊚',
  boxplus: '⊞',
  plusb: '⊞',
  boxminus: '⊟',
  minusb: '⊟',
  boxtimes: '⊠',
  timesb: '⊠',
  boxdot: '⊡',
  sdotb: '⊡',
  veebar: '⊻',
  vee: '∨',
  barvee: '⊽',
  and: '∧',
  wedge: '∧',
  Cap: '⋒',
  Cup: '⋓',
  Fork: '⋔',
  pitchfork: '⋔',
  epar: '⋕',
  ltlarr: '⥶',
  nvap: '≍⃒',
  nvsim: '∼⃒',
  nvge: '≥⃒',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvgt: '>⃒',
  nvltrie: '⊴⃒',
  nvrtrie: '⊵⃒',
  Vdash: '⊩',
  dashv: '⊣',
  vDash: '⊨',
  Vvdash: '⊪',
  nvdash: '⊬',
  nvDash: '⊭',
  nVdash: '⊮',
  nVDash: '⊯',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
}
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
}
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------
;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/EntityDecoder.js
// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------



// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function EntityDecoder_validateEntityName(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        EntityDecoder_validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    EntityDecoder_validateEntityName(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}
;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql.js
/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/* harmony default export */ const sql = (SQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql-strict.js
/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */



const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];

/* harmony default export */ const sql_strict = (SQL_STRICT_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/util/decode-entities.js
/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/html.js
/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/* harmony default export */ const html = (HTML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/* harmony default export */ const xml = (XML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/svg.js
/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/* harmony default export */ const svg = (SVG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/shell.js
/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/* harmony default export */ const shell = (SHELL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/redos.js
/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/* harmony default export */ const redos = (REDOS_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/nosql.js
/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

// Shared suffix: optional closing quote/whitespace before the colon
// Handles: $op: (bare), "$op": (JSON), '$op': (single-quoted)
const SEP = /["'\s]*:/;
const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/* harmony default export */ const nosql = (NOSQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/log.js
/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/* harmony default export */ const log = (LOG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/index.js
/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */

// ─── Context pattern arrays (named exports) ────────────────────────────────
// Import only the ones you need. Each is independently tree-shakeable.










// SQL-STRICT needs a quoted identifier because of the hyphen



// Markup contexts are also matched against an entity-decoded copy of the input,
// because browsers decode HTML character references before interpreting a URL
// scheme (e.g. javascript&#58;… is a javascript: URL).


// ─── VALID_CONTEXTS convenience re-export ─────────────────────────────────
// Importing this pulls in ALL contexts. Use it only when you need all of them
// (e.g. for validation UI, tooling, or exhaustive audits).
// If you only need a subset, import the named contexts directly instead.










// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

html.label       = 'HTML';
xml.label        = 'XML';
svg.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
html.decodeEntities = true;
xml.decodeEntities  = true;
svg.decodeEntities  = true;
sql.label        = 'SQL';
sql_strict.label = 'SQL-STRICT';
shell.label      = 'SHELL';
redos.label      = 'REDOS';
nosql.label      = 'NOSQL';
log.label        = 'LOG';

const VALID_CONTEXTS = Object.freeze({
  HTML: html,
  XML: xml,
  SVG: svg,
  SQL: sql,
  'SQL-STRICT': sql_strict,
  SHELL: shell,
  REDOS: redos,
  NOSQL: nosql,
  LOG: log,
});

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

/**
 * Like `isUnsafe`, but returns the first `MatchResult` describing **why**
 * the value was flagged, or `null` if it is safe.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult|null}
 *
 * @example
 * import { whyUnsafe, HTML } from 'is-unsafe';
 *
 * whyUnsafe('<script>alert(1)</script>', HTML)
 * // { context: 'HTML', id: 'html-script-open', description: '...', pattern: /.../ }
 */
function whyUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) {
    return regex.test(value)
      ? { context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex }
      : null;
  }

  for (const list of lists) {
    const result = matchList(value, list);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Returns **all** matching rules across the given context(s), or an empty
 * array if the value is safe. Useful for comprehensive auditing.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult[]}
 */
function allUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);
  const results = [];

  if (regex) {
    if (regex.test(value)) {
      results.push({ context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex });
    }
    return results;
  }

  for (const list of lists) {
    const label = list.label ?? 'CUSTOM';
    const decoded = decodedCopy(value, list);
    for (const rule of list) {
      if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
        results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
      }
    }
  }

  return results;
}


/* harmony default export */ const is_unsafe_src = ((/* unused pure expression or super */ null && (isUnsafe)));

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html, xml]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher/* default */.A();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression/* default */.A(stopNodeExp));
        } else if (stopNodeExp instanceof Expression/* default */.A) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
// The value is matched with a negated class per quote type rather than a lazy `[\s\S]*?` up to a
// backreference, which is much slower on long values (SVG paths, data URIs)
const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;

// value inside double quotes, or inside single quotes, or undefined when there is no value
function attrValue(match) {
  return match[3] !== undefined ? match[3] : match[4];
}

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = (0,util/* getAllMatches */.Xe)(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (attrValue(matches[i]) !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : undefined;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      // Store the position after earlier CRLF pairs have been normalized.
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (code === 34 || code === 39) { // " or '
      // Skip the quoted value in one step: nothing inside it can close the tag
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;
  let lenient = false; // set once a quote-aware tag scan fails
  let nextGt = -1; // cached index of the next '>'

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? undefined : readTagExp(xmlData, i, false);

        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          // no closing '>'. use lenient approach to find '<' instead of readTagExp, to avoid repeated rescans.
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return; // no '>' left, so no closing tag can follow
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) { // looks like a real tag
            const exp = xmlData.substring(i + 1, nextGt);
            const sep = exp.search(/\s/);
            const name = sep === -1 ? exp : exp.substring(0, sep);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          } // else: treat this '<' as plain text
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return toNumber(val, options);
  } else {
    if ((0,util/* isExist */.yQ)(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (util/* criticalProperties */.vl.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (util/* DANGEROUS_PROPERTY_NAMES */.q9.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/validator.js
var validator = __nccwpck_require__(1176);
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = (0,validator/* validate */.t)(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}

/***/ }),

/***/ 3945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Expression)
/* harmony export */ });
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}

/***/ }),

/***/ 8257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Matcher)
/* harmony export */ });
/* unused harmony export MatcherView */


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}


/***/ }),

/***/ 4658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fG: () => (/* binding */ qName),
/* harmony export */   fH: () => (/* binding */ createValidator)
/* harmony export */ });
/* unused harmony exports name, ncName, nmToken, nmTokens, validate, validateAll, sanitize */
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = ['name', 'ncName', 'qName', 'nmToken', 'nmTokens'];

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map