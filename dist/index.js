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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1447);
// The action's entry point (runs.main → dist/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1447:
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

;// CONCATENATED MODULE: ./src/alma/refused-key.ts
// A key Alma refuses is the user's configuration to fix, not Alma failing: both shells say so
// and name where the key came from (never the key itself).

/** Alma's gateway says UNAUTHORIZED (at 400 or 403), or 401, or a plain-text "Invalid API Key" (§5). */
function isRefusedKey(error) {
    if (!(error instanceof AlmaError) || error.kind !== 'alma')
        return false;
    return error.status === 401 || error.code === 'UNAUTHORIZED' || /invalid api[- ]?key/i.test(error.almaMessage ?? '');
}
/** The error line, saying which input, variable or ini line held the key. */
function refusedKeyLine(line, keyFrom) {
    return `Alma refused the API key from ${keyFrom}: ${line}`;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./src/alma/xml.ts
// fast-xml-parser, loaded the first time XML turns up instead of at start: it is a third of the
// action's bundle, and most runs see JSON only (the client asks for JSON, alma-api.md §1; an
// error may still come as XML, §7.10).
// Bundled, the `import()` below gives it a chunk of its own, read only when loaded.

let fastXml;
/** Loads the parser (once). Whoever may wait calls this before XML reaches the sync parsers. */
async function loadXmlParser() {
    fastXml ??= await __nccwpck_require__.e(/* import() */ 824).then(__nccwpck_require__.bind(__nccwpck_require__, 5824));
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
        fastXml = (0,external_node_module_.createRequire)(import.meta.url)('fast-xml-parser');
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


/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
class parse_BodyParseError extends Error {
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
const xmlParser = lazyXmlParser({
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
function parse_parseBody(body, contentType, scrub) {
    const text = body.trimStart(); // also drops a byte-order mark
    const start = text[0];
    let parsed;
    if (start === '<')
        parsed = parseXml(text);
    else if (start === '{')
        parsed = { data: parseJson(text) };
    else if (start === undefined)
        throw new parse_BodyParseError('empty body');
    else if (contentType?.includes('json'))
        parsed = { data: parseJson(text) };
    else
        throw new parse_BodyParseError(`neither XML nor JSON (Content-Type ${clip(contentType ?? 'missing', ID_CHARS)})`);
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
            throw new parse_BodyParseError(TOO_DEEP);
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
        throw new parse_BodyParseError('an HTML page, not XML or JSON');
    // Alma never sends a DTD; refusing one rules out entity expansion (and fast-xml-parser's own DTD errors).
    if (/<!(DOCTYPE|ENTITY)/i.test(text))
        throw new parse_BodyParseError('XML with a <!DOCTYPE> or <!ENTITY>, which Alma never sends');
    const xml = escapeRawAmpersands(text);
    let doc;
    try {
        // fast-xml-parser happily returns half a document; the validator catches truncation.
        const valid = validateXml(xml);
        if (valid !== true)
            throw new parse_BodyParseError(`malformed XML: ${clip(valid.err.msg, PROBLEM_CHARS)} (line ${valid.err.line})`);
        doc = xmlParser.parse(xml);
    }
    catch (error) {
        // The parser's own limits (nesting, entities) throw plain Errors; its nesting limit is ours.
        if (error instanceof parse_BodyParseError)
            throw error;
        const message = String(error?.message ?? error);
        if (/nested tags/i.test(message))
            throw new parse_BodyParseError(TOO_DEEP);
        throw new parse_BodyParseError(`malformed XML: ${clip(message, PROBLEM_CHARS)}`);
    }
    const rootName = Object.keys(doc)[0];
    if (rootName === undefined)
        throw new parse_BodyParseError('XML without a root element');
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
        throw new parse_BodyParseError(TOO_DEEP);
    let value;
    try {
        // §7.4: a number too big to be exact (an id sent unquoted) keeps its source digits.
        value = JSON.parse(text, (_key, parsed, context) => typeof parsed === 'number' && !Number.isSafeInteger(parsed) && context?.source && /^-?\d+$/.test(context.source)
            ? context.source
            : parsed);
    }
    catch (error) {
        // V8's messages may quote the body.
        throw new parse_BodyParseError(`malformed JSON: ${clip(String(error?.message ?? error), PROBLEM_CHARS)}`);
    }
    if (!isTree(value))
        throw new parse_BodyParseError('JSON body is not an object');
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
        throw new parse_BodyParseError(`expected ${what}, got ${value === undefined ? 'nothing' : typeof value}`);
    return value;
}
function required(value, what) {
    const found = parse_text(value);
    if (found === undefined || found === '')
        throw new parse_BodyParseError(`${what} is missing`);
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
        throw new parse_BodyParseError(`not a ${item} list`);
    }
    const items = [];
    const skipped = [];
    const notes = [];
    for (const node of asArray(data[item])) {
        try {
            items.push(map(node, notes));
        }
        catch (error) {
            if (!(error instanceof parse_BodyParseError))
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
        throw new parse_BodyParseError(`skipped a job whose id "${clip(job.id, ID_CHARS)}" is no job id`);
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
        throw new parse_BodyParseError('job instance status is missing');
    const info = isTree(node.job_info) ? node.job_info : undefined;
    const id = required(node.id, 'instance id');
    if (!INSTANCE_ID.test(id))
        throw new parse_BodyParseError(`instance id "${clip(id, ID_CHARS)}" is not all digits`);
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
        externalId: parse_text(node.external_id),
        name: parse_text(node.name),
        link: parse_text(node.link),
        submittedBy: codeValue(node.submitted_by),
        submitTime: parse_text(node.submit_time),
        startTime: parse_text(node.start_time),
        endTime: parse_text(node.end_time),
        progress: progressOk ? progress : undefined,
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
        throw new parse_BodyParseError('status table has no rows');
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
function parse_toJobEndEvent(value, notes) {
    const node = tree(value, 'a webhook event');
    if (!isTree(node.job_instance))
        throw new parse_BodyParseError('webhook event without a job_instance');
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
        return parse_toJobEndEvent(value, notes).instance;
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
        throw new parse_BodyParseError(`additional_info's link names instance ${fromLink} but its text ${fromText}`);
    }
    return fromLink ?? fromText;
}
function checkedInstanceId(id, where) {
    if (!INSTANCE_ID.test(id)) {
        throw new parse_BodyParseError(`additional_info's ${where} names instance "${clip(id, ID_CHARS)}", which is not all digits`);
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
        body = parse_parseBody(trimmed, contentType);
    }
    catch {
        body = undefined;
    }
    const alma = body && almaErrorFrom(body.data);
    if (alma)
        return alma;
    return { source: 'text', message: clip(trimmed, 300) };
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
        const given = parse_text(value)?.trim();
        return given === undefined ? undefined : clip(given, max);
    };
    const [first, ...others] = errors.map((error) => ({
        code: field(error.errorCode, ERROR_CODE_CHARS),
        message: field(error.errorMessage, ERROR_MESSAGE_CHARS),
        trackingId: field(error.trackingId, ERROR_CODE_CHARS)
    }));
    const message = clip([first.message, ...others.map((o) => o.message)].filter(Boolean).join('; '), ERROR_MESSAGE_CHARS);
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
let httpClientModule;
/**
 * @actions/http-client, loaded for the first request: it loads node:https and a proxy tunnel
 * as it is imported, which code that never calls Alma (a webhook check) need not pay for.
 */
function loadHttpClient() {
    return (httpClientModule ??= Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6607)));
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
        const client = await this.client(method);
        if (signal?.aborted)
            throw cancelled(method, path);
        const started = performance.now();
        let status;
        try {
            const answer = await this.send(client, method, path, body, call.abortInFlight ? signal : undefined);
            status = answer.status;
            // The parsers read synchronously; the XML one is loaded on the first XML answer.
            if (looksLikeXml(answer.body))
                await loadXmlParser();
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
                return { ok: true, body: parse_parseBody(text, contentType, (value) => this.redact(value)) };
            }
            catch (error) {
                if (!(error instanceof parse_BodyParseError))
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
const parameters_xmlParser = lazyXmlParser({
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
    const valid = validateXml(body);
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
        // Numbers come back as their text, on every Node: 9563643080000561 must stay exact (§7.4).
        doc = parseJsonKeepingNumbers(body);
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
        if (!(error instanceof parse_BodyParseError))
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
            const page = await this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, toInstancePage(body)), {
                signal: options.signal
            });
            // A server that ignores `limit` still gives no more than asked.
            return page.items.slice(0, limit);
        }
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
            const detail = error instanceof parse_BodyParseError ? error.message : clip(String(error?.message ?? error), 160);
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

;// CONCATENATED MODULE: ./src/alma/webhook.ts
// Alma's JOB_END webhook (alma-api.md §10): its signature, its body, and the challenge that
// proves the receiver is ours. Everything here takes untrusted text and never throws on it,
// except parseWebhookEvent, whose one error is a BodyParseError saying what is wrong.


/** Far above any JOB_END body (an instance of §3.4 is a few KB); a larger one is not Alma's. */
const MAX_WEBHOOK_BODY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** The longest `?challenge=` value answered; Alma's random value is far shorter. */
const MAX_CHALLENGE_CHARS = 256;
/** §10: HMAC-SHA256 is 32 bytes, so its base64 is 44 characters ending in one `=`. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;
let webhook_crypto;
/**
 * node:crypto, loaded on the first check rather than at start-up: the action imports this
 * library's index but checks no signature, and loading crypto costs it a few ms.
 */
function nodeCrypto() {
    webhook_crypto ??= process.getBuiltinModule('node:crypto');
    return webhook_crypto;
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
        throw new BodyParseError('webhook body is not text');
    if (tooBig(rawBody)) {
        throw new BodyParseError(`webhook body is over ${MAX_WEBHOOK_BODY_BYTES} bytes`);
    }
    const start = rawBody.trimStart()[0];
    if (start !== '{' && start !== '<')
        throw new BodyParseError('webhook body is neither a JSON object nor XML');
    const parsed = parseBody(rawBody, undefined);
    const { id, action, time, instance } = toJobEndEvent(parsed.data, notes);
    if (action === undefined || action === '')
        throw new BodyParseError('webhook event without an action');
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

;// CONCATENATED MODULE: ./src/alma/index.ts
// The Alma client's public surface; also the library entry point.


// The limits on what the client reads and how long it retries (untrusted answers).







// Waiting for an instance to end, with the action's adaptive poll schedule.


// The "Run a job" wizard's API information (XML), Alma's JSON body, or name: value lines ⇄ parameters.

// Alma's JOB_END webhook (§10): its signature, its body and the URL check.


;// CONCATENATED MODULE: ./src/settings.ts
// What a command needs, by command, and the one validator both shells read into it. A shell
// (action inputs; CLI flags, environment and almajob.ini) hands over the text the user typed
// and how to name each field in its own words; every problem is one SettingError naming it.




const COMMANDS = ['list', 'run', 'status', 'instances', 'check', 'report'];
const ENVIRONMENTS = ['sandbox', 'production'];
const FAIL_ON = ['failure', 'warning', 'never'];
/** Defaults as a person types them: action.yml and --help show these very strings. */
const Defaults = {
    env: 'sandbox',
    region: 'na',
    timeout: '6h',
    pollInterval: '1s',
    // Large enough that a 2 h job takes ≤ 60 polls (docs/how-it-works.md, Waiting); the end is seen at most this late.
    maxPollInterval: '3m',
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
    // report calls nothing, so it needs no key; one given anyway is still masked.
    if (command === 'report') {
        if (keySource)
            onSecret(keySource.key.trim());
        return readReport(source, given, parsed, env);
    }
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
    const judge = readJudge(parsed);
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
function readJudge(parsed) {
    return {
        failOn: parsed('failOn', (name, text) => parseChoice(name, text, FAIL_ON), Defaults.failOn),
        failOnCounter: parsed('failOnCounter', parseCounterPatterns)
    };
}
function readReport(source, given, parsed, env) {
    const eventFile = source.eventFile?.trim();
    if (!eventFile) {
        throw new SettingError('command', `${source.label('command')} report reads the repository_dispatch event from the runner's event file (GITHUB_EVENT_PATH), and there is none here; report is for the action, in a workflow started on: repository_dispatch`);
    }
    const lines = given('job')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    if (lines.length > 1) {
        throw new SettingError('job', `${source.label('job')}: one job for ${source.label('command')} report; ${lines.length} were given, one a line`);
    }
    const job = lines[0];
    if (job !== undefined && job.length > MAX_JOB_CHARS) {
        throw new SettingError('job', `${source.label('job')}: ${job.length} characters is too long (at most ${MAX_JOB_CHARS})`);
    }
    const eventName = source.eventName?.trim();
    return {
        command: 'report',
        env,
        baseUrl: readBaseUrl(source, given),
        ...readJudge(parsed),
        ...(job !== undefined && { job }),
        eventFile,
        ...(eventName && { eventName })
    };
}
function readWait(source, parsed) {
    const timeoutMs = parsed('timeout', parseDuration, Defaults.timeout);
    const pollIntervalMs = parsed('pollInterval', parseDuration, Defaults.pollInterval);
    const maxPollIntervalMs = parsed('maxPollInterval', parseDuration, Defaults.maxPollInterval);
    if (pollIntervalMs < MIN_POLL_INTERVAL_MS) {
        throw new SettingError('pollInterval', `${source.label('pollInterval')}: at least ${MIN_POLL_INTERVAL_MS / 1000}s, to spare the institution's API quota`);
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
    return (actionsCacheModule ??= Promise.all(/* import() */[__nccwpck_require__.e(824), __nccwpck_require__.e(388)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1388)));
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
/** '2026-11-29T03:49:27Z': UTC to the second, as the job summary and the CLI show a time. */
function isoSeconds(ms) {
    return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
/** '2025-01-06 10:00:01 UTC', or the text as Alma sent it when it is not a date-time. */
function formatTime(text) {
    const ms = parseTime(text);
    if (ms === undefined)
        return text;
    return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/**
 * How long a run took in Alma, in whole seconds: the second it ended minus the second it started
 * (else was submitted). Times are shown to the second, so the figure always agrees with them
 * (:03.9 to :08.1 is 5s, as :03 and :08 say). The one rule for the CLI, the log, the summary and
 * `duration-seconds`. Undefined until the end is known, unless `nowMs` stands in for a run still going.
 */
function durationSeconds(instance, nowMs) {
    const from = parseTime(instance.startTime) ?? parseTime(instance.submitTime);
    const to = instance.endTime ? parseTime(instance.endTime) : nowMs;
    if (from === undefined || to === undefined || to < from)
        return undefined;
    return Math.floor(to / 1000) - Math.floor(from / 1000);
}
/** durationSeconds in ms, for the summary's bars and tables. */
function instanceDurationMs(instance, nowMs) {
    const seconds = durationSeconds(instance, nowMs);
    return seconds === undefined ? undefined : seconds * 1000;
}
/** A run's durationSeconds in words: '0s', '45s', '2m 05s'. */
function formatRunDuration(seconds) {
    return seconds <= 0 ? '0s' : formatDuration(seconds * 1000);
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
        const seconds = durationSeconds(instance);
        if (seconds !== undefined || times.length > 0) {
            const took = seconds === undefined ? 'Times' : `Duration ${formatRunDuration(seconds)}`;
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
 * One line per checked job, the same in the action's log and the CLI's text (whose times are ISO, or local):
 * 'failed   Publishing to Primo (S1): Completed with Errors (COMPLETED_FAILED), submitted 2026-12-01 02:00:03 UTC (8 h ago), took 5m 02s; 7 runs, 1 failed'.
 */
function checkLine(job, now, showTime = (text) => formatTime(text)) {
    const head = `${job.verdict.padEnd(8)} ${formatJob(job.job)}`;
    const run = job.newest;
    if (!run)
        return `${head}: no run since the window began${job.named ? '' : ' (selected, so it does not fail the step)'}`;
    const submitted = parseTime(run.submitTime);
    const when = submitted === undefined ? '' : `, submitted ${showTime(run.submitTime)} (${formatAgo(now - submitted)})`;
    const took = durationSeconds(run);
    const counters = job.failingCounters.length ? `; failing ${formatCounters(job.failingCounters).join(', ')}` : '';
    return `${head}: ${formatCode(run.status)}${when}${took === undefined ? '' : `, took ${formatRunDuration(took)}`}${counters}; ${job.runs} ${job.runs === 1 ? 'run' : 'runs'}, ${job.failedRuns.length} failed`;
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
// How far apart two strings are, for "did you mean" hints (job names, CLI flags), and how far is
// still close: a hint that names something unrelated misleads more than no hint.
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
/** Edits a typo of this many characters may hold and still be close: one in three, at least one. */
function closeEdits(length) {
    return Math.max(1, Math.floor(length / 3));
}
/**
 * The candidates close to what was typed, nearest first, ignoring case: within closeEdits of
 * the typed length, or holding the typed text whole (at least MIN_PART characters: `SIS sync`).
 * Length is compared before the (quadratic) distance, so a pasted 100 KB text costs nothing.
 */
function closest(typed, candidates, nameOf, limit) {
    const target = typed.trim().toLowerCase();
    const allowed = closeEdits(target.length);
    const near = [];
    for (const candidate of candidates) {
        const text = nameOf(candidate).trim().toLowerCase();
        if (target.length >= MIN_PART && text.includes(target)) {
            near.push({ candidate, text, distance: text.length - target.length });
        }
        else if (Math.abs(text.length - target.length) <= allowed) {
            const distance = editDistance(text, target);
            if (distance <= allowed)
                near.push({ candidate, text, distance });
        }
    }
    return near
        .sort((a, b) => a.distance - b.distance || a.text.localeCompare(b.text))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}
/** Shorter text is held by too many names to mean one. */
const MIN_PART = 5;

;// CONCATENATED MODULE: ./src/commands/resolve.ts
// Turning what the user typed into a job id. Ids need no call; names need the whole
// job list, because Alma has no name filter (alma-api.md §7.8).




/** How much of a name a message quotes: enough to recognise it, never a pasted file. */
const QUOTED_NAME_CHARS = 80;
const SUGGESTIONS = 3;
/** No job has the name given: the user's to fix, with the closest names as a hint. */
class NoSuchJobError extends ConfigError {
    constructor(message) {
        super(message);
        this.name = 'NoSuchJobError';
    }
}
/** A job by id, by name, by name or id within an integration profile, or as a profile's one job. */
async function resolveJob(ctx, target) {
    if (target.job === undefined)
        return resolveInProfile(ctx, target.profileId, undefined);
    if (target.profileId)
        return resolveInProfile(ctx, target.profileId, target.job);
    const wanted = target.job.trim();
    if (isJobId(wanted))
        return { job: { id: wanted }, cacheHit: false };
    const quoted = quoteName(wanted);
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
    const near = closest(wanted, list.jobs, (job) => job.name, SUGGESTIONS);
    const hint = near.length ? `; closest: ${listed(near)}` : '; no close name';
    // Within the refresh grace period a cached list is trusted; say so, for a job made minutes ago.
    const cached = list.fromCache
        ? ` (cached job list from ${new Date(list.fetchedAt).toISOString()}; ${ctx.label('forceRefresh')} fetches it anew)`
        : '';
    throw new NoSuchJobError(`${ctx.label('job')}: no job named ${quoted} among ${list.jobs.length} jobs${hint}${cached}`);
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
    if (matches.length > 1) {
        throw new ConfigError(`${ctx.label('profileId')}: ${matches.length} jobs in ${where}: ${listed(matches)}; give ${ctx.label('job')}`);
    }
    if (wanted === undefined)
        throw new NoSuchJobError(`${ctx.label('profileId')}: no job in ${where}`);
    throw new NoSuchJobError(`${ctx.label('job')}: no job ${quoteName(wanted)} in ${where}${jobs.length ? `; it has ${listed(jobs)}` : ''}`);
}
/** Exact, case-sensitive; stray spaces are forgiven only when nothing matches exactly. */
function matchName(jobs, name) {
    const exact = jobs.filter((job) => job.name === name);
    if (exact.length)
        return exact;
    const trimmed = name.trim();
    return jobs.filter((job) => job.name.trim() === trimmed);
}
/** Jobs as a message names them: `"Export Physical Items" (M26710)`. */
function listed(jobs) {
    return jobs.map((job) => `${quoteName(job.name)} (${job.id})`).join(', ');
}
/**
 * A name in quotes that cannot be mistaken for others: double quotes, else single quotes when
 * the name holds a double one (`'Publishing to "Primo"'`), else double with the inner ones escaped.
 */
function quoteName(name) {
    const text = clip(name, QUOTED_NAME_CHARS);
    if (!text.includes('"'))
        return `"${text}"`;
    if (!text.includes("'"))
        return `'${text}'`;
    return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/commands/report.ts
// `report`: the JOB_END event (§10) that a relay forwarded as a repository_dispatch, read from
// the runner's event file (runner.md §7) and judged as `status` judges an instance. It asks
// nothing of Alma, so it imports no client: only the body parser and the status table.







/**
 * The most of the event file read. A dispatch's client_payload is under 64 KB (runner.md §7);
 * with the repository and sender objects around it an event is a few tens of KB.
 */
const MAX_EVENT_BYTES = 1024 * 1024;
/** How much of a value from the event a message quotes. */
const report_QUOTED_CHARS = 60;
/** How much of the event's own id and time is kept for the log. */
const EVENT_FIELD_CHARS = 100;
async function reportEvent(ctx, settings) {
    const notes = [];
    const event = readEvent(settings, notes);
    // §7.16: a malformed counter, alert or action is left out and the rest kept; worth a debug line.
    for (const note of notes)
        ctx.log.debug(`The event's ${note} was left out.`);
    const { instance } = event;
    if (event.action?.toUpperCase() !== 'JOB_END') {
        // §10: Alma's pages spell it JOB_END and job_end, so any case is the same action.
        const action = event.action === undefined ? 'missing' : `'${clip(event.action, report_QUOTED_CHARS)}'`;
        throw new ConfigError(`The event's client_payload.action is ${action}, not JOB_END: ${settings.eventFile} holds no job end.`);
    }
    const jobId = instance.jobInfo?.id;
    if (jobId === undefined || !isWellFormedJobId(jobId)) {
        const shown = jobId === undefined ? 'no job_info.id' : `job_info.id '${clip(jobId, report_QUOTED_CHARS)}', which is no job id`;
        throw new ConfigError(`The JOB_END event's job_instance ${instance.id} has ${shown}; cannot tell which job ended.`);
    }
    const name = instance.jobInfo?.name;
    const outcome = statuses_classifyStatus(instance.status.value).outcome;
    const report = {
        job: { id: jobId, ...(name !== undefined && { name }) },
        instanceId: instance.id,
        // Built on the configured API root as status builds it; never on a link the event carries.
        instanceUrl: instanceUrl(settings.baseUrl, jobId, instance.id),
        // Alma's event carries the description; without one the §4 table names the code, as status does without a call.
        instance: withTableDescription(instance),
        end: outcome === 'running' ? 'running' : 'finished',
        outcome,
        cacheHit: false
    };
    const facts = {
        event: {
            ...(event.id !== undefined && { id: clip(event.id, EVENT_FIELD_CHARS) }),
            ...(event.time !== undefined && { time: clip(event.time, EVENT_FIELD_CHARS) })
        },
        ...(settings.job !== undefined && { expected: settings.job })
    };
    if (settings.job !== undefined && !isThisJob(settings.job, jobId, name)) {
        return { command: 'report', report, verdict: { failed: false }, matched: false, ...facts };
    }
    if (outcome === 'running') {
        ctx.log.warning(`The JOB_END event shows instance ${instance.id} still ${instance.status.value}; the step reports it as running.`);
    }
    return { command: 'report', report, verdict: verdict(report, settings), matched: true, ...facts };
}
/** An id compares with the event's job_info.id, anything else with its job_info.name, exactly. */
function isThisJob(expected, jobId, name) {
    if (isWellFormedJobId(expected))
        return expected === jobId;
    return name !== undefined && (name === expected || name.trim() === expected);
}
/** The event file → its client_payload → the JOB_END event; every problem one ConfigError line. */
function readEvent(settings, notes) {
    const file = settings.eventFile;
    const text = readBounded(file);
    // runner.md §7: the runner writes the event as JSON; the parser also bounds nesting and drops __proto__.
    if (!text.trimStart().startsWith('{'))
        throw new ConfigError(`The event file ${file} is not a JSON object.`);
    let data;
    try {
        data = parse_parseBody(text, 'application/json').data;
    }
    catch (error) {
        if (error instanceof parse_BodyParseError)
            throw new ConfigError(`The event file ${file} cannot be read: ${error.message}.`);
        throw error;
    }
    const payload = data.client_payload;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
        const startedBy = settings.eventName && settings.eventName !== 'repository_dispatch'
            ? ` (this run was started by ${clip(settings.eventName, report_QUOTED_CHARS)})`
            : '';
        throw new ConfigError(`The event has no client_payload object${startedBy}: report reads the repository_dispatch that the relay sends for Alma's JOB_END.`);
    }
    try {
        return parse_toJobEndEvent(payload, notes);
    }
    catch (error) {
        if (!(error instanceof parse_BodyParseError))
            throw error;
        throw new ConfigError(`The event's client_payload is no Alma JOB_END event ({id, action, time, job_instance}): ${error.message}.`);
    }
}
/** At most MAX_EVENT_BYTES of the file, read in a loop so a device or a growing file cannot make it more. */
function readBounded(file) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (error) {
        throw new ConfigError(`Cannot open the event file ${file}: ${reason(error)}.`);
    }
    try {
        const buffer = Buffer.alloc(MAX_EVENT_BYTES + 1);
        let length = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length > MAX_EVENT_BYTES) {
                throw new ConfigError(`The event file ${file} is over ${MAX_EVENT_BYTES / 1024} KiB; a repository_dispatch event is far smaller.`);
            }
        }
        return buffer.toString('utf8', 0, length);
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        throw new ConfigError(`Cannot read the event file ${file}: ${reason(error)}.`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function reason(error) {
    const code = error?.code;
    return code ?? clip(error instanceof Error ? error.message : String(error), report_QUOTED_CHARS);
}
/** The notice for another job's event: both jobs named, each clipped (the event's text is untrusted). */
function notThisJob(result, label) {
    const { job, instanceId } = result.report;
    const theirs = job.name ? `"${clip(job.name, report_QUOTED_CHARS)}" (${job.id})` : job.id;
    const ours = `"${clip(result.expected ?? '', report_QUOTED_CHARS)}"`;
    return `Not this job: the JOB_END event is for job ${theirs}, instance ${instanceId}, and ${label('job')} is ${ours}; nothing to report (matched is false).`;
}
/** Which event is reported, for the log: its own id and time as Alma sent them. */
function describeEvent(result) {
    const { id, time } = result.event;
    return `Alma's JOB_END event${id ? ` ${id}` : ''}${time ? ` of ${time}` : ''}, from the dispatch's client_payload; nothing was asked of Alma.`;
}

;// CONCATENATED MODULE: ./src/commands/history-estimate.ts

/** One page of this many runs is the whole cost: one request. */
const HISTORY_RUNS = 10;
/** Runs submitted in these last days only: an old run says little about today's data. */
const HISTORY_DAYS = 30;
/** A run that took longer than this is a clock gone wrong, not a length to aim at. */
const MAX_RUN_MS = 7 * 86_400_000;
/** §4: the plain success; a failed or aborted run stops early, one with no bulks did nothing. */
const SUCCESS = 'COMPLETED_SUCCESS';
/**
 * The median of submit→end (start→end when the submit time is missing) over the runs that
 * ended successfully, leaving out `currentId` and lengths that are not a positive time under
 * MAX_RUN_MS. Times as §3.4 and §7.5 describe them; undefined when no run qualifies.
 */
function typicalRunMs(runs, currentId) {
    const lengths = [];
    for (const run of runs.slice(0, HISTORY_RUNS)) {
        if (run.id === currentId || run.status.value !== SUCCESS)
            continue;
        const endMs = parseTime(run.endTime);
        const fromMs = parseTime(run.submitTime) ?? parseTime(run.startTime);
        if (endMs === undefined || fromMs === undefined)
            continue;
        const lengthMs = endMs - fromMs;
        if (lengthMs > 0 && lengthMs <= MAX_RUN_MS)
            lengths.push(lengthMs);
    }
    if (lengths.length === 0)
        return undefined;
    lengths.sort((a, b) => a - b);
    const middle = Math.floor(lengths.length / 2);
    return lengths.length % 2 === 1 ? lengths[middle] : (lengths[middle - 1] + lengths[middle]) / 2;
}
/**
 * The wait's `expectedDuration`: when the run is expected to end, counted from the wait's start
 * (`waitStartedAt`, ms since the epoch). `submittedAt` is when the run was sent (run: the wait
 * starts then); without it (status) the newest instance's submit_time says how far along it was.
 * A failed list request is noted at debug level and taken as no estimate.
 */
function historyEstimate(ctx, jobId, instanceId, waitStartedAt, submittedAt) {
    return async (latest, { signal }) => {
        let runs;
        try {
            const from = new Date(waitStartedAt - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);
            runs = await ctx.client.listInstances(jobId, { from, status: SUCCESS }, { limit: HISTORY_RUNS, signal });
        }
        catch (error) {
            ctx.log.debug(`No estimate from earlier runs: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
        const typicalMs = typicalRunMs(runs, instanceId);
        const sentAt = submittedAt ?? parseTime(latest?.submitTime);
        if (typicalMs === undefined || sentAt === undefined)
            return undefined;
        const leftMs = typicalMs - Math.max(0, waitStartedAt - sentAt);
        return leftMs > 0 ? leftMs : undefined;
    };
}

;// CONCATENATED MODULE: ./src/commands/watch.ts
// Shared by run and status: wait on an instance and describe how it ended.




/**
 * Waits and fills in the report's instance, end and outcome. `deadlineAt` (ms since the epoch)
 * ends the wait sooner than `wait.timeoutMs` when time was spent before it (status by name).
 * `submittedAt`: the run was sent then (run); the estimate from earlier runs counts from it.
 */
async function watchInstance(ctx, report, wait, options = {}) {
    const deadlineAt = options.deadlineAt ?? Date.now() + wait.timeoutMs;
    const warned = new Set();
    let missedPolls = 0;
    const startedAt = Date.now();
    const result = await waitForInstance(ctx.client, report.job.id, report.instanceId, {
        ...wait,
        timeoutMs: Math.max(0, deadlineAt - startedAt),
        // One list request, only once the run has lasted long enough for it to pay (how-it-works.md, Waiting).
        expectedDuration: historyEstimate(ctx, report.job.id, report.instanceId, startedAt, options.submittedAt),
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
    const described = withTableDescription(instance);
    if (described.status.desc || ctx.signal?.aborted)
        return described;
    const code = instance.status.value;
    let desc;
    try {
        const rows = await withinDeadline(ctx, ctx.catalog.statusTable(), deadlineAt);
        desc = rows?.find((row) => row.code === code)?.description;
    }
    catch (error) {
        ctx.log.debug(`Could not read the systemJobStatus code table: ${error instanceof Error ? error.message : String(error)}`);
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
        instanceUrl: instanceUrl(ctx.baseUrl, job.id, run.instanceId),
        end: 'submitted',
        cacheHit,
        reconciled: run.reconciled
    };
    return options.wait ? watchInstance(ctx, report, options.wait, { submittedAt: Date.now() }) : report;
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
            // A run the job throttle refused was not started (§3.3), so sending it again is safe.
            if (!isThrottleRefusal(error) || leftMs <= 0)
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
    const base = { instanceId, instanceUrl: instanceUrl(ctx.baseUrl, job.id, instanceId), cacheHit };
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
    if (settings.command === 'report')
        return reportEvent(ctx, settings);
    if (!('client' in ctx))
        throw new TypeError(`${settings.command} calls Alma: give runCommand a context from createContext`);
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
        missingKey: (environment) => `${Inputs.apiKey}: no Alma API key; pass api-key: \${{ secrets.ALMA_API_KEY }}, or set ${API_KEY_VARIABLES[environment]} or ${ANY_API_KEY_VARIABLE}`,
        // cmd: report reads the dispatch event the runner hands every step (runner.md §7); no key.
        eventFile: env.GITHUB_EVENT_PATH,
        eventName: env.GITHUB_EVENT_NAME
    };
    return readSettings(source, maskSecret);
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
    'cache-hit',
    'matched'
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
        'job-name': oneLine(checked.job.name),
        verdict: checked.verdict,
        fails: checked.fails,
        'instance-id': run?.id ?? '',
        status: oneLine(run?.status.value),
        'status-description': oneLine(run?.status.desc),
        'submit-time': oneLine(run?.submitTime),
        'start-time': oneLine(run?.startTime),
        'end-time': oneLine(run?.endTime),
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
/**
 * Longest single-value text output (a name, a status, a time), in characters. Alma's names
 * are under 255; a 1 MB name from an event file must not become a 1 MB output.
 */
const MAX_TEXT_OUTPUT_CHARS = 1000;
/**
 * A single-line output: a line break from Alma must not add a line to a workflow's YAML or
 * shell, nor a huge text fill the output file.
 */
function oneLine(text) {
    if (text === undefined)
        return '';
    // Cut only when too long, so a name of normal length stays exactly as Alma has it.
    const shown = printable(text);
    return shown.length > MAX_TEXT_OUTPUT_CHARS ? clip(shown, MAX_TEXT_OUTPUT_CHARS) : shown;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// GitHub-flavoured Markdown for the job summary: a run's or status's end, the job
// list and recent instances (a table with a duration bar per run). Plain strings; the
// action adds them with core.summary.addRaw, the CLI may print them. GitHub sanitises the
// summary's HTML (runner.md §3), so everything here is text, tables and emoji.





/** GitHub refuses a step summary over 1 MiB; stay well below it. */
const SUMMARY_MAX_BYTES = 1000 * 1024;
/** Rows before a table is cut; the rest is counted, not shown. */
const DEFAULT_JOB_ROWS = 200;
/** Runs in the instances table: enough for a month of daily runs, short enough to read. */
const DEFAULT_INSTANCE_ROWS = 30;
/** Failed runs older than the table's, listed under it so no failure in the window is hidden. */
const MAX_OLDER_FAILED_ROWS = 20;
/** Cells of the longest duration bar. */
const BAR_CELLS = 20;
/** Longest text from Alma or an event in a cell, heading or line of the summary, before escaping. */
const MAX_CELL_CHARS = 200;
/** An alert's description or an error message: a sentence, so more room than a cell. */
const MAX_SENTENCE_CHARS = 500;
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
    return inlineText(text, maxChars).replace(/\|/g, '\\|');
}
/**
 * The one way text from Alma or an event enters the summary outside a table or code span
 * (headings, notes, list items): clipped, control characters shown, then escaped. A 1 MB
 * name would otherwise fill the summary and push every fact past the cut.
 */
function inlineText(text, maxChars = MAX_CELL_CHARS) {
    return escapeInline(printable(clip(text, maxChars)));
}
/** Inline Markdown text outside tables (headings, list items). */
function escapeInline(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]~])/g, '\\$1')
        // GFM turns bare URLs, www. names, e-mail addresses and @names into links; escaped, they stay text.
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/@/g, '\\@')
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
    const lines = [
        `## ${headingMark(report)} ${inlineText(name)}: ${inlineText(headingState(report), MAX_SENTENCE_CHARS)}`,
        ''
    ];
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
            facts.push(['Duration', formatRunDuration(duration / 1000)]);
    }
    if (report.elapsedMs !== undefined)
        facts.push(['Waited', formatDuration(report.elapsedMs)]);
    facts.push(whereToLook(report));
    // A real header row: an empty one renders as a blank stripe above the facts.
    lines.push(...table(['Field', 'Value'], facts.map(([label, value]) => [`**${label}**`, value])), '');
    const note = endNote(report);
    if (note)
        lines.push(`> ${note}`, '');
    if (instance && instance.counters.length > 0) {
        const shown = instance.counters.slice(0, MAX_COUNTER_ROWS);
        // §4: a success can hide failed records; the counters that say so are marked.
        const failed = new Set(report.outcome === 'success' || report.outcome === 'warning' ? failureCounters(instance.counters) : []);
        lines.push('### Counters', '');
        if (failed.size)
            lines.push(`> ⚠️ The job ended ${inlineText(instance.status.value)}, but ${failed.size === 1 ? 'a counter reports' : `${failed.size} counters report`} failed records.`, '');
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
            lines.push(`- ${alert.desc ? `${inlineText(alert.desc, MAX_SENTENCE_CHARS)} (${code(alert.value)})` : code(alert.value)}`);
        }
        if (instance.alerts.length > MAX_ALERTS)
            lines.push(`- _…and ${instance.alerts.length - MAX_ALERTS} more_`);
        lines.push('');
    }
    if (report.cacheHit)
        lines.push('<sub>Job resolved from the cached job list.</sub>', '');
    return capMarkdown(lines.join('\n'));
}
/** The path to the Monitor Jobs page in Alma's menus (alma-api.md §11). */
const MONITOR_JOBS_PATH = 'Admin &gt; Manage Jobs and Sets &gt; Monitor Jobs';
/**
 * Where a person finds the run. Against Ex Libris the API link is no use in a browser (it
 * needs the key, §1), so the summary names the page in Alma and the instance to look for
 * (§11); against another host (the simulator, a proxy) the link is what there is.
 */
function whereToLook(report) {
    if (!isExLibrisHost(hostOf(report.instanceUrl)))
        return ['API link', code(report.instanceUrl)];
    const outcome = report.outcome;
    const ended = report.instance?.endTime !== undefined || outcome === 'success' || outcome === 'warning' || outcome === 'failure';
    const tab = ended ? 'the History tab' : 'the Running tab (History once it has ended)';
    return ['In Alma', `${MONITOR_JOBS_PATH}, ${tab}; look for instance ${code(report.instanceId)}`];
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
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
    // Clipped here, so a long status cannot crowd out the words around it.
    const found = report.instance ? report.instance.status.desc || report.instance.status.value : undefined;
    const status = found === undefined ? undefined : clip(found, MAX_CELL_CHARS);
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
        parts.push(`The wait ended on an error: ${inlineText(report.error?.message ?? 'unknown', MAX_SENTENCE_CHARS)}.`);
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
    const lines = [`## Alma jobs${opts.env ? ` (${inlineText(opts.env)})` : ''}`, ''];
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
/**
 * Markdown for `instances`: counts per status, a word on failures, then a table of the newest
 * runs with a duration bar each, scaled to the longest run shown. A 20-minute run on a
 * 25-day time axis would be thinner than a pixel; a bar per row is readable at any window.
 */
function instanceListMarkdown(job, instances, opts = {}) {
    const maxRows = opts.maxRows ?? DEFAULT_INSTANCE_ROWS;
    const now = opts.now ?? Date.now();
    const lines = [`## Recent runs of ${inlineText(job.name ?? job.id)}`, ''];
    const byStatus = countBy(instances, (instance) => instance.status.value);
    lines.push(`${instances.length} ${instances.length === 1 ? 'instance' : 'instances'} of ${jobLabel(job)}` +
        `${byStatus.length ? `: ${byStatus.map(([status, count]) => `${count} ${code(status)}`).join(', ')}` : ''}.`, '');
    if (instances.length === 0)
        return capMarkdown(lines.join('\n'));
    // Alma's list order is not documented (§3.4): sort newest first here.
    const sorted = [...instances].sort((a, b) => (parseTime(b.submitTime) ?? -Infinity) - (parseTime(a.submitTime) ?? -Infinity));
    const shown = sorted.slice(0, maxRows);
    const failed = sorted.filter((instance) => summary_outcomeOf(instance) === 'failure');
    const olderFailed = failed.filter((instance) => !shown.includes(instance));
    const olderShown = olderFailed.slice(0, MAX_OLDER_FAILED_ROWS);
    if (failed.length) {
        const newest = failed[0];
        const when = parseTime(newest.startTime ?? newest.submitTime);
        lines.push(`> ❌ **${failed.length} of ${instances.length} ${instances.length === 1 ? 'run' : 'runs'} failed.** ` +
            `The newest failure: instance ${code(newest.id)}${when === undefined ? '' : `, started ${isoSeconds(when)}`}.`, '');
    }
    const durations = new Map([...shown, ...olderShown].map((instance) => [instance, instanceDurationMs(instance, instance.endTime ? undefined : now)]));
    const longest = Math.max(0, ...[...durations.values()].map((ms) => ms ?? 0));
    const barHeader = longest > 0 ? `Full bar: ${formatRunDuration(longest / 1000)}` : 'Bar';
    const rows = (list) => table(['Status', 'Started (UTC)', 'Took', barHeader, 'Instance'], list.map((instance) => instanceRow(instance, durations.get(instance), longest)), ['---', '---', '---:', '---', '---']);
    lines.push(`### ${shown.length === 1 ? 'The newest run' : `The ${shown.length} newest runs`}`, '', ...rows(shown), '');
    if (shown.length < instances.length)
        lines.push(`_Showing ${shown.length} of ${instances.length} instances, newest first._`, '');
    if (olderShown.length) {
        lines.push(`### Older failed runs`, '', ...rows(olderShown), '');
        if (olderShown.length < olderFailed.length)
            lines.push(`_Showing the ${olderShown.length} newest of ${olderFailed.length} older failed runs._`, '');
    }
    return capMarkdown(lines.join('\n'));
}
function instanceRow(instance, duration, longest) {
    const outcome = summary_outcomeOf(instance);
    // Bold, besides the icon: a failure has to stand out in a column of green.
    const strong = (text) => (outcome === 'failure' && text ? `**${text}**` : text);
    const started = parseTime(instance.startTime ?? instance.submitTime);
    const took = duration === undefined
        ? instance.startTime
            ? ''
            : 'not started'
        : `${formatRunDuration(duration / 1000)}${instance.endTime ? '' : ' so far'}`;
    return [
        `${OUTCOME_MARK[outcome]} ${strong(escapeCell(instance.status.desc || instance.status.value))}`,
        // ISO without spaces, so the cell does not wrap.
        strong(started === undefined ? escapeCell(instance.startTime ?? instance.submitTime ?? '') : isoSeconds(started)),
        strong(took),
        duration === undefined ? '' : durationBar(duration, longest),
        code(instance.id)
    ];
}
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const FULL_BLOCK = '█';
/** A space a table cell does not wrap at: '14m 38s' stays on one line. */
const NBSP = '\u00a0';
/** Pads the bar to its full width in the monospace span, so bars and texts line up. */
const BAR_PAD = NBSP;
/**
 * `ms` as a bar of block characters in eighths of a cell, the longest `BAR_CELLS` long; a
 * run that took any time gets at least a cell, so a short failure still shows.
 */
function durationBar(ms, longestMs, cells = BAR_CELLS) {
    if (!(ms > 0) || !(longestMs > 0))
        return `\`${BAR_PAD.repeat(cells)}\``;
    const eighths = Math.max(8, Math.round((Math.min(ms, longestMs) / longestMs) * cells * 8));
    const bar = FULL_BLOCK.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
    return `\`${bar}${BAR_PAD.repeat(cells - Math.ceil(eighths / 8))}\``;
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
    // The log's headline names every failing job; in a heading that is a wall of text, and the
    // table below names them anyway.
    const total = result.jobs.length;
    const heading = result.failed
        ? `${result.failed} of ${total} ${total === 1 ? 'job needs' : 'jobs need'} attention`
        : `${total} ${total === 1 ? 'job' : 'jobs'} checked: none needs attention`;
    const lines = [`## ${mark} ${heading}`, ''];
    lines.push(`Runs submitted since ${inlineText(formatTime(new Date(result.sinceMs).toISOString()))}.`, '');
    const shown = result.jobs.slice(0, DEFAULT_JOB_ROWS);
    lines.push(...table(['', 'Job', 'Newest run', 'When', 'Took', 'Failed records', 'Runs (failed)'], shown.map((job) => checkRow(job, result.checkedAt)), ['---', '---', '---', '---', '---:', '---', '---:']), '');
    if (shown.length < result.jobs.length)
        lines.push(`_Showing the ${shown.length} worst of ${result.jobs.length} jobs._`, '');
    const failing = result.jobs
        .filter((job) => job.fails && job.newest && job.newest.alerts.length > 0)
        .slice(0, MAX_ALERT_SECTIONS);
    for (const job of failing) {
        lines.push(`### ${inlineText(job.job.name ?? job.job.id)}`, '');
        for (const alert of job.newest.alerts.slice(0, MAX_ALERTS)) {
            lines.push(`- ${alert.desc ? `${inlineText(alert.desc, MAX_SENTENCE_CHARS)} (${code(alert.value)})` : code(alert.value)}`);
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
        // The age first, as it is what a person looks for; the time wraps at its spaces.
        submitted === undefined ? '' : `${formatAgo(now - submitted)}, ${escapeCell(formatTime(run.submitTime))}`,
        took === undefined
            ? // A stuck run reads "Running" like a healthy one; say why it is marked.
                job.verdict === 'stuck'
                    ? '**stuck**, not ended'
                    : job.verdict === 'running'
                        ? 'not ended'
                        : ''
            : formatRunDuration(took / 1000).replace(/ /g, NBSP),
        escapeCell(failedRecords.join('; ')),
        `${job.runs} (${job.failedRuns.length})`
    ];
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
        notice: (message) => core/* notice */.lm(clean(message)),
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
        // Settings are read synchronously; the wizard's XML in `parameters` needs its parser loaded first.
        if (looksLikeXml(core/* getInput */.V4(Inputs.parameters)))
            await loadXmlParser();
        settings = readActionSettings((name) => core/* getInput */.V4(name), process.env, (secret) => {
            secrets.push(secret);
            core/* setSecret */.Pq(secret);
        });
        let result;
        if (settings.command === 'report') {
            // The event is in the runner's event file (runner.md §7): no client, no cache, no key.
            result = await runCommand({ log, label: (field) => Inputs[field] }, settings);
        }
        else {
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
            try {
                result = await runCommand(ctx, settings);
            }
            finally {
                if (waiting)
                    log.endGroup();
            }
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
        const { line } = describeError(error, secrets);
        // A refused key is the user's to fix: name the input or variable that held it (never the key).
        const keyFrom = settings && 'apiKeyFrom' in settings ? settings.apiKeyFrom : undefined;
        log.fail(keyFrom && isRefusedKey(error) ? refusedKeyLine(line, keyFrom) : line);
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
        case 'status':
        case 'report': {
            if (result.command === 'report') {
                // Another job's event: the step ends well and says so; a later step reads matched.
                if (!result.matched) {
                    setOutputs({ matched: 'false' });
                    log.notice(notThisJob(result, (field) => Inputs[field]));
                    return;
                }
                log.info(describeEvent(result));
            }
            const { report, verdict } = result;
            // Outputs first, so `if: failure()` steps still get the instance id (runner.md §6).
            setOutputs({ ...instanceOutputs(report), ...(result.command === 'report' && { matched: 'true' }) });
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
/** Linux and macOS runners send SIGINT then SIGTERM; Windows runners Ctrl-C then Ctrl-Break (runner.md §3). */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGBREAK'];
/**
 * SIGINT/SIGTERM/SIGBREAK: abort, so no new request starts and a wait reports what it knows; if
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
    for (const signal of CANCEL_SIGNALS)
        process.on(signal, onSignal);
    return () => {
        for (const signal of CANCEL_SIGNALS)
            process.off(signal, onSignal);
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
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

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
function toCommandProperties(annotationProperties) {
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
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
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

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Headers: () => (/* binding */ Headers),
  HttpClient: () => (/* binding */ HttpClient),
  HttpClientError: () => (/* binding */ HttpClientError),
  HttpClientResponse: () => (/* binding */ HttpClientResponse),
  HttpCodes: () => (/* binding */ HttpCodes),
  MediaTypes: () => (/* binding */ MediaTypes),
  getProxyUrl: () => (/* binding */ lib_getProxyUrl),
  isHttps: () => (/* binding */ isHttps)
});

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
    const proxyUrl = getProxyUrl(new URL(serverUrl));
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