export const id = 387;
export const ids = [387];
export const modules = {

/***/ 387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelayCommand: () => (/* binding */ runRelayCommand)
});

// UNUSED EXPORTS: RELAY_FLAGS

// EXTERNAL MODULE: ./src/alma/errors.ts
var errors = __webpack_require__(184);
// EXTERNAL MODULE: ./src/alma/parse.ts
var parse = __webpack_require__(480);
// EXTERNAL MODULE: ./src/alma/text.ts
var alma_text = __webpack_require__(860);
// EXTERNAL MODULE: ./src/alma/webhook.ts
var webhook = __webpack_require__(622);
// EXTERNAL MODULE: ./src/alma/xml.ts + 1 modules
var xml = __webpack_require__(564);
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

// EXTERNAL MODULE: ./src/text/safe.ts
var safe = __webpack_require__(966);
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
    return (0,alma_text/* clip */.$)((0,safe/* printable */.g$)((0,errors/* redact */.E$)(message, [token])), GITHUB_MESSAGE_CHARS);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(67);
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
    const server = (0,external_node_http_.createServer)({ connectionsCheckingInterval: TIMEOUT_CHECK_MS }, (req, res) => {
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



// EXTERNAL MODULE: ./src/cli/constants.ts
var constants = __webpack_require__(239);
;// CONCATENATED MODULE: ./src/cli/relay.ts
// `almajob relay --port N …`: serves the webhook relay (src/relay/) until a stop signal,
// one line per request on stdout. The secrets come from the environment only: a flag would
// show in `ps` to every user of the machine.




const RELAY_ENV = { secret: 'ALMA_WEBHOOK_SECRET', token: 'GITHUB_TOKEN', repository: 'GITHUB_REPOSITORY' };
const RELAY_FLAGS = ['port', 'host', 'repository', 'event-type', 'jobs', 'github-api-url'];
const SECRET_FLAGS = {
    secret: RELAY_ENV.secret,
    'webhook-secret': RELAY_ENV.secret,
    token: RELAY_ENV.token,
    'github-token': RELAY_ENV.token
};
const RELAY_USAGE = `Usage: almajob relay --port N [--host 127.0.0.1] [--repository owner/name]
                     [--event-type ${DEFAULT_EVENT_TYPE}] [--jobs M1,M2] [--github-api-url URL]
Receives Alma's JOB_END webhook, checks its signature and starts GitHub workflows
\`on: repository_dispatch\`. Serve it behind HTTPS: Alma calls only https URLs.
Environment: ${RELAY_ENV.secret} (the Alma webhook secret), ${RELAY_ENV.token} (a token with
Contents: read and write on the repository), ${RELAY_ENV.repository} (default of --repository).
Stops on Ctrl-C or SIGTERM. Exit status: 0 stopped, 2 bad flags or environment, 3 cannot listen.
`;
/** `--flag value` and `--flag=value` (the word `relay` already taken off); anything else is a ConfigError naming it. */
function parseFlags(args) {
    const values = {};
    for (let i = 0; i < args.length; i++) {
        const token = args[i];
        if (token === '--help' || token === '-h') {
            values.help = true;
            continue;
        }
        const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(token);
        const name = match?.[1];
        if (name === undefined)
            throw new errors/* ConfigError */.xL(`unexpected argument "${token}"; flags are --${RELAY_FLAGS.join(', --')}`);
        if (name in SECRET_FLAGS)
            throw new errors/* ConfigError */.xL(`--${name} is not a flag: set ${SECRET_FLAGS[name]} in the environment (flags show in ps)`);
        if (!RELAY_FLAGS.includes(name))
            throw new errors/* ConfigError */.xL(`unknown flag --${name}; flags are --${RELAY_FLAGS.join(', --')}`);
        const value = match[2] ?? args[++i];
        if (value === undefined || (match[2] === undefined && value.startsWith('--')))
            throw new errors/* ConfigError */.xL(`--${name} needs a value`);
        if (values[name] !== undefined)
            throw new errors/* ConfigError */.xL(`--${name} is given twice`);
        values[name] = value;
    }
    return values;
}
/** The relay's option names, as this command spells them. */
const OPTION_NAMES = [
    ['relay githubApiUrl', '--github-api-url'],
    ['relay githubToken', RELAY_ENV.token],
    ['relay repository', '--repository'],
    ['relay eventType', '--event-type'],
    ['relay jobs', '--jobs'],
    ['relay port', '--port'],
    ['relay host', '--host'],
    ['relay secret', RELAY_ENV.secret]
];
const flagWords = (message) => OPTION_NAMES.reduce((text, [option, flag]) => text.replace(option, flag), message);
/** One line for a request's outcome: ids and codes the relay checked, and its own words. */
function outcomeLine(outcome) {
    const parts = [new Date().toISOString(), outcome.kind, String(outcome.status)];
    if (outcome.jobId)
        parts.push(`job ${outcome.jobId}`);
    if (outcome.instanceId)
        parts.push(`instance ${outcome.instanceId}`);
    if (outcome.jobStatus)
        parts.push(outcome.jobStatus);
    const github = outcome.githubMessage ? ` (GitHub says: ${outcome.githubMessage})` : '';
    return (0,safe/* safeLine */.om)(`${parts.join(' ')}: ${outcome.reason}${github}`);
}
/** `argv` is what follows `relay`; `io` is main's, so the relay stops on the same signals as every command. */
async function runRelayCommand(argv, env, io) {
    const fail = (line, code = constants/* ExitCode */.yU.Usage) => {
        io.stderr.write(`almajob relay: ${(0,safe/* safeLine */.om)(line)}\n`);
        return code;
    };
    let server;
    let jobs;
    try {
        const flags = parseFlags(argv);
        if (flags.help) {
            io.stdout.write(RELAY_USAGE);
            return constants/* ExitCode */.yU.Success;
        }
        if (flags.port === undefined)
            throw new errors/* ConfigError */.xL('--port is required (0 picks a free port)');
        if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65_535)
            throw new errors/* ConfigError */.xL(`--port must be a whole number from 0 to 65535`);
        const secret = env[RELAY_ENV.secret];
        if (!secret)
            throw new errors/* ConfigError */.xL(`${RELAY_ENV.secret} is not set: give it the secret of Alma's Webhooks integration profile`);
        const githubToken = env[RELAY_ENV.token];
        if (!githubToken)
            throw new errors/* ConfigError */.xL(`${RELAY_ENV.token} is not set: give it a token with Contents: read and write on the repository`);
        const repository = flags.repository ?? env[RELAY_ENV.repository];
        if (!repository)
            throw new errors/* ConfigError */.xL(`--repository owner/name is required (or ${RELAY_ENV.repository})`);
        jobs = flags.jobs
            ?.split(',')
            .map((id) => id.trim())
            .filter(Boolean);
        const options = {
            port: Number(flags.port),
            host: flags.host,
            secret,
            githubToken,
            repository,
            eventType: flags['event-type'],
            jobs,
            githubApiUrl: flags['github-api-url'],
            onOutcome: (outcome) => void io.stdout.write(`${outcomeLine(outcome)}\n`)
        };
        try {
            server = await serveRelay(options);
        }
        catch (error) {
            if (error instanceof errors/* ConfigError */.xL)
                throw error;
            const code = error?.code;
            return fail(`cannot listen on ${flags.host ?? '127.0.0.1'}:${flags.port}${code ? ` (${code})` : ''}`, constants/* ExitCode */.yU.AlmaError);
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
            return fail(flagWords(error.message));
        throw error;
    }
    io.stderr.write(`almajob relay: listening on ${server.url}; forwarding signed JOB_END events of ${jobs ? jobs.join(', ') : 'every job'}. Ctrl-C stops it.\n`);
    io.onListening?.(server);
    const signal = await new Promise((resolve) => {
        const off = io.onSignal((received) => {
            off();
            resolve(received);
        });
    });
    io.stderr.write(`almajob relay: ${signal}, stopping\n`);
    await server.close();
    return constants/* ExitCode */.yU.Success;
}


/***/ })

};
