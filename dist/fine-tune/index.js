import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


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

/***/ 481:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(104);

/* istanbul ignore next */
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/cancellation.ts
// The runner cancels a step with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
// that (actions/runner). The first signal aborts what the step waits for, so that it can cancel
// the job; a second one means there is no time left, and the step exits at once.
const SIGNALS = ['SIGINT', 'SIGTERM'];
function watchCancellation(onSecond = () => process.exit(1)) {
    const controller = new AbortController();
    let received;
    const handler = (name) => {
        if (received !== undefined)
            return onSecond();
        received = name;
        controller.abort();
    };
    for (const name of SIGNALS)
        process.on(name, handler);
    return {
        signal: controller.signal,
        get received() {
            return received;
        },
        dispose: () => {
            for (const name of SIGNALS)
                process.off(name, handler);
        }
    };
}
/**
 * `promise`'s value, or a rejection as soon as `signal` aborts: the promise is then left to
 * settle unseen (a request in flight, a sleep).
 */
async function unlessAborted(promise, signal) {
    if (!signal)
        return promise;
    let onAbort = () => { };
    const aborted = new Promise((_, reject) => {
        onAbort = () => reject(new Error('aborted'));
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([promise, aborted]);
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
}

;// CONCATENATED MODULE: ./src/json.ts
// JSON values as parsed by JSON.parse: the one object check shared by the client and the validator.
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The deepest nesting of arrays and objects accepted before JSON.parse. Python's json gives up
 * near 1,000 levels (the interpreter's recursion limit: `json.loads` of 998 nested arrays raises
 * RecursionError on CPython 3.11), and mistral-finetune reads every line with `json.loads`.
 */
const MAX_JSON_DEPTH = 1000;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
/**
 * Where `text` first nests arrays and objects more than `limit` levels deep: the index of the
 * `[` or `{` that opens level `limit + 1`, or -1 when none does. Brackets inside strings do not
 * count. Call it before JSON.parse: V8 parses any depth but holds every open level (a 64 MiB line
 * of `[` took 2.9 GB and 15 s to fail), and code that walks the value recursively (JSON.stringify,
 * String, join) overflows the stack near 3,000 levels.
 *
 * Cheap for ordinary text. Valid JSON nested `limit + 1` deep has at least `2 * limit + 2`
 * characters, so shorter text is not looked at (if it is that deep it is not valid, and JSON.parse
 * fails on it at once and cheaply). Past that, a depth past `limit` needs more than `limit` of `[`
 * and `{`, and those are counted with native indexOf, stopping at `limit + 1`. Only text with
 * more of them is scanned character by character, and that scan stops at the first level past
 * the limit.
 */
function depthExceeded(text, limit = MAX_JSON_DEPTH) {
    if (text.length < 2 * limit + 2)
        return -1;
    let openers = 0;
    for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
        if (++openers > limit)
            return scanDepth(text, limit);
    }
    for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) {
        if (++openers > limit)
            return scanDepth(text, limit);
    }
    return -1;
}
/** The exact, string-aware walk of depthExceeded. */
function scanDepth(text, limit) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            // To the closing quote: the next one after an even run of backslashes.
            let end = i;
            for (;;) {
                end = text.indexOf('"', end + 1);
                if (end === -1)
                    return -1; // unterminated: JSON.parse stops inside the string
                let k = end - 1;
                while (text.charCodeAt(k) === BACKSLASH)
                    k--;
                if ((end - 1 - k) % 2 === 0)
                    break;
            }
            i = end;
        }
        else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
            if (++depth > limit)
                return i;
        }
        else if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && depth > 0) {
            depth--;
        }
    }
    return -1;
}
/**
 * A value from JSON.parse as JSON.stringify writes it, cut to `max` characters (the last one `…`
 * when cut). It never recurses and stops once it has `max + 1` characters, so no depth or width
 * can throw or take long. Values JSON has no words for are written as JSON.stringify writes
 * them (undefined is skipped in objects, null in arrays), and a bare undefined as `undefined`.
 */
function previewJson(value, max) {
    const room = max + 1;
    const stack = [];
    let out = '';
    let current = value;
    let pending = true; // `current` is still to be written
    while (out.length < room) {
        if (pending) {
            pending = false;
            if (typeof current === 'object' && current !== null) {
                const isArray = Array.isArray(current);
                out += isArray ? '[' : '{';
                const keys = isArray ? null : Object.keys(current);
                stack.push({ value: current, keys, next: 0, wrote: false });
            }
            else {
                out += scalar(current, room, stack.length === 0);
            }
            continue;
        }
        const top = stack[stack.length - 1];
        if (top === undefined)
            break;
        if (top.keys === null) {
            const items = top.value;
            if (top.next === items.length) {
                out += ']';
                stack.pop();
                continue;
            }
            if (top.next > 0)
                out += ',';
            current = items[top.next++];
            if (skipped(current))
                current = null;
        }
        else {
            const record = top.value;
            while (top.next < top.keys.length && skipped(record[top.keys[top.next]]))
                top.next++;
            if (top.next === top.keys.length) {
                out += '}';
                stack.pop();
                continue;
            }
            const key = top.keys[top.next++];
            out += `${top.wrote ? ',' : ''}${quote(key, room)}:`;
            top.wrote = true;
            current = record[key];
        }
        pending = true;
    }
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
/** Values JSON.stringify leaves out of objects and writes as null in arrays. */
function skipped(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
function scalar(value, room, topLevel) {
    if (typeof value === 'string')
        return quote(value, room);
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'boolean' || value === null)
        return String(value);
    if (typeof value === 'bigint')
        return String(value);
    return topLevel ? String(value) : 'null';
}
/** A string as JSON, its first `room` characters at least (enough for any cut within `room`). */
function quote(text, room) {
    return JSON.stringify(text.length > room ? text.slice(0, room) : text);
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: ./src/client/errors.ts


/** Base of every error the Files client throws; `code` is stable for programs to test. */
class MistralError extends Error {
    code = 'MISTRAL_ERR';
    name = 'MistralError';
}
/** The API answered with an HTTP error status. */
class errors_APIError extends MistralError {
    status;
    reason;
    body;
    headers;
    lineErrors;
    code = 'MISTRAL_ERR_API';
    name = 'APIError';
    constructor(status, 
    /** The reason the server gave, from whichever body shape arrived. */
    reason, 
    /** The body as received (truncated), for debugging. */
    body, headers, lineErrors = []) {
        super(`${status} ${external_node_http_namespaceObject.STATUS_CODES[status] ?? 'HTTP error'}${reason ? `: ${reason}` : ''}`);
        this.status = status;
        this.reason = reason;
        this.body = body;
        this.headers = headers;
        this.lineErrors = lineErrors;
    }
    get requestId() {
        const id = this.headers['x-request-id'] ?? this.headers['request-id'];
        return Array.isArray(id) ? id[0] : id;
    }
    /** Retry-After in milliseconds (seconds or an HTTP date), when the server sent one. */
    retryAfterMs(now = Date.now()) {
        const value = this.headers['retry-after'];
        const text = Array.isArray(value) ? value[0] : value;
        if (!text)
            return undefined;
        const seconds = Number(text);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(text);
        return Number.isNaN(date) ? undefined : Math.max(0, date - now);
    }
    /** The error class for a status, with the reason parsed out of the body. */
    static from(status, headers, body) {
        const { reason, lineErrors } = parseErrorBody(body);
        const ErrorClass = STATUS_ERRORS[status] ??
            (status >= 500 ? InternalServerError : status < 400 ? RedirectError : errors_APIError);
        return new ErrorClass(status, reason, body, headers, lineErrors);
    }
}
/**
 * A 3xx. A redirect is never followed: it could carry the key to another host. The answer
 * names where the server points, so the user can set `server-url` to it if they trust it.
 */
class RedirectError extends errors_APIError {
    get location() {
        const value = this.headers.location;
        return Array.isArray(value) ? value[0] : value;
    }
}
class BadRequestError extends errors_APIError {
}
class AuthenticationError extends errors_APIError {
}
class PermissionDeniedError extends errors_APIError {
}
class NotFoundError extends errors_APIError {
}
class ConflictError extends errors_APIError {
}
class GoneError extends errors_APIError {
}
class PayloadTooLargeError extends errors_APIError {
}
class UnprocessableEntityError extends errors_APIError {
}
class RateLimitError extends errors_APIError {
}
class InternalServerError extends errors_APIError {
}
const STATUS_ERRORS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError
};
/** No response arrived: refused, reset, DNS, TLS. */
class errors_APIConnectionError extends MistralError {
    code = 'MISTRAL_ERR_CONNECTION';
    name = 'APIConnectionError';
}
/** The server's TLS certificate did not verify: every attempt would meet the same certificate. */
class errors_CertificateError extends errors_APIConnectionError {
    code = 'MISTRAL_ERR_CERTIFICATE';
    name = 'CertificateError';
}
/**
 * The local file could not be read as it was when the upload began: it grew, shrank, vanished or
 * failed to read. Another attempt would send the same changing file, so it is not retried.
 */
class LocalFileError extends MistralError {
    code = 'MISTRAL_ERR_LOCAL_FILE';
    name = 'LocalFileError';
}
/**
 * The upload was stopped before its closing boundary because a file of the step broke the
 * dataset rules: the server got an incomplete body and stores nothing. Not retried.
 */
class UploadWithheldError extends (/* unused pure expression or super */ null && (LocalFileError)) {
    code = 'MISTRAL_ERR_UPLOAD_WITHHELD';
    name = 'UploadWithheldError';
}
/** No complete response arrived in time. */
class APITimeoutError extends errors_APIConnectionError {
    code = 'MISTRAL_ERR_TIMEOUT';
    name = 'APITimeoutError';
}
/** A 2xx answer that is not what the spec promises (not JSON, truncated, missing `id`, wrong size). */
class errors_InvalidResponseError extends MistralError {
    status;
    body;
    retryable;
    code = 'MISTRAL_ERR_INVALID_RESPONSE';
    name = 'InvalidResponseError';
    constructor(message, status, body, 
    /** False when another attempt cannot help, e.g. the server stored other bytes than were sent. */
    retryable = true) {
        super(message);
        this.status = status;
        this.body = body;
        this.retryable = retryable;
    }
}
/** Longest reason, in characters (then `…`). */
const REASON_MAX = 500;
/**
 * The reason from any of the error shapes Mistral and the proxies in front of it send:
 * `{detail:[{loc,msg}]}`, `{detail:"…", errors:[{message,line_number}]}`, `{object:"error",message}`,
 * `{message}`, `{error:{message}}`, an HTML page, plain text, or nothing.
 */
function parseErrorBody(body) {
    const text = body.trim();
    if (!text)
        return { reason: '', lineErrors: [] };
    // Nested past what json.loads reads: not parsed (nothing below can overflow), shown cut short.
    if (depthExceeded(text) !== -1)
        return { reason: textOf(text), lineErrors: [] };
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return { reason: textOf(text), lineErrors: [] };
    }
    if (!isRecord(json))
        return { reason: oneLine(shown(json)), lineErrors: [] };
    const parts = [];
    const { detail, message, description, error, errors } = json;
    if (typeof detail === 'string')
        parts.push(detail);
    if (Array.isArray(detail))
        parts.push(detail.map(describeDetailItem).join('; '));
    if (typeof message === 'string')
        parts.push(message);
    if (isRecord(error) && typeof error.message === 'string')
        parts.push(error.message);
    if (typeof description === 'string')
        parts.push(description);
    const lineErrors = Array.isArray(errors) ? errors.flatMap(toLineError) : [];
    const reason = parts.length ? parts.join(' ') : oneLine(text);
    return { reason: oneLine(reason), lineErrors };
}
function describeDetailItem(item) {
    if (!isRecord(item))
        return shown(item);
    const where = Array.isArray(item.loc)
        ? item.loc
            .filter(part => part !== 'body')
            .map(shown)
            .join('.')
        : '';
    const what = typeof item.msg === 'string' ? item.msg : previewJson(item, REASON_MAX);
    return where ? `${where}: ${what}` : what;
}
/** A string as it is, any other value as short JSON (never recursing into it). */
function shown(value) {
    return typeof value === 'string' ? value : previewJson(value, REASON_MAX);
}
function toLineError(item) {
    if (!isRecord(item) || typeof item.message !== 'string')
        return [];
    const line = Number(item.line_number);
    return Number.isInteger(line) && line > 0 ? [{ line, message: item.message }] : [];
}
/** The title (or first heading) of an HTML page, else the text itself, on one short line. */
function textOf(text) {
    if (!/^\s*</.test(text))
        return oneLine(text);
    const title = /<title[^>]*>([^<]*)</i.exec(text) ?? /<h1[^>]*>([^<]*)</i.exec(text);
    return oneLine(title ? title[1] : text.replace(/<[^>]*>/g, ' '));
}
function oneLine(text, max = REASON_MAX) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}

;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/client/transport.ts





/** Error bodies are for people: a few KiB hold any reason worth showing. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** A file object is under 1 KiB and a page of 100 of them under 100 KiB: 1 MiB is ample. */
const MAX_BODY_BYTES = 1024 * 1024;
/** For a request whose caller gave no limit: none may run unbounded. */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** Longest silence on a connection before a request fails: undici's default, 5 minutes. */
const IDLE_TIMEOUT_MS = 300_000;
/**
 * Requests to the Mistral API over Node's own http(s): a client library (undici)
 * added ~50 ms to every step's start-up (docs/benchmarks.md). Shared by the API clients.
 */
class Transport {
    options;
    baseUrl;
    http;
    agent;
    constructor(options) {
        this.options = options;
        this.baseUrl = options.serverUrl.replace(/\/+$/, '');
        this.http = this.baseUrl.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
        // `proxyEnv` is Node 24.5's; older Nodes ignore it (src/proxy-env.ts warns of that).
        const agentOptions = { keepAlive: true, proxyEnv: process.env };
        this.agent = options.agent ?? new this.http.Agent(agentOptions);
    }
    /**
     * One request, bounded in time and in the size of the answer. Every answer has the key taken
     * out before anything reads it, so no part of it can be shown however the text is cut later.
     * A status of 300 or more becomes an APIError: a redirect is never followed.
     */
    async send(method, path, init = {}) {
        const timeoutMs = init.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        const signal = AbortSignal.timeout(timeoutMs);
        const request = this.http.request(`${this.baseUrl}${path}`, {
            method,
            agent: this.agent,
            signal,
            timeout: IDLE_TIMEOUT_MS,
            headers: {
                authorization: `Bearer ${this.options.apiKey}`,
                'user-agent': this.options.userAgent,
                accept: 'application/json',
                ...init.headers
            }
        });
        let silent = false;
        request.on('timeout', () => {
            silent = true;
            request.destroy(new Error('idle connection'));
        });
        let status;
        let headers;
        let text;
        try {
            const response = await exchange(request, init.body);
            status = response.statusCode ?? 0;
            headers = response.headers;
            const failed = status >= 300;
            if (!failed && init.saveTo !== undefined) {
                return { status, text: '', bytes: await saveBody(response, init.saveTo) };
            }
            const body = await readText(response, failed ? MAX_ERROR_BODY_BYTES : MAX_BODY_BYTES);
            text = this.redact(body.text);
            if (body.cut && !failed) {
                throw new errors_InvalidResponseError(`the API answered ${status} with a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB, where a file or a page of the file list is a few KiB`, status, text.slice(0, 200));
            }
        }
        catch (error) {
            if (error instanceof errors_InvalidResponseError)
                throw error;
            throw toConnectionError(error, { signal, timeoutMs, silent });
        }
        finally {
            // An answer that came before the whole body was sent (a proxy's 413) ends the exchange.
            if (!request.writableFinished)
                request.destroy();
        }
        if (status >= 300)
            throw errors_APIError.from(status, this.redactHeaders(headers), text);
        return { status, text };
    }
    redact(text) {
        const { apiKey } = this.options;
        return apiKey ? text.split(apiKey).join('***') : text;
    }
    /** The headers an error keeps (request id, Retry-After, Location) are the server's text too. */
    redactHeaders(headers) {
        const redact = (value) => this.redact(value);
        return Object.fromEntries(Object.entries(headers).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
        ]));
    }
}
/** A 2xx answer's JSON; a body that is not JSON is an InvalidResponseError quoting its start. */
function parseJson({ status, text }) {
    try {
        return JSON.parse(text);
    }
    catch {
        const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
        throw new errors_InvalidResponseError(`the API answered ${status} with a body that is not JSON: ${JSON.stringify(shown)}`, status, text);
    }
}
/** A POST or GET with a JSON body: the shape every endpoint but the upload takes. */
function jsonBody(value) {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    return {
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        body: [body]
    };
}
/** Streams a body into a file, replacing it; the byte count it wrote. */
async function saveBody(body, file) {
    let bytes = 0;
    body.on('data', (chunk) => (bytes += chunk.length));
    await (0,promises_namespaceObject.pipeline)(body, (0,external_node_fs_namespaceObject.createWriteStream)(file));
    return bytes;
}
/** Sends the body as the socket takes it and resolves with the response head, early or not. */
function exchange(request, body) {
    return new Promise((resolve, reject) => {
        request.on('error', reject); // kept: a later error must not go unhandled
        request.on('response', resolve);
        if (body === undefined)
            request.end();
        else
            void writeBody(request, body);
    });
}
/**
 * Writes each chunk and waits for the socket to drain before asking for the next, so the body
 * never holds more than one chunk in memory (the multipart body reuses its buffers).
 */
async function writeBody(request, body) {
    try {
        for await (const chunk of body) {
            if (request.destroyed)
                return;
            if (!request.write(chunk))
                await drainedOrClosed(request);
        }
        if (!request.destroyed)
            request.end();
    }
    catch (error) {
        request.destroy(error); // the exchange rejects with it
    }
}
function drainedOrClosed(request) {
    return new Promise(resolve => {
        const done = () => {
            request.off('drain', done);
            request.off('close', done);
            resolve();
        };
        request.on('drain', done);
        request.on('close', done);
    });
}
/**
 * The body as text, up to `maxBytes`. Past that the rest is not read: the response is destroyed,
 * since a body without end would otherwise be drained for as long as the server sends it.
 */
async function readText(body, maxBytes) {
    const chunks = [];
    let length = 0;
    for await (const chunk of body) {
        chunks.push(chunk);
        length += chunk.length;
        if (length > maxBytes) {
            body.destroy();
            return { text: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8'), cut: true };
        }
    }
    return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}
function toConnectionError(error, { signal, timeoutMs, silent }) {
    // The file's own failure, not the network's: the body stopped because of it.
    if (error instanceof LocalFileError)
        return error;
    const cause = error instanceof Error ? error : new Error(String(error));
    if (signal.aborted) {
        const seconds = (timeoutMs / 1000).toFixed(1);
        return new APITimeoutError(`no complete answer within ${seconds} s`, { cause });
    }
    if (silent) {
        return new APITimeoutError(`nothing came for ${IDLE_TIMEOUT_MS / 1000} s`, { cause });
    }
    const code = error.code;
    const message = `connection failed: ${code ? `${code} ` : ''}${cause.message}`;
    // OpenSSL's verification codes (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ...) and Node's
    // ERR_TLS_CERT_ALTNAME_INVALID all name the certificate.
    if (code?.includes('CERT'))
        return new errors_CertificateError(message, { cause });
    return new errors_APIConnectionError(message, { cause });
}

;// CONCATENATED MODULE: ./src/client/jobs-client.ts



// The batch and fine-tuning jobs endpoints. No @actions imports: usable from any Node program.
// Contract: ../shared/reference/mistral-openapi.yaml (batch) and the older spec with the
// fine-tuning routes, which the API now answers with 410 Gone.
/** BatchJobStatus; the four final ones end a wait. CANCELLATION_REQUESTED is not final. */
const BATCH_STATUSES = [
    'QUEUED',
    'RUNNING',
    'SUCCESS',
    'FAILED',
    'TIMEOUT_EXCEEDED',
    'CANCELLATION_REQUESTED',
    'CANCELLED'
];
const FINAL_BATCH_STATUSES = (/* unused pure expression or super */ null && ([
    'SUCCESS',
    'FAILED',
    'TIMEOUT_EXCEEDED',
    'CANCELLED'
]));
/** ApiEndpoint: what a batch job may call. */
const BATCH_ENDPOINTS = (/* unused pure expression or super */ null && ([
    '/v1/chat/completions',
    '/v1/embeddings',
    '/v1/fim/completions',
    '/v1/moderations',
    '/v1/chat/moderations',
    '/v1/ocr',
    '/v1/classifications',
    '/v1/chat/classifications',
    '/v1/conversations',
    '/v1/audio/transcriptions'
]));
class JobsClient {
    transport;
    constructor(options) {
        this.transport = new Transport(options);
    }
    /** POST /v1/batch/jobs. Not idempotent: see the batch step for how a retry avoids a second job. */
    async createBatchJob(request, timeoutMs) {
        const reply = await this.transport.send('POST', '/v1/batch/jobs', {
            ...jsonBody(request),
            timeoutMs
        });
        return toBatchJob(parseJson(reply), reply);
    }
    /** GET /v1/batch/jobs/{id}. */
    async getBatchJob(id, timeoutMs) {
        const reply = await this.transport.send('GET', `/v1/batch/jobs/${encodeURIComponent(id)}`, {
            timeoutMs
        });
        return toBatchJob(parseJson(reply), reply);
    }
    /** POST /v1/batch/jobs/{id}/cancel: the job moves to CANCELLATION_REQUESTED, then CANCELLED. */
    async cancelBatchJob(id, timeoutMs) {
        const path = `/v1/batch/jobs/${encodeURIComponent(id)}/cancel`;
        const reply = await this.transport.send('POST', path, { timeoutMs });
        return toBatchJob(parseJson(reply), reply);
    }
    /** GET /v1/batch/jobs, newest first: one page. */
    async listBatchJobs(query = {}, timeoutMs) {
        const params = new URLSearchParams({ page_size: String(query.pageSize ?? 100) });
        if (query.createdAfter)
            params.set('created_after', query.createdAfter.toISOString());
        const reply = await this.transport.send('GET', `/v1/batch/jobs?${params}`, { timeoutMs });
        const json = parseJson(reply);
        if (!isRecord(json) || !Array.isArray(json.data)) {
            throw new errors_InvalidResponseError('the job list has no `data` array', reply.status, reply.text);
        }
        return json.data.map(item => toBatchJob(item, reply));
    }
    /** POST /v1/fine_tuning/jobs: retired by Mistral, which answers 410 Gone. */
    async createFineTuningJob(request, timeoutMs) {
        const reply = await this.transport.send('POST', '/v1/fine_tuning/jobs', {
            ...jsonBody(request),
            timeoutMs
        });
        return toFineTuningJob(parseJson(reply), reply);
    }
    /** GET /v1/fine_tuning/jobs/{id}. */
    async getFineTuningJob(id, timeoutMs) {
        const path = `/v1/fine_tuning/jobs/${encodeURIComponent(id)}`;
        const reply = await this.transport.send('GET', path, { timeoutMs });
        return toFineTuningJob(parseJson(reply), reply);
    }
    /** POST /v1/fine_tuning/jobs/{id}/cancel: the job moves to CANCELLATION_REQUESTED, then CANCELLED. */
    async cancelFineTuningJob(id, timeoutMs) {
        const path = `/v1/fine_tuning/jobs/${encodeURIComponent(id)}/cancel`;
        const reply = await this.transport.send('POST', path, { timeoutMs });
        return toFineTuningJob(parseJson(reply), reply);
    }
}
const COUNTS = ['total_requests', 'completed_requests', 'succeeded_requests', 'failed_requests'];
/** Trust what the spec requires: an id, a known status, the counts and a created_at. */
function toBatchJob(json, { status, text }) {
    const invalid = (what) => new errors_InvalidResponseError(`the batch job ${what}`, status, text);
    if (!isRecord(json))
        throw invalid('is not a JSON object');
    if (typeof json.id !== 'string' || json.id === '')
        throw invalid('has no `id`');
    if (!BATCH_STATUSES.includes(json.status)) {
        throw invalid(`${json.id} has an unknown \`status\``);
    }
    for (const count of COUNTS) {
        if (typeof json[count] !== 'number')
            throw invalid(`${json.id} has no numeric \`${count}\``);
    }
    const errors = Array.isArray(json.errors)
        ? json.errors.flatMap(error => isRecord(error) && typeof error.message === 'string'
            ? [{ message: error.message, count: typeof error.count === 'number' ? error.count : 1 }]
            : [])
        : [];
    const stringOrNull = (value) => (isString(value) ? value : null);
    return {
        ...json,
        errors,
        input_files: Array.isArray(json.input_files) ? json.input_files.filter(isString) : [],
        endpoint: stringOrNull(json.endpoint) ?? '',
        model: stringOrNull(json.model),
        output_file: stringOrNull(json.output_file),
        error_file: stringOrNull(json.error_file),
        created_at: typeof json.created_at === 'number' ? json.created_at : 0
    };
}
function toFineTuningJob(json, { status, text }) {
    if (!isRecord(json) || typeof json.id !== 'string' || typeof json.status !== 'string') {
        throw new errors_InvalidResponseError('the fine-tuning job has no `id` or `status`', status, text);
    }
    return {
        id: json.id,
        status: json.status,
        model: isString(json.model) ? json.model : undefined,
        fine_tuned_model: isString(json.fine_tuned_model) ? json.fine_tuned_model : null,
        created_at: typeof json.created_at === 'number' ? json.created_at : undefined
    };
}
function isString(value) {
    return typeof value === 'string';
}

;// CONCATENATED MODULE: ./src/constants.ts
/** Input names, exactly as in action.yml. */
var Inputs;
(function (Inputs) {
    Inputs["Path"] = "path";
    Inputs["Purpose"] = "purpose";
    Inputs["ApiKey"] = "api-key";
    Inputs["ServerUrl"] = "server-url";
    Inputs["Visibility"] = "visibility";
    Inputs["Expiry"] = "expiry";
    Inputs["MaxAttempts"] = "max-attempts";
    Inputs["TimeoutMinutes"] = "timeout-minutes";
    Inputs["AttemptTimeoutSeconds"] = "attempt-timeout-seconds";
    Inputs["Validate"] = "validate";
    Inputs["DryRun"] = "dry-run";
    Inputs["IfNoFilesFound"] = "if-no-files-found";
    Inputs["RemoteName"] = "remote-name";
    Inputs["ReuseExisting"] = "reuse-existing";
    Inputs["AllowOutsideWorkspace"] = "allow-outside-workspace";
})(Inputs || (Inputs = {}));
/** Output names, exactly as in action.yml. */
var Outputs;
(function (Outputs) {
    Outputs["FileId"] = "file-id";
    Outputs["Bytes"] = "bytes";
    Outputs["CreatedAt"] = "created-at";
    Outputs["Filename"] = "filename";
    Outputs["Purpose"] = "purpose";
    Outputs["SampleType"] = "sample-type";
    Outputs["Sha256"] = "sha256";
    Outputs["Valid"] = "valid";
    Outputs["NumSamples"] = "num-samples";
    Outputs["NumErrors"] = "num-errors";
    Outputs["Files"] = "files";
    Outputs["FileIds"] = "file-ids";
})(Outputs || (Outputs = {}));
const ACTION_NAME = 'mistral-upload-action';
/** Kept equal to package.json's version by a test; sent in the User-Agent. */
const ACTION_VERSION = '1.0.0';
const DEFAULT_SERVER_URL = 'https://api.mistral.ai';

const VISIBILITIES = (/* unused pure expression or super */ null && (['workspace', 'user']));
const IF_NO_FILES_FOUND = (/* unused pure expression or super */ null && (['error', 'warn', 'ignore']));
/** Uploads at once: enough to overlap round trips, few enough to stay kind to the API. */
const UPLOAD_CONCURRENCY = 3;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_TIMEOUT_MINUTES = 30;
/** The API's documented limit ("maximum of 512 MB"); larger files get 413, so fail before sending. */


;// CONCATENATED MODULE: ./src/fine-tune/constants.ts
/** Input names of the fine-tune step, exactly as in fine-tune/action.yml. */
var constants_Inputs;
(function (Inputs) {
    Inputs["ApiKey"] = "api-key";
    Inputs["ServerUrl"] = "server-url";
    Inputs["TrainingFiles"] = "training-files";
    Inputs["ValidationFiles"] = "validation-files";
    Inputs["Model"] = "model";
    Inputs["Hyperparameters"] = "hyperparameters";
    Inputs["Suffix"] = "suffix";
    Inputs["Wait"] = "wait";
})(constants_Inputs || (constants_Inputs = {}));
/** Output names of the fine-tune step, exactly as in fine-tune/action.yml. */
var constants_Outputs;
(function (Outputs) {
    Outputs["JobId"] = "job-id";
    Outputs["Status"] = "status";
    Outputs["FineTunedModel"] = "fine-tuned-model";
})(constants_Outputs || (constants_Outputs = {}));
// The contract is the last spec that had the routes: mistral-openapi @ a526d08, `JobOut` and
// `CreateFineTuningJobRequest`. The live API answers 410 Gone under /v1/fine_tuning/jobs.
/** Every status a fine-tuning job may have in that spec. */
const FINE_TUNING_STATUSES = [
    'QUEUED',
    'STARTED',
    'VALIDATING',
    'VALIDATED',
    'RUNNING',
    'FAILED_VALIDATION',
    'FAILED',
    'SUCCESS',
    'CANCELLED',
    'CANCELLATION_REQUESTED'
];
/**
 * The statuses a job never leaves: they end the wait. FAILED_VALIDATION is one (a job whose
 * files do not validate never runs); CANCELLATION_REQUESTED is not (CANCELLED follows).
 */
const FINAL_STATUSES = [
    'SUCCESS',
    'FAILED',
    'FAILED_VALIDATION',
    'CANCELLED'
];
/** `suffix`: 1 to 18 characters of `[a-zA-Z0-9_-]`. */
const SUFFIX_MAX_LENGTH = 18;
const SUFFIX_PATTERN = /^[a-zA-Z0-9_-]+$/;
/** The weight of a training file given without one (the spec's default). */
const DEFAULT_WEIGHT = 1;
/** How the wait polls: a growing interval from the first to the longest, and progress lines. */
const POLL = {
    firstIntervalMs: 5000,
    maxIntervalMs: 30_000,
    growth: 1.5,
    /** Least time between two progress lines. */
    progressEveryMs: 30_000,
    /** Polls in a row that may fail transiently (429, 5xx, reset) before the wait gives up. */
    maxFailures: 5
};
/**
 * Cancelling the job when the workflow is cancelled: the runner sends SIGTERM 7.5 s after SIGINT,
 * so every attempt ends within CANCEL_TIMEOUT_MS of the signal.
 */
const CANCEL = { timeoutMs: 5000, maxAttempts: 3 };

;// CONCATENATED MODULE: ./src/step-error.ts
/** A failure the step explains in full: its message says what is wrong and how to fix it. */
class StepError extends Error {
    name = 'StepError';
}
/** Bad input: the message names the input and says how to fix it. Thrown before any request. */
class step_error_InputError extends StepError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}
/** The data broke the dataset rules: the problems are already reported; nothing was uploaded. */
class InvalidDatasetError extends (/* unused pure expression or super */ null && (StepError)) {
    name = 'InvalidDatasetError';
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/validate/threads.ts
// Worker threads of the validator: where the bundled worker script is, and a worker's failure
// as an Error that names the file.



// From dist/index.js the worker is dist/validate-worker/index.js; from a step's bundle in
// dist/<step>/ it is one folder up. Not literals in `new URL(…, import.meta.url)`: ncc (webpack)
// would take those for assets to bundle, and emit an empty one.
const SCRIPTS = (/* unused pure expression or super */ null && (['./validate-worker/index.js', '../validate-worker/index.js']));
/** The bundled worker (dist/validate-worker/index.js) beside the running bundle. */
function defaultWorkerScript() {
    const urls = SCRIPTS.map(script => new URL(script, import.meta.url));
    const found = urls.find(url => existsSync(url));
    if (found === undefined) {
        throw new Error(`The validator's worker script ${fileURLToPath(urls[0])} is missing; build it with npm run build`);
    }
    return found;
}
/** A check's worker thread failed: threw, sent what could not be read, or exited early. */
class CheckThreadError extends Error {
    name = 'CheckThreadError';
}
/**
 * Start a worker on `job`. `fail` is called (at most once) with an Error naming the file when the
 * worker throws, a message cannot be read, or the worker exits while `done()` is still false.
 */
function startWorker(script, job, done, fail) {
    const worker = new Worker(script, { workerData: job });
    let failed = false;
    const once = (message, cause) => {
        if (failed)
            return;
        failed = true;
        fail(new CheckThreadError(`Validating ${job.path} failed: ${message}`, { cause }));
    };
    worker.on('error', error => once(`the worker thread threw: ${error.message}`, error));
    worker.on('messageerror', error => once(`a worker message could not be read`, error));
    worker.on('exit', code => {
        if (!done())
            once(`the worker thread exited (code ${code}) before it was done`);
    });
    return worker;
}

;// CONCATENATED MODULE: ./src/report/units.ts
// How numbers read in the log and the summary.
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
/** Binary units, one decimal: 1.5 KiB, 400.0 MiB. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** Unix seconds as `2026-12-02 04:20:11 UTC`; anything else as it came. */
function formatUnixTime(seconds) {
    const date = new Date(seconds * 1000);
    if (!Number.isFinite(seconds) || Number.isNaN(date.getTime()))
        return String(seconds);
    return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/** The first 12 hex digits of a hash, enough to tell files apart at a glance. */
function shortHash(sha256) {
    return sha256.length > 12 ? `${sha256.slice(0, 12)}…` : sha256;
}

;// CONCATENATED MODULE: ./src/report/failure-text.ts





/** What to do about each kind of failure. The first entry the error is an instance of wins. */
const HINTS = [
    hint(RedirectError, error => error.location
        ? `The server redirects to ${error.location}; redirects are not followed, since the key would go along. If you trust that address, set '${Inputs.ServerUrl}' to it.`
        : `The server answered with a redirect; check '${Inputs.ServerUrl}'.`),
    hint(AuthenticationError, () => `Check the secret passed as '${Inputs.ApiKey}': it must be set for this repository and be an active Mistral API key.`),
    hint(PermissionDeniedError, () => 'The key may not do this in its workspace; check its permissions.'),
    hint(NotFoundError, () => `Check '${Inputs.ServerUrl}': it is the API's base URL, without /v1.`),
    hint(GoneError, () => 'Mistral has retired this API route; nothing replaces it.'),
    hint(PayloadTooLargeError, () => 'The file is over the size the server accepts; split it into smaller files.'),
    hint(UnprocessableEntityError, error => error.lineErrors.length
        ? `The server rejected ${count(error.lineErrors.length, 'line')}; see the annotations on the file.`
        : 'The server rejected the request; fix what it names and run again.'),
    hint(RateLimitError, () => 'Rate limited: wait, or lower how often this runs.'),
    hint(InternalServerError, () => "Mistral's API had a problem; re-run the job."),
    hint(APITimeoutError, () => `The network or the server is slow; re-run the job, or raise '${Inputs.AttemptTimeoutSeconds}'.`),
    hint(errors_CertificateError, () => "The server's certificate did not verify; behind a proxy that inspects TLS, give Node its CA with NODE_EXTRA_CA_CERTS."),
    hint(errors_APIConnectionError, () => `Check '${Inputs.ServerUrl}', the network, and HTTPS_PROXY/NO_PROXY.`),
    hint(errors_InvalidResponseError, () => 'The answer does not follow the Mistral API; check any proxy or gateway in between.'),
    hint(CheckThreadError, () => `The dataset check stopped before the end of the file, and nothing was stored. Make sure no other step writes the file while it is read, then run again; '${Inputs.Validate}: false' skips the check.`),
    hint(LocalFileError, () => 'Make sure no other step writes the file while it is uploaded, then run again.')
];
function hint(kind, text) {
    return { applies: error => error instanceof kind, text };
}
/** The hint for an error, or '' when there is nothing to add. */
function hintFor(error) {
    const found = HINTS.find(entry => entry.applies(error));
    return found ? found.text(error) : '';
}
/**
 * A failure as one message: what failed, after how many attempts, the cause (with the API's
 * status, reason and request id) and what to do (`advice`, by default the table's hint; a step
 * whose inputs differ from the upload's passes its own). A StepError already says it all.
 */
function describeFailure(error, what, attempts = 1, advice = hintFor(error)) {
    if (error instanceof StepError)
        return error.message;
    const prefix = `${what} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}`;
    const cause = error instanceof errors_APIError
        ? `the Mistral API answered ${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}`
        : errorText(error);
    const end = cause.endsWith('.') ? '' : '.';
    return `${prefix}: ${cause}${end}${advice ? ` ${advice}` : ''}`;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
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
var node_modules_tunnel = __nccwpck_require__(770);
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
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
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
class lib_HttpClient {
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
        const proxyUrl = pm.getProxyUrl(parsedUrl);
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
        info.httpModule = usingSsl ? https : http;
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
        const proxyUrl = pm.getProxyUrl(parsedUrl);
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
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
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
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
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
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
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
        return auth_awaiter(this, void 0, void 0, function* () {
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
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
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
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
    return io_util_awaiter(this, void 0, void 0, function* () {
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
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
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
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
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
    return io_util_awaiter(this, void 0, void 0, function* () {
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
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
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
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
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
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
            yield io_copyFile(source, newDest, force);
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
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
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
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
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
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
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
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
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
    return io_awaiter(this, void 0, void 0, function* () {
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
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
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
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
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
        if (toolrunner_IS_WINDOWS) {
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
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
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
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
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
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
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
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
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
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
;// CONCATENATED MODULE: ./src/report/safe-text.ts
// The one place that makes text safe to show: secrets redacted, then escaped for where it goes.
// Every line the writer prints and every cell of the summary passes through here.
/** A real key is 32 characters; replacing a one- or two-letter test key would garble every word. */
const MIN_REDACTED_LENGTH = 6;
const secrets = [];
/** Remembers a secret so that nothing written afterwards can show it. */
function addSecret(secret) {
    if (secret.length >= MIN_REDACTED_LENGTH && !secrets.includes(secret))
        secrets.push(secret);
}
/** Replaces every known secret with `***`, as the runner does in the log. */
function redact(text) {
    return secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}
/**
 * Text for a log line: redacted, and no line of it a workflow command. The runner reads `::name`
 * at the start of a line once leading spaces are trimmed, and the older `##[name]` anywhere in it
 * (actions/runner ActionCommand.cs), on each line as a stream reader splits them: CR, LF or CRLF.
 */
function logText(text) {
    return redact(text)
        .split(/(\r\n|\r|\n)/)
        .map(line => line.replace(/^(\s*):(?=:)/, '$1: ').replaceAll('##[', '## ['))
        .join('');
}
/** Text for a Markdown table cell or paragraph: redacted, on one line, with no markup left. */
function markdownText(text) {
    // Numeric references are literal text to a Markdown parser: no emphasis, link, math, pipe or
    // tag can come out of them.
    return redact(text)
        .replace(/\s+/g, ' ')
        .replace(/[&<>|\\`*_[\]~$]/g, char => `&#${char.charCodeAt(0)};`);
}
/** A code span for a Markdown cell, escaped as markdownText. */
function markdownCode(text) {
    return text === '' ? '' : `<code>${markdownText(text)}</code>`;
}

;// CONCATENATED MODULE: ./src/report/writer.ts


const ANNOTATE = { error: error, warning: warning, notice: notice };
/** Masks a secret in the runner's log and keeps it out of everything written here. */
function maskSecret(secret) {
    core_setSecret(secret);
    addSecret(secret);
}
function writer_info(text) {
    info(logText(text));
}
function writer_debug(text) {
    core_debug(redact(text)); // core escapes its line breaks
}
/** An annotation (shown on the run and, with a file, on that file's line). */
function annotation(severity, message, properties = {}) {
    const safe = { ...properties };
    if (safe.title !== undefined)
        safe.title = redact(safe.title);
    if (safe.file !== undefined)
        safe.file = redact(safe.file);
    ANNOTATE[severity](redact(message), safe);
}
function writer_setOutput(name, value) {
    setOutput(name, redact(value));
}
/** Fails the step with a message (an error annotation without a file). */
function fail(message) {
    setFailed(redact(message));
}
/**
 * Appends Markdown to the job summary. It exists only on a runner, and a summary that cannot be
 * written must not fail a step that worked: the log already says it all.
 */
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await summary.addRaw(redact(markdown), true).write();
    }
    catch (error) {
        warning(redact(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`));
    }
    finally {
        summary.emptyBuffer();
    }
}

;// CONCATENATED MODULE: ./src/report/fine-tune-log.ts





// Log lines of the fine-tune step as it happens: the create, the wait's progress, its end.
function logCreating(settings) {
    const validation = settings.validationFiles.length;
    const files = `${count(settings.trainingFiles.length, 'training file')}${validation ? ` and ${count(validation, 'validation file')}` : ''}`;
    writer_info(`Creating a fine-tuning job on ${settings.model} from ${files} at ${settings.serverUrl}`);
}
function logCreated(job, wait) {
    writer_info(`Created fine-tuning job ${job.id}: ${job.status}`);
    if (wait) {
        writer_info(`Waiting for it to end (${FINAL_STATUSES.join(', ')}): polls every ${POLL.firstIntervalMs / 1000} s, growing to ${POLL.maxIntervalMs / 1000} s; progress at most every ${POLL.progressEveryMs / 1000} s.`);
    }
    else {
        writer_info('Not waiting (wait: false): the job goes on at Mistral; its id is in the job-id output.');
    }
}
/** What the wait tells the log. */
function waitLog() {
    return {
        onProgress: (job, elapsedMs) => writer_info(`  Fine-tuning job ${job.id}: ${job.status}, ${formatDuration(elapsedMs)} so far`),
        onPollFailure: ({ error, failures, maxFailures, delayMs }) => {
            const reason = error instanceof errors_APIError ? `the API answered ${error.message}` : errorText(error);
            annotation('warning', `Reading the job failed (${failures} of ${maxFailures} in a row): ${reason}. Trying again in ${formatDuration(delayMs)}; the wait goes on.`);
        },
        onUnknownStatus: job => annotation('warning', `Fine-tuning job ${job.id} has the status ${job.status}, which the fine-tuning spec does not list; waiting on until it is one of ${FINAL_STATUSES.join(', ')}.`)
    };
}
function logEnded(job, waitedMs) {
    const model = job.fine_tuned_model ? `: fine-tuned model ${job.fine_tuned_model}` : '';
    writer_info(`Fine-tuning job ${job.id} ended ${job.status} after ${formatDuration(waitedMs)}${model}`);
}
/** `45 s`, `12 min 5 s`, `2 h 3 min`. */
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${seconds % 60} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function logCancelling(signal, jobId) {
    writer_info(`The workflow was cancelled (${signal}): cancelling fine-tuning job ${jobId}.`);
}

;// CONCATENATED MODULE: ./src/report/fine-tune-failure.ts




// What failed in the fine-tune step, as one message for the error annotation and the summary.
const MISTRAL_FINETUNE = 'https://github.com/mistralai/mistral-finetune';
/** File ids named in the 410 message; the rest are counted. */
const MAX_IDS_SHOWN = 5;
/** Why the step fails, or undefined when it succeeds. */
function fineTuneFailure(step) {
    const { failure, job } = step;
    if (failure instanceof GoneError)
        return retiredMessage(failure, step);
    if (failure instanceof StepError)
        return failure.message;
    if (step.cancelled && job)
        return cancelledText(job.id, job.status, step.cancelled);
    if (failure !== undefined && job) {
        return `${describeFailure(failure, `Waiting for fine-tuning job ${job.id}`)} It was ${job.status} when last read and may still be running at Mistral.`;
    }
    if (failure !== undefined) {
        const message = describeFailure(failure, 'Creating the fine-tuning job');
        return failure instanceof NotFoundError
            ? `${message} If it is, check the ids in '${constants_Inputs.TrainingFiles}' and '${constants_Inputs.ValidationFiles}': each must be a file uploaded with this key's workspace.`
            : message;
    }
    if (job && step.waitedMs !== undefined && job.status !== 'SUCCESS') {
        return `Fine-tuning job ${job.id} ended ${job.status}: ${ENDINGS[job.status] ?? 'it did not succeed.'}`;
    }
    return undefined;
}
function cancelledText(id, status, { signal, error }) {
    const head = `The workflow was cancelled (${signal}) while the step waited for fine-tuning job ${id}`;
    if (error !== undefined) {
        return `${head}. ${describeFailure(error, 'Cancelling it')} It was ${status} when last read and may still be running at Mistral: cancel it there by its id.`;
    }
    return `${head}: the job was cancelled too (its status is now ${status}).`;
}
const ENDINGS = {
    FAILED: `the training failed; the job's events (GET /v1/fine_tuning/jobs/{id}) say why.`,
    FAILED_VALIDATION: 'the API rejected its files; check that they were uploaded with purpose fine-tune and pass the dataset check.',
    CANCELLED: 'it was cancelled before it finished.'
};
/**
 * The 410 Gone answer: Mistral retired the fine-tuning jobs API and nothing replaces it. Says
 * what that means for the files and what is left to do with them.
 */
function retiredMessage(error, step) {
    const said = [
        error.reason ? `"${error.reason}"` : '',
        error.requestId ? `request id ${error.requestId}` : ''
    ].filter(Boolean);
    const detail = said.length ? ` (${said.join(', ')})` : '';
    const what = step.job
        ? `GET /v1/fine_tuning/jobs/${step.job.id} answered 410 Gone${detail} while the step waited for the job, and nothing replaces it: the job can no longer be read.`
        : `POST /v1/fine_tuning/jobs answered 410 Gone${detail}, and nothing replaces it: no job was created, and the request was not retried.`;
    const { trainingFiles = [], validationFiles = [] } = step.settings ?? {};
    const ids = [...trainingFiles.map(file => file.file_id), ...validationFiles];
    const shown = ids.slice(0, MAX_IDS_SHOWN).join(', ');
    const more = ids.length > MAX_IDS_SHOWN ? ` and ${ids.length - MAX_IDS_SHOWN} more` : '';
    return [
        `Mistral has retired its fine-tuning jobs API: ${what}`,
        `The uploaded file ids stay valid${ids.length ? ` (${shown}${more})` : ''}: the files remain on Mistral, unchanged.`,
        `What remains: batch jobs (the batch step, on files uploaded with purpose batch), or self-hosted training with mistral-finetune (${MISTRAL_FINETUNE}) on the same JSONL files.`
    ].join(' ');
}

;// CONCATENATED MODULE: ./src/report/fine-tune-outputs.ts


/**
 * The fine-tune step's outputs, set once at the end, when a job was created: its id, its status
 * as last read, and the fine-tuned model's name (empty until the job has succeeded).
 */
function setFineTuneOutputs(job) {
    if (!job)
        return;
    const outputs = {
        [constants_Outputs.JobId]: job.id,
        [constants_Outputs.Status]: job.status,
        [constants_Outputs.FineTunedModel]: job.fine_tuned_model ?? ''
    };
    for (const [name, value] of Object.entries(outputs))
        writer_setOutput(name, value);
}

;// CONCATENATED MODULE: ./src/report/fine-tune-summary.ts



// The job summary of the fine-tune step, in Markdown: the job, and what stopped the run. Every
// piece of text from outside (ids, names, the server's answers) is escaped by safe-text.
const ICONS = {
    SUCCESS: '✅',
    FAILED: '❌',
    FAILED_VALIDATION: '❌',
    CANCELLED: '⛔',
    CANCELLATION_REQUESTED: '🛑'
};
function fineTuneSummary(step, failure) {
    const sections = [];
    const { job, settings } = step;
    if (job && settings)
        sections.push(jobSection(job, settings, step.waitedMs));
    if (failure !== undefined) {
        const title = step.failure instanceof GoneError
            ? 'Mistral fine-tuning: the jobs API is retired (410 Gone)'
            : step.cancelled && step.failure === undefined
                ? 'Mistral fine-tuning job cancelled with the workflow'
                : 'Mistral fine-tuning job failed';
        sections.push(`### ${title}\n\n${markdownText(failure)}\n`);
    }
    return sections.join('\n');
}
function jobSection(job, settings, waitedMs) {
    const icon = ICONS[job.status] ?? '⏳';
    const waited = waitedMs === undefined ? 'not waited' : formatDuration(waitedMs);
    const training = settings.trainingFiles.map(file => `${markdownCode(file.file_id)}${file.weight === 1 ? '' : ` ×${file.weight}`}`);
    const cells = [
        markdownCode(job.id),
        markdownText(job.model ?? settings.model),
        `${icon} ${markdownText(job.status)}`,
        markdownCode(job.fine_tuned_model ?? ''),
        training.join('<br>'),
        settings.validationFiles.map(markdownCode).join('<br>'),
        markdownCode(settings.suffix ?? ''),
        waited
    ];
    const header = [
        'job',
        'model',
        'status',
        'fine-tuned model',
        'training files',
        'validation files',
        'suffix',
        'waited'
    ];
    const lines = [
        `### Mistral fine-tuning job: ${icon} ${markdownText(job.status)}\n`,
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        `| ${cells.join(' | ')} |`,
        ''
    ];
    if (Object.keys(settings.hyperparameters).length > 0) {
        lines.push(`Hyperparameters: ${markdownCode(JSON.stringify(settings.hyperparameters))}\n`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/fine-tune-report.ts






/** The end of the fine-tune step: its outputs, its summary and its result, each written once. */
async function reportFineTuneStep(step) {
    const { job, failure } = step;
    if (job && step.waitedMs !== undefined && !step.cancelled)
        logEnded(job, step.waitedMs);
    setFineTuneOutputs(job);
    const message = fineTuneFailure(step);
    await appendSummary(fineTuneSummary(step, message));
    // A stack helps only for the unexpected; input errors and API answers say all there is.
    if (!(failure instanceof StepError) && failure instanceof Error && failure.stack) {
        writer_debug(failure.stack);
    }
    if (message !== undefined)
        fail(message);
}

;// CONCATENATED MODULE: ./src/proxy-env.ts


const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * Registers every credential a proxy variable carries with the masker: the password and the whole
 * `user:password`, as written and decoded, and the Basic token Node builds from them (which
 * NODE_DEBUG=http prints). Called before anything is logged.
 */
function maskProxyCredentials(env) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name];
        for (const secret of value ? credentials(value) : [])
            maskSecret(secret);
    }
}
/**
 * Fails on a proxy variable that is not a URL, never showing its credentials; warns when the one
 * Node would use for `serverUrl` is not used after all, so requests go direct.
 */
function checkProxyEnv(env, serverUrl, nodeVersion) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name];
        if (value && parse(value) === undefined) {
            const shown = hideCredentials(value);
            throw new StepError(`Environment variable ${name} is not a valid URL (${JSON.stringify(shown)}${shown === value ? '' : ', credentials hidden'}), so no request can go through it. Write it as http://host:port, with any user and password percent-encoded (a / in the password is %2F), or unset it.`);
        }
    }
    const names = serverUrl.startsWith('https:')
        ? ['https_proxy', 'HTTPS_PROXY']
        : ['http_proxy', 'HTTP_PROXY'];
    const name = names.find(candidate => env[candidate]);
    if (name === undefined)
        return;
    const url = parse(env[name] ?? '');
    const title = 'Proxy not used';
    if (!honoursProxyEnv(nodeVersion)) {
        annotation('warning', `${name} is set, but Node ${nodeVersion}, which runs this step, has no built-in proxy support (it came in Node 24.5): requests to ${serverUrl} go direct, not through the proxy.`, { title });
    }
    else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        url.username = '';
        url.password = '';
        annotation('warning', `${name} is "${url.href}", but Node takes only an http:// or https:// proxy: requests to ${serverUrl} go direct, not through it. Write it as http://host:port.`, { title });
    }
}
/** Whether this Node reads `proxyEnv`: from 24.5, and in 22 from 22.21. */
function honoursProxyEnv(nodeVersion) {
    const [major, minor] = nodeVersion.replace(/^v/, '').split('.').map(Number);
    return major > 24 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}
/** As Node parses it: a line break makes it invalid even where the URL parser would drop it. */
function parse(value) {
    if (/[\r\n]/.test(value))
        return undefined;
    try {
        return new URL(value);
    }
    catch {
        return undefined;
    }
}
/** Everything up to the last @ hidden: where an invalid URL's credentials end is anyone's guess. */
function hideCredentials(value) {
    const at = value.lastIndexOf('@');
    if (at === -1)
        return value;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    return `${scheme}***${value.slice(at)}`;
}
function credentials(value) {
    const found = new Set();
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const url = parse(value);
    if (url === undefined) {
        // Not a URL: the step fails on it; hide all that may be credentials.
        const at = value.lastIndexOf('@');
        if (at > scheme.length)
            found.add(value.slice(scheme.length, at));
        return [...found];
    }
    if (!url.username && !url.password)
        return [];
    // As written: the authority ends at the first / ? # or \, its userinfo at the last @ in it.
    const authority = value.slice(scheme.length).split(/[/?#\\]/)[0];
    const userinfo = authority.slice(0, Math.max(authority.lastIndexOf('@'), 0));
    const written = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : '';
    const user = decode(url.username);
    const password = decode(url.password);
    const secrets = [
        userinfo,
        `${url.username}:${url.password}`,
        `${user}:${password}`,
        Buffer.from(`${user}:${password}`).toString('base64'),
        // A user without a password is the credential itself (a token); beside one it is a name.
        ...(url.password ? [written, url.password, password] : [url.username, user])
    ];
    for (const secret of secrets)
        if (secret && secret !== ':')
            found.add(secret);
    return [...found];
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/input-readers.ts





// Readers of the inputs every step shares, each throwing an InputError that names the input.
/** A file id as the Files API gives it: a UUID. */
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Shorter keys cannot be redacted without garbling the log (report/safe-text.ts). */
const MIN_KEY_LENGTH = 6;
/**
 * `api-key`, masked before anything else is read or logged, with the credentials of any proxy
 * variable. `required` false lets it be empty (a dry run); `missing` says how to pass it.
 */
function readApiKey(required, missing) {
    const apiKey = getInput('api-key');
    if (apiKey)
        maskSecret(apiKey);
    maskProxyCredentials(process.env);
    if (apiKey && apiKey.length < MIN_KEY_LENGTH) {
        throw new step_error_InputError('api-key', `is ${apiKey.length} characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'.`);
    }
    if (!apiKey && required)
        throw new step_error_InputError('api-key', missing);
    return apiKey;
}
/** `server-url`: https:// anywhere, http:// on this machine only; /v1 taken off with a notice. */
function readServerUrl() {
    return serverUrl(getInput('server-url') || DEFAULT_SERVER_URL);
}
function oneOf(input, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(input, `"${value}" is not valid. Use one of: ${allowed.join(', ')}.`);
}
/** true or false in any case, as YAML writes them; empty takes the default. */
function flag(input, fallback) {
    const value = getInput(input);
    if (value === '')
        return fallback;
    if (/^true$/i.test(value))
        return true;
    if (/^false$/i.test(value))
        return false;
    throw new step_error_InputError(input, `"${value}" must be true or false.`);
}
/** An input that may be left out: undefined when empty, else parsed. */
function optional(input, parse) {
    const value = getInput(input);
    return value === '' ? undefined : parse(value);
}
function serverUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new step_error_InputError('server-url', `"${value}" is not a URL. Use e.g. ${DEFAULT_SERVER_URL} (the default).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new step_error_InputError('server-url', `"${value}" must start with https:// or http://.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new step_error_InputError('server-url', `"${url.origin}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new step_error_InputError('server-url', `"${url.origin}${url.pathname}" must not carry a query, fragment or credentials.`);
    }
    const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    // Every route the action calls starts with /v1: a base that ends in it would ask for /v1/v1/…
    if (!base.endsWith('/v1'))
        return base;
    const fixed = base.slice(0, -'/v1'.length);
    annotation('notice', `'${'server-url'}' is the API's base URL, without /v1: using ${fixed} instead of ${base}.`, { title: `Input '${'server-url'}'` });
    return fixed;
}
/** The URL parser has already written 127.1 or 0x7f.0.0.1 as 127.0.0.1, and IPv6 in brackets. */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
function wholeNumber(input, value, min, max) {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > (max ?? Number.MAX_SAFE_INTEGER)) {
        const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
        throw new InputError(input, `"${value}" must be a whole number ${range}.`);
    }
    return number;
}
/** A number of seconds or minutes: decimals allowed, so 0.5 is half a minute. */
function positive(input, value) {
    const number = Number(value);
    if (!/^\d*\.?\d+$/.test(value) || !(number > 0)) {
        throw new InputError(input, `"${value}" must be a number greater than 0, such as 10 or 0.5.`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/fine-tune/inputs.ts





// Reads and checks every input of the fine-tune step before any request; each bad input is an
// InputError that names it and says how to fix it.
const LIST_FORMS = "a JSON array of file ids (the upload step's file-ids output as it is) or one id per line";
function getFineTuneSettings() {
    const apiKey = readApiKey(true, 'is required to create a fine-tuning job. Pass it from a secret: `api-key: ${{ secrets.MISTRAL_API_KEY }}`.');
    const serverUrl = readServerUrl();
    const trainingFiles = optional(constants_Inputs.TrainingFiles, readTrainingFiles);
    if (!trainingFiles) {
        throw new step_error_InputError(constants_Inputs.TrainingFiles, `is required: the ids of the uploaded training files, as ${LIST_FORMS}; a line may end in :weight (default ${DEFAULT_WEIGHT}).`);
    }
    const validationFiles = optional(constants_Inputs.ValidationFiles, readValidationFiles) ?? [];
    for (const id of validationFiles) {
        if (trainingFiles.some(file => file.file_id === id)) {
            throw new step_error_InputError(constants_Inputs.ValidationFiles, `${id} is also in '${constants_Inputs.TrainingFiles}'. Validation data must not be trained on: give each file in one of the two.`);
        }
    }
    const model = optional(constants_Inputs.Model, readModel);
    if (!model) {
        throw new step_error_InputError(constants_Inputs.Model, 'is required: the model to fine-tune, for example open-mistral-7b.');
    }
    const settings = {
        apiKey,
        serverUrl,
        trainingFiles,
        validationFiles,
        model,
        hyperparameters: optional(constants_Inputs.Hyperparameters, readHyperparameters) ?? {},
        suffix: optional(constants_Inputs.Suffix, readSuffix),
        wait: flag(constants_Inputs.Wait, true)
    };
    checkProxyEnv(process.env, serverUrl, process.versions.node);
    return settings;
}
/** `id` or `id:weight` per line, or a JSON array of ids or of `{file_id, weight}`. */
function readTrainingFiles(value) {
    const input = constants_Inputs.TrainingFiles;
    const files = idEntries(input, value).map(({ entry, where }) => {
        if (typeof entry === 'string') {
            const [id, weight, extra] = entry.split(':').map(part => part.trim());
            if (extra !== undefined)
                throw badId(input, entry, where);
            return { file_id: fileId(input, id, where), weight: readWeight(input, weight, entry) };
        }
        if (isRecord(entry) && typeof entry.file_id === 'string') {
            const weight = entry.weight ?? DEFAULT_WEIGHT;
            if (typeof weight !== 'number' || !(weight > 0)) {
                throw new step_error_InputError(input, `${where}: weight must be a number greater than 0, such as 1 or 0.5.`);
            }
            return { file_id: fileId(input, entry.file_id, where), weight };
        }
        throw new step_error_InputError(input, `${where} must be a file id or {"file_id": "…", "weight": 1}.`);
    });
    assertUnique(input, files.map(file => file.file_id));
    return files;
}
/** One id per line, or a JSON array of ids; no weights. */
function readValidationFiles(value) {
    const input = constants_Inputs.ValidationFiles;
    const ids = idEntries(input, value).map(({ entry, where }) => {
        if (typeof entry !== 'string')
            throw new step_error_InputError(input, `${where} must be a file id.`);
        if (entry.includes(':')) {
            throw new step_error_InputError(input, `"${entry}": validation files take no weight; give the id alone.`);
        }
        return fileId(input, entry, where);
    });
    assertUnique(input, ids);
    return ids;
}
/** A JSON object of numbers (or null, the API's default), sent as `hyperparameters`. */
function readHyperparameters(value) {
    const input = constants_Inputs.Hyperparameters;
    const example = 'such as {"training_steps": 100, "learning_rate": 0.0001}';
    let json;
    try {
        json = JSON.parse(value);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new step_error_InputError(input, `is not valid JSON (${reason}). Give a JSON object, ${example}.`);
    }
    if (!isRecord(json))
        throw new step_error_InputError(input, `must be a JSON object, ${example}.`);
    for (const [name, setting] of Object.entries(json)) {
        if (setting !== null && (typeof setting !== 'number' || !Number.isFinite(setting))) {
            throw new step_error_InputError(input, `"${name}" is ${JSON.stringify(setting)}: every hyperparameter is a number (or null for the API's default).`);
        }
    }
    return json;
}
function readSuffix(value) {
    if (value.length > SUFFIX_MAX_LENGTH || !SUFFIX_PATTERN.test(value)) {
        throw new step_error_InputError(constants_Inputs.Suffix, `"${value}" must be 1 to ${SUFFIX_MAX_LENGTH} letters, digits, _ or - (it goes into the fine-tuned model's name).`);
    }
    return value;
}
function readModel(value) {
    if (/\s/.test(value)) {
        throw new step_error_InputError(constants_Inputs.Model, `"${value}" must be one model name, without spaces.`);
    }
    return value;
}
/** The items of a JSON array, or the non-blank lines, each with where it was for messages. */
function idEntries(input, value) {
    if (!value.startsWith('[')) {
        return value
            .split(/\r?\n/)
            .map((line, i) => ({ entry: line.trim(), where: `line ${i + 1}` }))
            .filter(({ entry }) => entry !== '');
    }
    let json;
    try {
        json = JSON.parse(value);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new step_error_InputError(input, `starts with [ but is not a JSON array (${reason}). Give ${LIST_FORMS}.`);
    }
    if (!Array.isArray(json))
        throw new step_error_InputError(input, `must be ${LIST_FORMS}.`);
    if (json.length === 0)
        throw new step_error_InputError(input, `is an empty array: give ${LIST_FORMS}.`);
    return json.map((entry, i) => ({
        entry: typeof entry === 'string' ? entry.trim() : entry,
        where: `item ${i + 1}`
    }));
}
function fileId(input, id, where) {
    if (!FILE_ID.test(id))
        throw badId(input, id, where);
    return id.toLowerCase();
}
function badId(input, id, where) {
    return new step_error_InputError(input, `"${id}" (${where}) is not a file id. Ids are UUIDs, such as 3b4f2c1e-8a7d-4e6f-9b0a-1c2d3e4f5a6b, as the upload step outputs them in file-id and file-ids.`);
}
function readWeight(input, text, entry) {
    if (text === undefined)
        return DEFAULT_WEIGHT;
    const weight = Number(text);
    if (!/^\d*\.?\d+$/.test(text) || !(weight > 0)) {
        throw new step_error_InputError(input, `"${entry}": the weight after the colon must be a number greater than 0, such as 1 or 0.5.`);
    }
    return weight;
}
/** An InputError for the first id given twice. */
function assertUnique(input, ids) {
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined) {
        throw new step_error_InputError(input, `lists ${twice} twice: give each file once (a weight, id:2, counts it more).`);
    }
}

;// CONCATENATED MODULE: ./src/client/retry.ts

const DEFAULT_BACKOFF = {
    baseDelayMs: 1000,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 60_000
};
/** Statuses that mean "not now" rather than "not this request". */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Whether another attempt can succeed where this one failed. */
function isRetryable(error) {
    if (error instanceof errors_APIError) {
        const hint = header(error, 'x-should-retry');
        if (hint === 'true')
            return true;
        if (hint === 'false')
            return false;
        // 409 means "try again" only when the server says when (Mistral uses it for duplicate jobs).
        if (error.status === 409)
            return header(error, 'retry-after') !== undefined;
        return TRANSIENT_STATUSES.has(error.status);
    }
    if (error instanceof errors_InvalidResponseError)
        return error.retryable;
    if (error instanceof errors_CertificateError)
        return false;
    return error instanceof errors_APIConnectionError;
}
/**
 * Whether the file may have been stored although the attempt failed: the server got far enough
 * to fail after reading (5xx), the answer was lost (reset, timeout) or garbled (2xx not as
 * promised). Such a failure is followed by a look for the file before anything is sent again.
 */
function mayHaveStored(error) {
    if (error instanceof APIError)
        return error.status >= 500;
    if (error instanceof InvalidResponseError)
        return true;
    if (error instanceof CertificateError)
        return false; // the handshake failed: nothing was sent
    return error instanceof APIConnectionError;
}
/** Exponential backoff with jitter: base × 2^(retry-1), capped, less up to 25% at random. */
function backoffMs(retry, policy = DEFAULT_BACKOFF, random = Math.random) {
    const exponential = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
    return Math.round(exponential * (1 - 0.25 * random()));
}
/** The wait before retry number `retry`: the server's Retry-After (capped) or the backoff. */
function retryDelayMs(error, retry, policy = DEFAULT_BACKOFF, now = Date.now(), random = Math.random) {
    const asked = error instanceof errors_APIError ? error.retryAfterMs(now) : undefined;
    if (asked !== undefined)
        return Math.min(asked, policy.maxRetryAfterMs);
    return backoffMs(retry, policy, random);
}
function header(error, name) {
    const value = error.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/client/with-retries.ts

/**
 * Runs a request that is safe to repeat (a GET, a download, a cancel) under the upload's retry
 * rules: transient failures are tried again after the backoff or the server's Retry-After.
 */
async function withRetries(request, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            return await request(attempt);
        }
        catch (error) {
            if (!isRetryable(error) || attempt >= options.maxAttempts)
                throw error;
            const delayMs = retryDelayMs(error, attempt, options.backoff ?? DEFAULT_BACKOFF, now());
            if (options.deadline !== undefined && now() + delayMs >= options.deadline)
                throw error;
            options.onRetry?.({ attempt, error, delayMs });
            await sleep(delayMs);
        }
    }
}

;// CONCATENATED MODULE: ./src/fine-tune/wait.ts




function isFinal(status) {
    return FINAL_STATUSES.includes(status);
}
/** The interval after `intervalMs`: longer by POLL.growth, never over POLL.maxIntervalMs. */
function nextIntervalMs(intervalMs) {
    return Math.min(POLL.maxIntervalMs, Math.round(intervalMs * POLL.growth));
}
/**
 * Polls `getJob` until the job reaches a final status, and returns it as last read. A poll that
 * fails for good (4xx, 410 included), or POLL.maxFailures in a row, ends the wait with its error.
 * When `signal` aborts, the wait returns the job as last read, not final, leaving a sleep or a
 * poll in flight unseen.
 */
async function waitForJob(getJob, created, options = {}) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const start = now();
    const unknown = new Set();
    let job = created;
    let lastProgress = start;
    let intervalMs = POLL.firstIntervalMs;
    let delayMs = intervalMs;
    let failures = 0;
    const { signal } = options;
    while (!isFinal(job.status)) {
        if (signal?.aborted)
            return job;
        try {
            await unlessAborted(sleep(delayMs), signal);
            job = await unlessAborted(getJob(job.id), signal);
            failures = 0;
        }
        catch (error) {
            if (signal?.aborted)
                return job;
            failures++;
            if (!isRetryable(error) || failures >= POLL.maxFailures)
                throw error;
            const retryMs = retryDelayMs(error, failures, DEFAULT_BACKOFF, now(), options.random);
            delayMs = Math.max(intervalMs, retryMs);
            options.onPollFailure?.({ error, failures, maxFailures: POLL.maxFailures, delayMs });
            continue;
        }
        options.onPoll?.(job);
        const known = FINE_TUNING_STATUSES.includes(job.status);
        if (!known && !unknown.has(job.status)) {
            unknown.add(job.status);
            options.onUnknownStatus?.(job);
        }
        const time = now();
        if (!isFinal(job.status) && time - lastProgress >= POLL.progressEveryMs) {
            lastProgress = time;
            options.onProgress?.(job, time - start);
        }
        intervalMs = nextIntervalMs(intervalMs);
        delayMs = intervalMs;
    }
    return job;
}
/**
 * Asks the API to cancel the job: up to CANCEL.maxAttempts attempts (transient failures only),
 * all within CANCEL.timeoutMs, well before the runner's SIGTERM. Never throws.
 */
async function cancelJob(cancel, job, options = {}) {
    const now = options.now ?? Date.now;
    const deadline = now() + CANCEL.timeoutMs;
    try {
        const cancelled = await withRetries(() => cancel(job.id, Math.max(1, deadline - now())), {
            maxAttempts: CANCEL.maxAttempts,
            deadline,
            now,
            sleep: options.sleep
        });
        return { job: cancelled };
    }
    catch (error) {
        return { job, error };
    }
}

;// CONCATENATED MODULE: ./src/fine-tune/main.ts







/**
 * The story of a run: read the inputs, create the job, wait for it, report. When the workflow is
 * cancelled (SIGINT, then SIGTERM 7.5 s later), the wait stops and the job is cancelled too.
 */
async function run() {
    const step = {};
    const cancellation = watchCancellation();
    try {
        const settings = getFineTuneSettings();
        step.settings = settings;
        const client = new JobsClient({
            serverUrl: settings.serverUrl,
            apiKey: settings.apiKey,
            userAgent: `${ACTION_NAME}/${ACTION_VERSION} fine-tune node/${process.versions.node}`
        });
        logCreating(settings);
        // Sent once, never retried: the create is not idempotent, and today's API answers 410.
        step.job = await client.createFineTuningJob(createRequest(settings));
        logCreated(step.job, settings.wait);
        if (settings.wait) {
            const started = Date.now();
            step.job = await waitForJob(id => client.getFineTuningJob(id), step.job, {
                ...waitLog(),
                signal: cancellation.signal,
                onPoll: job => (step.job = job)
            });
            step.waitedMs = Date.now() - started;
        }
        // Cancelled while the job was being created or waited for: it must not run on unseen.
        const signal = cancellation.received;
        if (signal && step.job) {
            logCancelling(signal, step.job.id);
            const cancelled = await cancelJob((id, ms) => client.cancelFineTuningJob(id, ms), step.job);
            step.job = cancelled.job;
            step.cancelled = { signal, error: cancelled.error };
        }
    }
    catch (error) {
        step.failure = error;
    }
    cancellation.dispose();
    await reportFineTuneStep(step);
    // A poll left in flight by the signal would hold the process until its timeout: exit now.
    if (cancellation.received)
        process.exit();
}
/** CreateFineTuningJobRequest: `hyperparameters` is required; the optional fields when set. */
function createRequest(settings) {
    return {
        model: settings.model,
        training_files: settings.trainingFiles,
        ...(settings.validationFiles.length > 0 ? { validation_files: settings.validationFiles } : {}),
        hyperparameters: settings.hyperparameters,
        ...(settings.suffix !== undefined ? { suffix: settings.suffix } : {}),
        // Without it a job may stop at VALIDATED and wait for POST …/start.
        auto_start: true
    };
}


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
/************************************************************************/
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(481);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map