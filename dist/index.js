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

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(954);

/* istanbul ignore next */
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 954:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/client/sha256.ts


/** sha256 (hex) of a file, read in 1 MiB chunks. */
async function sha256File(file) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(file, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/validate/types.ts
// Shared types of the dataset validator, and its purposes. Pure data: no Node or @actions imports.
/** The `purpose` form field of `POST /v1/files` that the validator understands. */
const PURPOSES = ['fine-tune', 'batch', 'ocr'];

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

;// CONCATENATED MODULE: ./src/validate/rules/common.ts
// Helpers shared by the rule modules.

function error(line, rule, message) {
    return { line, rule, message, severity: 'error' };
}
function warning(line, rule, message) {
    return { line, rule, message, severity: 'warning' };
}
/**
 * A value as it appears in a message: JSON, cut to `max` characters. Written without recursion
 * and only as far as the cut, so a deep or huge value cannot throw or cost more than its preview.
 */
function show(value, max = 40) {
    return previewJson(value, max);
}
/** "a string", "an array", "null", … for "must be X, got Y" messages. */
function kind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    switch (typeof value) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        case 'object':
            return 'an object';
        default:
            return typeof value;
    }
}
/** mistral-common: tool call ids (v3 tokenizer and later). */
const TOOL_CALL_ID = /^[a-zA-Z0-9]{9}$/;
/** mistral-common: function names. */
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** `n` and the word, plural unless n is 1: "1 line", "2 lines". */
function count(n, word, plural = `${word}s`) {
    return `${n} ${n === 1 ? word : plural}`;
}

;// CONCATENATED MODULE: ./src/validate/file-rules.ts
// File-level rules of a JSONL file: its size, its line ends and blank lines, and whether it is
// JSON Lines at all. See docs/validation-rules.md, "File rules".

/** POST /v1/files limit, read as MiB (the spec says "512 MB"). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** The fine-tuning FAQ reports 413 Request Entity Too Large above "500MB". */
const SIZE_WARNING_BYTES = 500_000_000;
/** A first line that opens a JSON array, or an object written over many lines. */
const JSON_DOCUMENT_START = /^\s*(\[\s*$|\[\s*\{(?!.*\]\s*$)|\{\s*$)/;
function lineEndProblems(purpose, ends) {
    const problems = [];
    // mistral-finetune reads fine-tuning files, and json.loads rejects a BOM or a blank line: an
    // error there. What the batch service does with them is not published: a warning.
    const strict = purpose === 'fine-tune' ? error : warning;
    const readers = purpose === 'fine-tune' ? 'mistral-finetune (json.loads) rejects' : 'strict readers reject';
    if (ends.bom) {
        problems.push(strict(1, 'file/bom', `file starts with a UTF-8 byte order mark, which ${readers}: save the file as UTF-8 without BOM`));
    }
    if (ends.crlfLines > 0) {
        problems.push(warning(ends.firstCrlfLine, 'file/crlf', `${count(ends.crlfLines, 'line')} end${ends.crlfLines === 1 ? 's' : ''} in CRLF (first: line ${ends.firstCrlfLine}); accepted, as JSON treats \\r as whitespace, but LF line ends are expected`));
    }
    if (ends.loneCrs > 0) {
        problems.push(warning(ends.firstLoneCrLine, 'file/lone-cr', `${count(ends.loneCrs, 'line')} end${ends.loneCrs === 1 ? 's' : ''} in a lone CR (first: line ${ends.firstLoneCrLine}); mistral-finetune reads a CR as a line end, as is done here, but LF line ends are expected`));
    }
    if (ends.blankLines > 0) {
        problems.push(strict(ends.firstBlankLine, 'file/blank-line', `${count(ends.blankLines, 'blank line')} (first: line ${ends.firstBlankLine}), which ${readers}: remove them`));
    }
    return problems;
}
function sizeProblems(fileBytes) {
    if (fileBytes > MAX_FILE_BYTES) {
        return [
            error(null, 'file/too-large', `file is ${fileBytes} bytes; the Files API accepts at most 512 MiB (${MAX_FILE_BYTES} bytes): split it`)
        ];
    }
    if (fileBytes > SIZE_WARNING_BYTES) {
        return [
            warning(null, 'file/size-limit', `file is ${fileBytes} bytes; the docs report "413 Request Entity Too Large" above about 500 MB: consider splitting it`)
        ];
    }
    return [];
}
/** File-level problems (line null) first, then by line; stable. */
function sortProblems(problems) {
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** One problem for a file whose first lines are none of them JSON objects: what it looks like. */
function notJsonlProblem(first, failures, lines) {
    const texts = first.map(failure => failure.text);
    const head = texts[0] ?? '';
    let looks;
    let fix;
    if (first.some(failure => failure.binary)) {
        looks = 'a binary file or text that is not UTF-8 (Parquet, Excel, UTF-16…)';
        fix = 'export it as UTF-8 JSON Lines';
    }
    else if (head.trimStart().startsWith('[')) {
        looks = 'one JSON array';
        fix = 'write each element on its own line, without the brackets and the commas between them';
    }
    else if (head.trimStart().startsWith('{')) {
        looks = 'JSON with each object spread over many lines';
        fix = 'write each object on one line, e.g. with `jq -c`';
    }
    else if (everyHas(texts, '\t')) {
        looks = 'TSV (tab-separated values)';
        fix = 'turn each row into one JSON object on its own line';
    }
    else if (everyHas(texts, ',')) {
        looks = 'CSV (comma-separated values)';
        fix = 'turn each row into one JSON object on its own line';
    }
    else {
        looks = 'plain text';
        fix = 'for pretraining, write each document as {"text": "…"} on its own line';
    }
    return error(null, 'file/not-jsonl', `file is not JSON Lines: it looks like ${looks} (line 1: ${show(head, 60)}); ${failures} of its ${lines} lines are not JSON objects. Mistral needs one JSON object per line, such as {"messages": […]}: ${fix}`);
}
/** Every line holds the separator (quoted fields make the counts differ, so they are not compared). */
function everyHas(texts, separator) {
    return texts.every(text => text.includes(separator));
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

const VISIBILITIES = ['workspace', 'user'];
const IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'];
/** Uploads at once: enough to overlap round trips, few enough to stay kind to the API. */
const UPLOAD_CONCURRENCY = 3;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_TIMEOUT_MINUTES = 30;
/** The API's documented limit ("maximum of 512 MB"); larger files get 413, so fail before sending. */


;// CONCATENATED MODULE: ./src/step-error.ts
/** A failure the step explains in full: its message says what is wrong and how to fix it. */
class StepError extends Error {
    name = 'StepError';
}
/** Bad input: the message names the input and says how to fix it. Thrown before any request. */
class InputError extends StepError {
    input;
    name = 'InputError';
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}
/** The data broke the dataset rules: the problems are already reported; nothing was uploaded. */
class InvalidDatasetError extends StepError {
    name = 'InvalidDatasetError';
}

;// CONCATENATED MODULE: ./src/remote-name.ts



// The `remote-name` template: the name a file gets on Mistral.
const PLACEHOLDER = /\{([a-z0-9]+)(?::(\d+))?\}/g;
const KNOWN = new Set(['name', 'stem', 'ext', 'sha256', 'sha']);
/**
 * A name that carries the hash stands for the content (reuse-existing): 8 hex digits are 32 bits,
 * so two versions of one file of the same size share a name about once in 4 billion.
 */
const MIN_SHA256_DIGITS = 8;
/** Throws an InputError naming the first placeholder the template cannot fill. */
function checkRemoteName(template) {
    for (const [placeholder, key, digits] of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN.has(key)) {
            throw new InputError(Inputs.RemoteName, `${placeholder} is not a placeholder. Use {name}, {stem}, {ext}, {sha256}, {sha256:N} or {sha}.`);
        }
        if (digits !== undefined && ((key !== 'sha256' && key !== 'sha') || Number(digits) < 1)) {
            throw new InputError(Inputs.RemoteName, `${placeholder}: only {sha256:N} and {sha:N} take a length of 1 or more.`);
        }
        if (key === 'sha256' && digits !== undefined && Number(digits) < MIN_SHA256_DIGITS) {
            throw new InputError(Inputs.RemoteName, `${placeholder} keeps too little of the hash: a file already on Mistral with the same name and size is reused as if it held the same bytes, and with ${digits} hex digit${digits === '1' ? '' : 's'} a different file often matches. Use {sha256:${MIN_SHA256_DIGITS}} or more ({sha256:12} is usual), or {sha256} for the whole hash.`);
        }
    }
    if (/[/\\]/.test(template.replace(PLACEHOLDER, ''))) {
        throw new InputError(Inputs.RemoteName, `"${template}" must be a file name, without / or \\.`);
    }
}
/** Whether the name carries the content hash, so an identical name means identical content. */
function namesContent(template) {
    return [...template.matchAll(PLACEHOLDER)].some(([, key]) => key === 'sha256');
}
/** Fills the template: {name} base name, {stem} without extension, {ext} with its dot. */
function remoteName(template, facts) {
    const name = external_node_path_default().basename(facts.path);
    const ext = external_node_path_default().extname(name);
    const values = {
        name,
        stem: name.slice(0, name.length - ext.length),
        ext,
        sha256: facts.sha256,
        sha: facts.commit
    };
    return template.replace(PLACEHOLDER, (placeholder, key, digits) => {
        const value = values[key];
        if (value === undefined) {
            throw new InputError(Inputs.RemoteName, `${placeholder} has no value here${key === 'sha' ? ' (GITHUB_SHA is not set)' : ''}.`);
        }
        return digits === undefined ? value : value.slice(0, Number(digits));
    });
}

;// CONCATENATED MODULE: ./src/report/units.ts
// How numbers read in the log and the summary.
function units_count(n, noun) {
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/validate/lines.ts
// Streaming line reader: splits on 0x0A in Buffers, checks UTF-8, decodes one line at a time.



/** Read size for files. */
const CHUNK_SIZE = 1024 * 1024;
/** Default longest line, in bytes without the line terminator. */
const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
const LF = 0x0a;
const CR = 0x0d;
/**
 * Synchronous core of the reader: push chunks, get complete lines through `emit`.
 * Memory is one chunk plus the current partial line (at most maxLineBytes: longer lines are
 * dropped while scanning for their end, and reported with error 'too-long').
 */
class lines_LineSplitter {
    maxLineBytes;
    /** The current partial line in `part[0, partBytes)`; the buffer grows by doubling. */
    part = null;
    partBytes = 0;
    /** Bytes of the current line dropped because it is too long (0 while it fits). */
    dropped = 0;
    lineNo = 0;
    constructor(options = {}) {
        this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
        this.lineNo = (options.firstLineNo ?? 1) - 1;
    }
    push(chunk, emit) {
        const buf = Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let start = 0;
        let nl = buf.indexOf(LF, 0);
        if (nl === -1) {
            this.keep(buf, 0, buf.length);
            return;
        }
        // The line carried over from earlier chunks ends here.
        if (this.partBytes > 0 || this.dropped > 0) {
            this.keep(buf, 0, nl);
            this.flush(true, emit);
            start = nl + 1;
            nl = start < buf.length ? buf.indexOf(LF, start) : -1;
        }
        if (nl !== -1) {
            // Lines wholly inside this chunk: one UTF-8 check for all of them (simdutf), per line
            // only when that fails. 0x0A never occurs inside a multi-byte sequence.
            const lastNl = buf.lastIndexOf(LF);
            const allValid = (0,external_node_buffer_namespaceObject.isUtf8)(buf.subarray(start, lastNl));
            while (nl !== -1) {
                this.emitSlice(buf, start, nl, true, allValid, emit);
                start = nl + 1;
                nl = nl < lastNl ? buf.indexOf(LF, start) : -1;
            }
        }
        if (start < buf.length)
            this.keep(buf, start, buf.length);
    }
    /** Emit the last line when the input does not end with a newline. */
    end(emit) {
        if (this.partBytes > 0 || this.dropped > 0)
            this.flush(false, emit);
    }
    keep(buf, start, end) {
        const n = end - start;
        if (n === 0)
            return;
        const limit = this.maxLineBytes + 4; // room for a BOM and a '\r' that emitSlice strips
        const need = this.partBytes + n;
        if (this.dropped > 0 || need > limit) {
            this.dropped += need;
            this.part = null;
            this.partBytes = 0;
            return;
        }
        // Copy: the part outlives this chunk, and the caller may reuse its buffer. One buffer that
        // doubles, not a list of pieces joined at the end: a 64 MiB line then costs its bytes and
        // at most half as much again while growing, not twice its bytes.
        let part = this.part;
        if (part === null || need > part.length) {
            const grown = Buffer.allocUnsafe(part === null ? n : Math.min(Math.max(need, 2 * part.length), limit));
            if (part !== null)
                part.copy(grown, 0, 0, this.partBytes);
            this.part = part = grown;
        }
        buf.copy(part, this.partBytes, start, end);
        this.partBytes = need;
    }
    flush(terminated, emit) {
        if (this.dropped > 0) {
            const bytes = this.dropped + (terminated ? 1 : 0);
            this.dropped = 0;
            this.lineNo++;
            emit({ lineNo: this.lineNo, text: '', bytes, crlf: false, bom: false, error: 'too-long' });
            return;
        }
        const line = this.part;
        const bytes = this.partBytes;
        this.part = null;
        this.partBytes = 0;
        this.emitSlice(line, 0, bytes, terminated, false, emit);
    }
    emitSlice(buf, start, end, terminated, knownValid, emit) {
        const lineNo = ++this.lineNo;
        const bytes = end - start + (terminated ? 1 : 0);
        let bom = false;
        if (lineNo === 1 &&
            end - start >= 3 &&
            buf[start] === 0xef &&
            buf[start + 1] === 0xbb &&
            buf[start + 2] === 0xbf) {
            bom = true;
            start += 3;
        }
        let crlf = false;
        if (terminated && end > start && buf[end - 1] === CR) {
            crlf = true;
            end--;
        }
        if (end - start > this.maxLineBytes) {
            emit({ lineNo, text: '', bytes, crlf, bom, error: 'too-long' });
        }
        else if (!knownValid && !(0,external_node_buffer_namespaceObject.isUtf8)(buf.subarray(start, end))) {
            emit({ lineNo, text: '', bytes, crlf, bom, error: 'invalid-utf8' });
        }
        else {
            emit({ lineNo, text: buf.toString('utf8', start, end), bytes, crlf, bom });
        }
    }
}
/** Split any stream of byte chunks into lines (the split2 contract, for tests and reuse). */
async function* splitLines(source, options = {}) {
    const splitter = new lines_LineSplitter(options);
    let pending = [];
    const sink = line => {
        pending.push(line);
    };
    for await (const chunk of source) {
        splitter.push(chunk, sink);
        if (pending.length > 0) {
            const ready = pending;
            pending = [];
            yield* ready;
        }
    }
    splitter.end(sink);
    yield* pending;
}
/** Read a file line by line in CHUNK_SIZE reads; memory stays flat whatever the file size. */
function readLines(path, options = {}) {
    return splitLines(createReadStream(path, { highWaterMark: CHUNK_SIZE }), options);
}
/**
 * Feed a whole file to `emit` without an async step per line (what validateFile uses). Two
 * buffers take turns: the next chunk is read while this one is checked, so the pass never waits
 * on the disk, and memory stays at two chunks (a fresh Buffer per read would leave tens of MB of
 * garbage before V8's external-memory GC runs). The splitter copies what outlives a chunk, and
 * `onChunk` must not keep the chunk it is shown.
 */
async function forEachLine(path, emit, options = {}) {
    const splitter = new lines_LineSplitter(options);
    const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)];
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    let reading = file.read(buffers[0], 0, CHUNK_SIZE, null);
    try {
        for (let turn = 1;; turn++) {
            const { bytesRead, buffer } = await reading;
            if (bytesRead === 0)
                break;
            reading = file.read(buffers[turn % 2], 0, CHUNK_SIZE, null);
            const chunk = buffer.subarray(0, bytesRead);
            options.onChunk?.(chunk);
            splitter.push(chunk, emit);
        }
    }
    finally {
        await Promise.allSettled([reading]); // still in flight when a check threw
        await file.close();
    }
    splitter.end(emit);
}

;// CONCATENATED MODULE: ./src/validate/file-range.ts
// Byte ranges of a file that start and end at line starts: the parallel check's unit of work.


const file_range_LF = 0x0a;
/**
 * Read `[start, end)` of a file in CHUNK_SIZE reads, two buffers taking turns as forEachLine
 * does: the next read runs while `onChunk` looks at this one, and memory stays at two chunks.
 * `onChunk` must not keep the chunk; it returns false to stop early. Throws when the file is
 * shorter than `end`.
 */
async function readRange(path, range, onChunk) {
    const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)];
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    let position = range.start;
    const readAt = (turn) => file.read(buffers[turn % 2], 0, Math.min(CHUNK_SIZE, range.end - position), position);
    let reading = position < range.end ? readAt(0) : null;
    try {
        for (let turn = 1; reading !== null; turn++) {
            const { bytesRead, buffer } = await reading;
            if (bytesRead === 0) {
                reading = null;
                throw new Error(`${path} ends at byte ${position}, before ${range.end}: it changed while read`);
            }
            position += bytesRead;
            reading = position < range.end ? readAt(turn) : null;
            if (onChunk(buffer.subarray(0, bytesRead)) === false)
                break;
        }
    }
    finally {
        if (reading !== null)
            await Promise.allSettled([reading]); // still in flight when onChunk threw
        await file.close();
    }
}
/** Number of LF bytes in `[start, end)`: the lines of a range that ends at a line start. */
async function countLf(path, range) {
    let lines = 0;
    await readRange(path, range, chunk => {
        for (let i = chunk.indexOf(file_range_LF); i !== -1; i = chunk.indexOf(file_range_LF, i + 1))
            lines++;
    });
    return lines;
}
/**
 * Cut `[0, size)` into at most `count` ranges of about equal size, each ending just after an LF
 * (the last at the end of the file), so that no line is split. A line longer than a range
 * swallows the cut points inside it: then there are fewer ranges.
 */
async function planRanges(path, size, count) {
    const cuts = [0];
    const file = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const probe = Buffer.allocUnsafe(64 * 1024);
        for (let k = 1; k < count; k++) {
            // The first line start at or after the nominal cut: one byte after the LF found.
            let from = Math.max(Math.floor((size * k) / count), cuts[cuts.length - 1], 1) - 1;
            let cut = size;
            while (from < size) {
                const { bytesRead } = await file.read(probe, 0, probe.length, from);
                if (bytesRead === 0)
                    break;
                const lf = probe.subarray(0, bytesRead).indexOf(file_range_LF);
                if (lf !== -1) {
                    cut = from + lf + 1;
                    break;
                }
                from += bytesRead;
            }
            if (cut > cuts[cuts.length - 1] && cut < size)
                cuts.push(cut);
        }
    }
    finally {
        await file.close();
    }
    return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? size }));
}

;// CONCATENATED MODULE: ./src/validate/rules/ocr.ts

/** Bytes to read from the start of the file for checkOcrDocument. */
const OCR_HEAD_BYTES = 1024;
/** The OCR FAQ: "Uploaded document files must be 50 MB or less and contain 1,000 pages or fewer." */
const OCR_MAX_BYTES = 50_000_000;
const startsWith = (...bytes) => head => head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
const ascii = (text) => Array.from(text, c => c.charCodeAt(0));
/** ISO-BMFF (AVIF, HEIC): "ftyp" at offset 4, then a major brand from the list. */
const ftyp = (...brands) => head => {
    if (head.length < 12 || String.fromCharCode(...head.subarray(4, 8)) !== 'ftyp')
        return false;
    return brands.includes(String.fromCharCode(...head.subarray(8, 12)));
};
const PDF = {
    name: 'PDF',
    // The PDF spec lets "%PDF-" appear anywhere in the first 1024 bytes.
    sniff: head => Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf('%PDF-') !== -1
};
const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);
const OLE2 = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const PNG = { name: 'PNG', sniff: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) };
const JPEG = { name: 'JPEG', sniff: startsWith(0xff, 0xd8, 0xff) };
const GIF = {
    name: 'GIF',
    sniff: head => startsWith(...ascii('GIF87a'))(head) || startsWith(...ascii('GIF89a'))(head)
};
const BMP = { name: 'BMP', sniff: startsWith(0x42, 0x4d) };
const TIFF = {
    name: 'TIFF',
    sniff: head => startsWith(0x49, 0x49, 0x2a, 0x00)(head) || startsWith(0x4d, 0x4d, 0x00, 0x2a)(head)
};
const WEBP = {
    name: 'WebP',
    sniff: head => startsWith(...ascii('RIFF'))(head) &&
        head.length >= 12 &&
        String.fromCharCode(...head.subarray(8, 12)) === 'WEBP'
};
const AVIF = { name: 'AVIF', sniff: ftyp('avif', 'avis', 'mif1', 'msf1') };
const HEIC = {
    name: 'HEIC/HEIF',
    sniff: ftyp('heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1')
};
const RTF = { name: 'RTF', sniff: startsWith(...ascii('{\\rtf')) };
const office = (name) => ({ name, sniff: ZIP });
const legacy = (name) => ({ name, sniff: OLE2 });
const ocr_text = (name) => ({ name });
/** Extensions from the OCR FAQ table. */
const FORMATS = {
    pdf: PDF,
    docx: office('Word (DOCX)'),
    doc: legacy('Word (DOC)'),
    pptx: office('PowerPoint (PPTX)'),
    ppt: legacy('PowerPoint (PPT)'),
    xlsx: office('Excel (XLSX)'),
    epub: office('EPUB'),
    odt: office('OpenDocument Text'),
    rtf: RTF,
    csv: ocr_text('CSV'),
    txt: ocr_text('text'),
    xml: ocr_text('XML'),
    bib: ocr_text('BibTeX'),
    fb2: ocr_text('FictionBook'),
    ipynb: ocr_text('Jupyter notebook'),
    tex: ocr_text('LaTeX'),
    opml: ocr_text('OPML'),
    '1': ocr_text('troff'),
    man: ocr_text('troff'),
    jpg: JPEG,
    jpeg: JPEG,
    png: PNG,
    avif: AVIF,
    tif: TIFF,
    tiff: TIFF,
    gif: GIF,
    heic: HEIC,
    heif: HEIC,
    bmp: BMP,
    webp: WEBP
};
/** Formats recognised by content alone, for files without a known extension. */
const SNIFFABLE = [
    [PDF, 'pdf'],
    [PNG, 'png'],
    [JPEG, 'jpg'],
    [GIF, 'gif'],
    [TIFF, 'tiff'],
    [WEBP, 'webp'],
    [AVIF, 'avif'],
    [HEIC, 'heic'],
    [RTF, 'rtf'],
    [{ name: 'a ZIP-based document (DOCX, PPTX, XLSX, EPUB or ODT)', sniff: ZIP }, 'docx'],
    [{ name: 'a legacy Office document (DOC or PPT)', sniff: OLE2 }, 'doc']
];
const OCR_EXTENSIONS = Object.keys(FORMATS);
function extensionOf(name) {
    const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
function checkOcrDocument(doc) {
    const problems = [];
    if (doc.size > OCR_MAX_BYTES) {
        problems.push(warning(null, 'ocr/size', `file is ${doc.size} bytes; the OCR processor accepts documents of 50 MB (50,000,000 bytes) or less`));
    }
    const ext = extensionOf(doc.name);
    const format = Object.prototype.hasOwnProperty.call(FORMATS, ext) ? FORMATS[ext] : undefined;
    if (format === undefined) {
        const found = SNIFFABLE.find(([f]) => f.sniff?.(doc.head));
        if (found === undefined) {
            return {
                problems,
                skipped: `${ext ? `".${ext}"` : 'a file without an extension'} is not a type the OCR processor lists and its content was not recognised; OCR checks skipped`
            };
        }
        const [f, suggested] = found;
        problems.push(warning(null, 'ocr/extension', `content looks like ${f.name} but the name ${ext ? `ends in ".${ext}"` : 'has no extension'}; name it .${suggested} so the type is clear`));
        return { problems, format: f.name };
    }
    if (format.sniff === undefined) {
        const end = Math.min(doc.head.length, OCR_HEAD_BYTES);
        for (let i = 0; i < end; i++) {
            if (doc.head[i] === 0) {
                problems.push(warning(null, 'ocr/binary-text', `".${ext}" is a text format but the file has a NUL byte at offset ${i}; expected plain text (UTF-8)`));
                break;
            }
        }
    }
    else if (doc.size > 0 && !format.sniff(doc.head)) {
        problems.push(error(null, 'ocr/magic-mismatch', `file name ends in ".${ext}" but the content does not start like ${format.name}; expected a real ${format.name} file`));
    }
    return { problems, format: format.name };
}

;// CONCATENATED MODULE: ./src/validate/stats.ts
/** Characters of text per estimated token (see docs/validation-rules.md, "Token estimate"). */
const CHARS_PER_TOKEN = 4;
function createStats() {
    return {
        bytes: 0,
        lines: 0,
        blankLines: 0,
        crlfLines: 0,
        samplesByType: { instruct: 0, pretrain: 0, classifier: 0, batch: 0 },
        invalidSamples: 0,
        messagesByRole: { system: 0, user: 0, assistant: 0, tool: 0 },
        assistantWeightZero: 0,
        toolCalls: 0,
        textChars: 0,
        estimatedTokens: 0
    };
}
/**
 * Count the characters (UTF-16 code units) of a piece of text content. Not its UTF-8 bytes:
 * Buffer.byteLength on every string cost 12-18% of the whole check.
 */
function addText(stats, text) {
    stats.textChars += text.length;
}
/** Fill in the derived fields once the whole file has been seen. */
function finishStats(stats, fileBytes) {
    stats.bytes = fileBytes;
    stats.estimatedTokens = Math.ceil(stats.textChars / CHARS_PER_TOKEN);
    return stats;
}

;// CONCATENATED MODULE: ./src/validate/rules/batch.ts
// Batch request lines for purpose batch: {"custom_id": string, "body": {…request…}}.
// Sources: Mistral docs studio/batch-processing; OpenAPI schema BatchRequest.



function createBatchContext(ctx) {
    return Object.assign(ctx, { customIds: new Map() });
}
function checkBatch(record, ctx) {
    const out = [];
    const line = ctx.lineNo;
    const id = record.custom_id;
    if (id === undefined || id === null) {
        out.push(error(line, 'batch/missing-custom-id', `request has no "custom_id"; expected a string unique in the file, used to match results${fineTuneHint(record)}`));
    }
    else if (typeof id !== 'string') {
        out.push(error(line, 'batch/custom-id-type', `"custom_id" ${show(id)} must be a string, got ${kind(id)}`));
    }
    else {
        const first = ctx.customIds.get(id);
        if (first !== undefined) {
            out.push(error(line, 'batch/duplicate-custom-id', `custom_id ${show(id)} is already used on line ${first}; expected a unique custom_id per request`));
        }
        else {
            ctx.customIds.set(id, line);
        }
    }
    const body = record.body;
    if (!isRecord(body)) {
        out.push(error(line, 'batch/body', `"body" must be an object holding the endpoint's request, got ${kind(body)}`));
    }
    else {
        countBodyText(body, ctx);
    }
    return out;
}
const TEXT_KEYS = ['prompt', 'input', 'inputs'];
/** Text of the request for the token estimate: messages, prompt, input. */
function countBodyText(body, ctx) {
    const stats = ctx.stats;
    const messages = body.messages;
    if (Array.isArray(messages)) {
        for (const m of messages) {
            if (!isRecord(m))
                continue;
            const content = m.content;
            if (typeof content === 'string')
                addText(stats, content);
            else if (Array.isArray(content)) {
                for (const chunk of content) {
                    if (isRecord(chunk) && typeof chunk.text === 'string')
                        addText(stats, chunk.text);
                }
            }
        }
    }
    for (const key of TEXT_KEYS) {
        const value = body[key];
        if (typeof value === 'string')
            addText(stats, value);
        else if (Array.isArray(value)) {
            for (const v of value)
                if (typeof v === 'string')
                    addText(stats, v);
        }
    }
}
/** A fine-tuning sample uploaded for batch: say so once per line, as the fine-tune check does. */
function fineTuneHint(record) {
    if (record.body !== undefined)
        return '';
    const looksLikeSample = record.messages !== undefined ||
        record.labels !== undefined ||
        record.text !== undefined ||
        record.prompt !== undefined;
    return looksLikeSample
        ? '; it looks like a fine-tuning sample: upload it with purpose fine-tune'
        : '';
}

;// CONCATENATED MODULE: ./src/validate/rules/image-url.ts

/**
 * Signatures of the formats Pillow opens that training images come in. Formats without a
 * signature (TGA) are not recognised: a data URL holding one is reported as not an image.
 */
const SIGNATURES = [
    { name: 'PNG', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
    { name: 'JPEG', at: 0, bytes: [0xff, 0xd8, 0xff] },
    { name: 'GIF', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
    { name: 'WebP', at: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
    { name: 'BMP', at: 0, bytes: [0x42, 0x4d] },
    { name: 'TIFF', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
    { name: 'TIFF', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
    { name: 'ICO', at: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
    { name: 'AVIF/HEIF', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }
];
/** Base64 digits for 12 bytes: enough for every signature above. */
const HEAD_CHARS = 16;
const PLAIN_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function imageUrlProblem(url, at) {
    if (url.startsWith('data:image'))
        return dataUrlProblem(url, at);
    if (url.startsWith('http'))
        return null;
    if (url.startsWith('file')) {
        return {
            severity: 'warning',
            message: `${at} ${show(url)} is a file URL: the file must exist where the model is trained; prefer a data URL or https`
        };
    }
    return {
        severity: 'error',
        message: `${at} ${show(url)} must be an http(s) URL or a data:image/…;base64,… URL`
    };
}
function dataUrlProblem(url, at) {
    const data = url.split(',')[1];
    const expected = 'data:image/<format>;base64,<the image in base64>';
    if (data === undefined) {
        return {
            severity: 'error',
            message: `${at} ${show(url)} has no "," before its data; expected ${expected}`
        };
    }
    return base64ImageProblem(data, `${at} ${show(url)}`, expected);
}
/**
 * The image of an `{"type": "image", "image": …}` chunk, which mistral-common decodes with
 * `b64decode` and Pillow as it builds the sample (`maybe_load_image_from_str_or_bytes`).
 */
function imageDataProblem(data, at) {
    return base64ImageProblem(data, `${at} ${show(data)}`, 'the image in base64');
}
function base64ImageProblem(data, shown, expected) {
    const notImage = (why) => ({
        severity: 'error',
        message: `${shown} ${why}; expected ${expected}`
    });
    const decoded = b64decodeHead(data);
    if (typeof decoded === 'string')
        return notImage(`is not valid base64 (${decoded})`);
    if (!SIGNATURES.some(s => s.bytes.every((byte, i) => decoded[s.at + i] === byte))) {
        return notImage('does not hold a PNG, JPEG, GIF, WebP, BMP, TIFF, ICO or AVIF image, so Pillow cannot open it');
    }
    return null;
}
/**
 * The first bytes that Python's `base64.b64decode(data)` (non-strict) gives, or why
 * it raises. Like binascii, characters outside the alphabet are skipped, and a run of `=` that
 * completes a group ends the data.
 */
function b64decodeHead(data) {
    if (data.length % 4 === 0 && PLAIN_BASE64.test(data)) {
        return Buffer.from(data.slice(0, HEAD_CHARS), 'base64');
    }
    let digits = '';
    let count = 0;
    let pads = 0;
    for (let i = 0; i < data.length; i++) {
        const c = data[i];
        if (c === '=') {
            if (count % 4 >= 2 && (count % 4) + ++pads >= 4)
                return Buffer.from(digits, 'base64');
            continue;
        }
        if (!/[A-Za-z0-9+/]/.test(c))
            continue;
        pads = 0;
        count++;
        if (digits.length < HEAD_CHARS)
            digits += c;
    }
    if (count % 4 === 1) {
        return `${count} data characters is 1 more than a multiple of 4`;
    }
    if (count % 4 !== 0)
        return 'incorrect padding';
    return Buffer.from(digits, 'base64');
}

;// CONCATENATED MODULE: ./src/validate/rules/json-schema.ts
// Is a value a valid JSON Schema, as mistral-common's `_validate_function` asks with
// jsonschema's `Draft7Validator.check_schema`? That validates the schema against the Draft 7
// meta-schema, with format checks on (only "regex" is checkable without extra packages).
// Written out by keyword rather than as a general validator: the meta-schema is fixed, and this
// is about 100 lines against a JSON Schema library that would be the largest dependency here.


const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const STRING_KEYWORDS = [
    '$id',
    '$schema',
    '$ref',
    '$comment',
    'title',
    'description',
    'format',
    'contentMediaType',
    'contentEncoding'
];
const NUMBER_KEYWORDS = ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'];
const COUNT_KEYWORDS = [
    'maxLength',
    'minLength',
    'maxItems',
    'minItems',
    'maxProperties',
    'minProperties'
];
const SCHEMA_KEYWORDS = [
    'additionalItems',
    'contains',
    'additionalProperties',
    'propertyNames',
    'if',
    'then',
    'else',
    'not'
];
const SCHEMA_MAP_KEYWORDS = ['definitions', 'properties', 'patternProperties'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
/** The first way `schema` breaks the Draft 7 meta-schema, as "at: what", or null if none. */
function schemaProblem(schema, at) {
    if (typeof schema === 'boolean')
        return null;
    if (!isRecord(schema))
        return `${at} must be a JSON schema (an object or a boolean), got ${kind(schema)}`;
    return keywordProblem(schema, at);
}
function keywordProblem(schema, at) {
    for (const key of STRING_KEYWORDS) {
        if (schema[key] !== undefined && typeof schema[key] !== 'string') {
            return `${at}.${key} must be a string, got ${kind(schema[key])}`;
        }
    }
    for (const key of NUMBER_KEYWORDS) {
        if (schema[key] !== undefined && typeof schema[key] !== 'number') {
            return `${at}.${key} must be a number, got ${kind(schema[key])}`;
        }
    }
    for (const key of COUNT_KEYWORDS) {
        const value = schema[key];
        if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
            return `${at}.${key} ${show(value)} must be a whole number, 0 or more`;
        }
    }
    const multipleOf = schema.multipleOf;
    if (multipleOf !== undefined && !(typeof multipleOf === 'number' && multipleOf > 0)) {
        return `${at}.multipleOf ${show(multipleOf)} must be a number above 0`;
    }
    for (const key of ['readOnly', 'uniqueItems']) {
        if (schema[key] !== undefined && typeof schema[key] !== 'boolean') {
            return `${at}.${key} must be true or false, got ${kind(schema[key])}`;
        }
    }
    if (schema.examples !== undefined && !Array.isArray(schema.examples)) {
        return `${at}.examples must be an array, got ${kind(schema.examples)}`;
    }
    if (schema.enum !== undefined && !Array.isArray(schema.enum)) {
        return `${at}.enum must be an array, got ${kind(schema.enum)}`;
    }
    if (typeof schema.pattern === 'string' && !compiles(schema.pattern)) {
        return `${at}.pattern ${show(schema.pattern)} is not a valid regular expression`;
    }
    else if (schema.pattern !== undefined && typeof schema.pattern !== 'string') {
        return `${at}.pattern must be a string, got ${kind(schema.pattern)}`;
    }
    return (typeProblem(schema.type, `${at}.type`) ??
        stringArrayProblem(schema.required, `${at}.required`) ??
        subschemaProblems(schema, at));
}
function subschemaProblems(schema, at) {
    for (const key of SCHEMA_KEYWORDS) {
        if (schema[key] !== undefined) {
            const problem = schemaProblem(schema[key], `${at}.${key}`);
            if (problem !== null)
                return problem;
        }
    }
    const items = schema.items;
    if (items !== undefined) {
        const problem = Array.isArray(items)
            ? schemaListProblem(items, `${at}.items`)
            : schemaProblem(items, `${at}.items`);
        if (problem !== null)
            return problem;
    }
    for (const key of SCHEMA_LIST_KEYWORDS) {
        if (schema[key] !== undefined) {
            const problem = schemaListProblem(schema[key], `${at}.${key}`);
            if (problem !== null)
                return problem;
        }
    }
    for (const key of SCHEMA_MAP_KEYWORDS) {
        const map = schema[key];
        if (map === undefined)
            continue;
        if (!isRecord(map))
            return `${at}.${key} must be an object of schemas, got ${kind(map)}`;
        for (const [name, value] of Object.entries(map)) {
            if (key === 'patternProperties' && !compiles(name)) {
                return `${at}.patternProperties key ${show(name)} is not a valid regular expression`;
            }
            const problem = schemaProblem(value, `${at}.${key}.${name}`);
            if (problem !== null)
                return problem;
        }
    }
    const dependencies = schema.dependencies;
    if (dependencies !== undefined) {
        if (!isRecord(dependencies)) {
            return `${at}.dependencies must be an object, got ${kind(dependencies)}`;
        }
        for (const [name, value] of Object.entries(dependencies)) {
            const where = `${at}.dependencies.${name}`;
            const problem = Array.isArray(value)
                ? stringArrayProblem(value, where)
                : schemaProblem(value, where);
            if (problem !== null)
                return problem;
        }
    }
    return null;
}
function typeProblem(type, at) {
    const expected = `one of ${[...SIMPLE_TYPES].join(', ')}`;
    if (type === undefined)
        return null;
    if (typeof type === 'string') {
        return SIMPLE_TYPES.has(type) ? null : `${at} ${show(type)} must be ${expected}`;
    }
    if (!Array.isArray(type) || type.length === 0) {
        return `${at} must be a type name or a non-empty array of them, got ${show(type)}`;
    }
    for (const name of type) {
        if (typeof name !== 'string' || !SIMPLE_TYPES.has(name)) {
            return `${at} entry ${show(name)} must be ${expected}`;
        }
    }
    return new Set(type).size === type.length ? null : `${at} ${show(type)} repeats a type`;
}
function stringArrayProblem(value, at) {
    if (value === undefined)
        return null;
    if (!Array.isArray(value) || value.some(name => typeof name !== 'string')) {
        return `${at} must be an array of property names, got ${show(value)}`;
    }
    return new Set(value).size === value.length ? null : `${at} ${show(value)} repeats a name`;
}
function schemaListProblem(list, at) {
    if (!Array.isArray(list) || list.length === 0) {
        return `${at} must be a non-empty array of schemas, got ${show(list)}`;
    }
    for (let i = 0; i < list.length; i++) {
        const problem = schemaProblem(list[i], `${at}[${i}]`);
        if (problem !== null)
            return problem;
    }
    return null;
}
/**
 * jsonschema checks "regex" with Python's `re`. JavaScript's RegExp stands in for it; Python's
 * own `(?P<name>…)` and `(?P=name)` groups, which RegExp lacks, are given the benefit of doubt.
 */
function compiles(pattern) {
    if (pattern.includes('(?P'))
        return true;
    try {
        new RegExp(pattern);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/validate/rules/instruct.ts
// Instruct (chat) samples for purpose fine-tune, function calling included.
// Sources: mistral-finetune finetune/data/tokenize.py (build_instruct_sample and helpers) and
// mistral-common protocol/instruct/validator.py (MistralRequestValidatorV3, finetuning mode).





const ROLE_LIST = 'system, user, assistant, tool';
const NAME_RULE = 'must be 1 to 64 letters, digits, _ or -';
const MESSAGES_KEY = {
    key: 'messages',
    alias: 'interactions',
    bothRule: 'instruct/messages-and-interactions',
    aliasRule: 'instruct/interactions-key'
};
const TOOLS_KEY = {
    key: 'tools',
    alias: 'available_tools',
    bothRule: 'tool/tools-and-available-tools',
    aliasRule: 'tool/available-tools-key'
};
const CONTENT_KEY = {
    key: 'content',
    alias: 'text',
    bothRule: 'instruct/text-and-content',
    aliasRule: 'instruct/text-key',
    aliasFirst: true
};
/**
 * Read `names.key` of `record`, or its alias when only that is present. Both present: an error
 * (the key's value is used); the alias alone: a warning to rename it, unless `warn` is false.
 * `at` names the record in messages ("sample", "messages[2]"). Returns the value and the key
 * it was read from.
 */
function readAliased(record, names, at, ctx, out, warn = true) {
    const { key, alias } = names;
    if (record[alias] === undefined)
        return { value: record[key], key };
    const line = ctx.lineNo;
    if (record[key] !== undefined) {
        const both = names.aliasFirst ? `"${alias}" and "${key}"` : `"${key}" and "${alias}"`;
        out.push(error(line, names.bothRule, `${at} has both ${both}; expected only "${key}"`));
        return { value: record[key], key };
    }
    if (warn) {
        out.push(warning(line, names.aliasRule, `${at} uses "${alias}", which mistral-finetune accepts but the API docs do not show; rename it to "${key}"`));
    }
    return { value: record[alias], key: alias };
}
function checkInstruct(record, ctx) {
    const out = [];
    const line = ctx.lineNo;
    const messages = readAliased(record, MESSAGES_KEY, 'sample', ctx, out).value;
    const tools = readAliased(record, TOOLS_KEY, 'sample', ctx, out);
    const defined = checkTools(tools.value, tools.key, ctx, out);
    const systemPrompt = checkSystemPrompt(record.system_prompt, ctx, out);
    checkOnlyLast(record.only_last, ctx, out);
    if (!Array.isArray(messages)) {
        out.push(error(line, 'instruct/messages-type', `"messages" must be a non-empty array of messages, got ${kind(messages)}`));
        return out;
    }
    if (messages.length === 0) {
        out.push(error(line, 'instruct/empty-messages', '"messages" is empty; expected a conversation that ends with an assistant message'));
        return out;
    }
    checkConversation(messages, 'instruct', defined, ctx, out, systemPrompt);
    return out;
}
/**
 * mistral-finetune's build_instruct_sample starts from a top-level `system_prompt`, which the
 * docs do not show; a system message on top of it is "Multiple messages with role 'system'", and
 * mistral-common's InstructRequest takes it only as a string. Returns whether one is set.
 */
function checkSystemPrompt(prompt, ctx, out) {
    if (prompt === undefined || prompt === null)
        return false;
    if (typeof prompt !== 'string') {
        out.push(error(ctx.lineNo, 'instruct/system-prompt-type', `"system_prompt" must be a string, got ${kind(prompt)}; or put the prompt in a system message`));
        return true;
    }
    addText(ctx.stats, prompt);
    out.push(warning(ctx.lineNo, 'instruct/system-prompt-key', 'sample uses a top-level "system_prompt", which mistral-finetune reads but the API docs do not show; put it in a system message'));
    return true;
}
/** mistral-finetune reads `only_last` by truthiness: the string "false" counts as true. */
function checkOnlyLast(onlyLast, ctx, out) {
    if (onlyLast === undefined || onlyLast === null || typeof onlyLast === 'boolean')
        return;
    out.push(warning(ctx.lineNo, 'instruct/only-last-type', `"only_last" ${show(onlyLast)} should be true or false; mistral-finetune reads any value by truthiness, so it counts as ${truthy(onlyLast)}`));
}
/** Python's bool() of a JSON value. */
function truthy(value) {
    if (Array.isArray(value))
        return value.length > 0;
    if (isRecord(value))
        return Object.keys(value).length > 0;
    return Boolean(value);
}
/** The top-level tool definitions; returns the defined function names (null: no list). */
function checkTools(tools, key, ctx, out) {
    if (tools === undefined || tools === null)
        return null;
    const line = ctx.lineNo;
    // build_instruct_sample skips a tools value of length 0.
    if (tools === '' || (isRecord(tools) && Object.keys(tools).length === 0)) {
        out.push(warning(line, 'tool/tools-empty', `"${key}" is ${show(tools)}, which mistral-finetune skips as empty; use [] or leave it out`));
        return null;
    }
    if (!Array.isArray(tools)) {
        out.push(error(line, 'tool/tools-type', `"${key}" must be an array of {"type": "function", "function": {name, description, parameters}}, got ${kind(tools)}`));
        return null;
    }
    const names = new Set();
    for (let i = 0; i < tools.length; i++) {
        const tool = tools[i];
        const at = `${key}[${i}]`;
        if (!isRecord(tool) || !isRecord(tool.function)) {
            out.push(error(line, 'tool/definition', `${at} must be an object with a "function" object {name, description, parameters}`));
            continue;
        }
        typeWarning(tool.type, at, 'tool/definition', ctx, out);
        const fn = tool.function;
        const missing = [];
        if (fn.name === undefined)
            missing.push('name');
        if (fn.description === undefined)
            missing.push('description');
        if (fn.parameters === undefined)
            missing.push('parameters');
        if (missing.length > 0) {
            out.push(error(line, 'tool/definition', `${at}.function has no ${missing.join(', ')}; expected name, description and parameters`));
        }
        if (typeof fn.name === 'string') {
            if (!FUNCTION_NAME.test(fn.name)) {
                out.push(error(line, 'tool/function-name', `${at}.function.name ${show(fn.name)} ${NAME_RULE}`));
            }
            names.add(fn.name);
        }
        else if (fn.name !== undefined) {
            out.push(error(line, 'tool/function-name', `${at}.function.name must be a string, got ${kind(fn.name)}`));
        }
        if (fn.description !== undefined && typeof fn.description !== 'string') {
            out.push(error(line, 'tool/definition', `${at}.function.description must be a string, got ${kind(fn.description)}`));
        }
        if (fn.parameters !== undefined && !isRecord(fn.parameters)) {
            out.push(error(line, 'tool/parameters-type', `${at}.function.parameters must be an object (a JSON schema; {} for none), got ${kind(fn.parameters)}`));
        }
        else if (fn.parameters !== undefined) {
            const problem = schemaProblem(fn.parameters, `${at}.function.parameters`);
            if (problem !== null) {
                out.push(error(line, 'tool/parameters-schema', `${problem} (JSON Schema draft 7, as mistral-common checks)`));
            }
        }
    }
    return names;
}
/**
 * Check the messages of a conversation. `defined` is the set of tool names from the top-level
 * tools list (null when there is none), `systemPrompt` whether the sample sets a top-level
 * one. Shared with classifier samples, which use mode 'classifier'.
 */
function checkConversation(messages, mode, defined, ctx, out, systemPrompt = false) {
    const line = ctx.lineNo;
    const stats = ctx.stats;
    const walk = { callIds: null };
    let systems = systemPrompt ? 1 : 0;
    let turns = 0;
    // Last role other than system: mistral-finetune moves system messages to the system prompt,
    // so they take no part in the turn order or the final-role check.
    let prev = null;
    // Tool answers still owed to the last assistant message with tool calls.
    let pending = 0;
    let callsFrom = -1;
    let callsMade = 0;
    let textKeyWarned = false;
    for (let i = 0; i < messages.length; i++) {
        const m = messages[i];
        // Broken messages count too: each is already an error, and not one more for the shape.
        if (!isRecord(m) || m.role !== 'system')
            turns++;
        if (!isRecord(m)) {
            out.push(error(line, 'instruct/message-type', `messages[${i}] must be an object with "role" and "content", got ${kind(m)}`));
            continue;
        }
        const role = m.role;
        if (role === undefined) {
            out.push(error(line, 'instruct/missing-role', `messages[${i}] has no "role"; expected one of ${ROLE_LIST}`));
            continue;
        }
        if (role !== 'user' && role !== 'assistant' && role !== 'system' && role !== 'tool') {
            out.push(error(line, 'instruct/unknown-role', `messages[${i}].role ${show(role)} must be one of ${ROLE_LIST}`));
            continue;
        }
        stats.messagesByRole[role]++;
        const content = readAliased(m, CONTENT_KEY, `messages[${i}]`, ctx, out, !textKeyWarned);
        if (content.key === CONTENT_KEY.alias)
            textKeyWarned = true;
        const filled = checkContent(content.value, role, i, ctx, out);
        const calls = m.tool_calls;
        const hasCalls = calls !== undefined && calls !== null;
        if (role === 'system') {
            if (++systems > 1) {
                out.push(error(line, 'instruct/multiple-system', systemPrompt && systems === 2
                    ? `messages[${i}] is a system message, but the sample also has a top-level "system_prompt"; at most one system prompt is allowed`
                    : `messages[${i}] is system message number ${systems}; at most one system message is allowed`));
            }
        }
        else if (mode === 'instruct' && prev !== null && !mayFollow(prev, role)) {
            out.push(error(line, 'instruct/role-order', `messages[${i}] ${orderMessage(prev, role)}`));
        }
        if (role !== 'system')
            prev = role;
        if (mode === 'classifier' || role !== 'assistant') {
            if (filled < 0) {
                out.push(error(line, 'instruct/missing-content', `messages[${i}] is a ${role} message without "content"; expected a string`));
            }
            if (mode === 'classifier')
                continue;
            if (hasCalls) {
                out.push(error(line, 'instruct/tool-calls-role', `messages[${i}] is a ${role} message; only assistant messages can have "tool_calls"`));
            }
            if (m.weight !== undefined && m.weight !== null) {
                out.push(warning(line, 'instruct/weight-role', `messages[${i}] is a ${role} message; "weight" applies only to assistant messages and is ignored here`));
            }
            if (role === 'tool') {
                checkToolAnswer(m, i, walk, ctx, out);
                if (--pending === -1) {
                    out.push(error(line, 'tool/too-many-answers', callsFrom < 0
                        ? `messages[${i}] is a tool answer, but no assistant message with tool_calls comes before it`
                        : `messages[${i}] is one tool answer too many: messages[${callsFrom}] made ${count(callsMade, 'tool call')}`));
                }
            }
            continue;
        }
        // Assistant message.
        if (pending > 0) {
            out.push(error(line, 'tool/missing-answers', `messages[${i}] comes after ${count(callsMade - pending, 'tool answer')} to the ${count(callsMade, 'call')} of messages[${callsFrom}]; expected one tool message per call first`));
        }
        pending = 0;
        checkWeight(m.weight, i, ctx, out);
        let callsPresent = false;
        if (hasCalls) {
            const n = checkToolCalls(calls, i, defined, walk, ctx, out);
            callsPresent = n !== 0;
            if (n > 0) {
                pending = n;
                callsMade = n;
                callsFrom = i;
                if (turns === 1 && nextNonSystemRole(messages, i) === 'tool') {
                    out.push(error(line, 'tool/first-message-calls', `messages[${i}] opens the conversation with tool calls; mistral-common does not count the calls of the first message, so the tool answers after it fail ("Not the same number of function calls and responses"): start with the user message that asked`));
                }
            }
        }
        if (filled > 0 && callsPresent) {
            out.push(error(line, 'instruct/content-and-tool-calls', `messages[${i}] has both content and tool_calls; an assistant message must have one or the other`));
        }
        else if (filled <= 0 && !callsPresent) {
            out.push(error(line, 'instruct/assistant-empty', `messages[${i}] is an assistant message with neither content nor tool_calls; expected one of them`));
        }
    }
    if (mode === 'instruct' && prev === 'assistant' && turns === 1) {
        out.push(error(line, 'instruct/single-turn', 'conversation is one assistant message once system messages are set aside; mistral-common needs a user message before it'));
    }
    if (mode === 'instruct' && prev !== 'assistant') {
        out.push(error(line, 'instruct/last-role', prev === null
            ? 'conversation has no user or assistant message; expected it to end with an assistant message'
            : `last message has role "${prev}"; expected "assistant" (only assistant turns are trained on)`));
    }
}
/**
 * mistral-common _validate_message_order, with system messages taken out: since 1.11.1 (PR #218)
 * a user message may follow a tool answer, so a tool answer right after a user is all it rejects.
 */
function mayFollow(prev, role) {
    return !(prev === 'user' && role === 'tool');
}
function orderMessage(prev, role) {
    return `is a ${role} message right after a ${prev} message; expected an assistant or user message`;
}
/** pydantic's lax float, as mistral-common's `weight: float | None` reads a value; null if it cannot. */
function laxFloat(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) {
        return Number(value);
    }
    return null;
}
function checkWeight(w, i, ctx, out) {
    if (w === undefined || w === null)
        return;
    const weight = laxFloat(w);
    if (weight !== 0 && weight !== 1) {
        out.push(error(ctx.lineNo, 'instruct/weight-value', `messages[${i}].weight ${show(w)} must be 0 or 1`));
        return;
    }
    if (weight === 0)
        ctx.stats.assistantWeightZero++;
    if (typeof w !== 'number') {
        out.push(warning(ctx.lineNo, 'instruct/weight-coerced', `messages[${i}].weight ${show(w)} is ${kind(w)}; mistral-common's pydantic model reads it as ${weight}, but write the number ${weight}`));
    }
}
/** -1: no content (missing or null), 0: empty string or list, 1: content (or not checkable). */
function checkContent(content, role, i, ctx, out) {
    if (content === undefined || content === null)
        return -1;
    if (typeof content === 'string') {
        if (content.length === 0)
            return 0;
        addText(ctx.stats, content);
        return 1;
    }
    const line = ctx.lineNo;
    if (!Array.isArray(content)) {
        out.push(error(line, 'instruct/content-type', `messages[${i}].content must be a string or a list of text/image_url chunks, got ${kind(content)}`));
        return 1;
    }
    if (role === 'system') {
        out.push(error(line, 'instruct/system-chunks', `messages[${i}].content is a list of chunks in a system message; mistral-finetune makes it the system prompt, which must be a string`));
    }
    else if (role !== 'user') {
        out.push(warning(line, 'instruct/chunks-role', `messages[${i}].content is a list of chunks in a ${role} message; mistral-finetune accepts chunk lists only in user messages, use a string`));
    }
    for (let j = 0; j < content.length; j++) {
        checkChunk(content[j], role, `messages[${i}].content[${j}]`, ctx, out);
    }
    return content.length > 0 ? 1 : 0;
}
/** Keys each chunk model of mistral-common allows (its models forbid any other). */
const CHUNK_KEYS = {
    text: ['type', 'text'],
    image_url: ['type', 'image_url'],
    image: ['type', 'image'],
    url: ['url', 'detail']
};
function checkChunk(chunk, role, at, ctx, out) {
    const line = ctx.lineNo;
    const chunkError = (message) => {
        out.push(error(line, 'instruct/content-chunk', message));
    };
    if (!isRecord(chunk)) {
        chunkError(`${at} must be {"type": "text", "text": …} or {"type": "image_url", "image_url": …}, got ${kind(chunk)}`);
        return;
    }
    if (chunk.type !== 'text' && chunk.type !== 'image_url' && chunk.type !== 'image') {
        chunkError(`${at}.type ${show(chunk.type)} must be "text" or "image_url"`);
        return;
    }
    const extra = Object.keys(chunk).filter(key => !CHUNK_KEYS[chunk.type].includes(key));
    if (extra.length > 0) {
        chunkError(`${at} has ${extra.map(key => show(key)).join(', ')}; a ${chunk.type} chunk has only ${CHUNK_KEYS[chunk.type].join(' and ')}`);
    }
    if (chunk.type === 'text') {
        if (typeof chunk.text === 'string')
            addText(ctx.stats, chunk.text);
        else
            chunkError(`${at}.text must be a string, got ${kind(chunk.text)}`);
        return;
    }
    if (role !== 'user') {
        out.push(error(line, 'instruct/image-role', `${at} is an image in a ${role} message; mistral-common takes images only in user messages`));
    }
    if (chunk.type === 'image') {
        checkImageChunk(chunk.image, at, ctx, out);
        return;
    }
    const image = chunk.image_url;
    let url = image;
    if (isRecord(image)) {
        url = image.url;
        const extraKeys = Object.keys(image).filter(key => !CHUNK_KEYS.url.includes(key));
        if (extraKeys.length > 0) {
            chunkError(`${at}.image_url has ${extraKeys.map(key => show(key)).join(', ')}; it has only url and detail`);
        }
        if (image.detail !== undefined && image.detail !== null && typeof image.detail !== 'string') {
            chunkError(`${at}.image_url.detail must be a string, got ${kind(image.detail)}`);
        }
    }
    if (typeof url !== 'string') {
        chunkError(`${at}.image_url must be a URL string or {"url": string}, got ${kind(image)}`);
        return;
    }
    pushImageProblem(imageUrlProblem(url, `${at}.image_url`), line, out);
}
/** An image mistral-common cannot load, as an `instruct/image-url` problem; true if there was one. */
function pushImageProblem(problem, line, out) {
    if (problem === null)
        return false;
    out.push({ line, rule: 'instruct/image-url', message: problem.message, severity: problem.severity });
    return true;
}
/** The role of the first message after `i` that mistral-finetune does not move to the system prompt. */
function nextNonSystemRole(messages, i) {
    for (let j = i + 1; j < messages.length; j++) {
        const m = messages[j];
        if (!isRecord(m) || m.role !== 'system')
            return isRecord(m) ? m.role : undefined;
    }
    return undefined;
}
/** mistral-common's own image chunk: read, but not in Mistral's docs, which show image_url. */
function checkImageChunk(image, at, ctx, out) {
    const line = ctx.lineNo;
    if (typeof image !== 'string') {
        out.push(error(line, 'instruct/content-chunk', `${at}.image must be the image in base64, got ${kind(image)}`));
        return;
    }
    if (pushImageProblem(imageDataProblem(image, `${at}.image`), line, out))
        return;
    out.push(warning(line, 'instruct/image-chunk', `${at} is an {"type": "image"} chunk, which mistral-common reads but Mistral's docs do not describe; prefer {"type": "image_url", "image_url": "data:image/<format>;base64,…"}`));
}
/** Returns the number of calls (0 for an empty list, -1 when tool_calls is not a list). */
function checkToolCalls(calls, i, defined, walk, ctx, out) {
    const line = ctx.lineNo;
    const stats = ctx.stats;
    if (!Array.isArray(calls)) {
        out.push(error(line, 'tool/calls-type', `messages[${i}].tool_calls must be an array of tool calls, got ${kind(calls)}`));
        return -1;
    }
    for (let j = 0; j < calls.length; j++) {
        const call = calls[j];
        const at = `messages[${i}].tool_calls[${j}]`;
        stats.toolCalls++;
        if (!isRecord(call)) {
            out.push(error(line, 'tool/call-function', `${at} must be an object {"id", "type": "function", "function": {name, arguments}}, got ${kind(call)}`));
            continue;
        }
        const id = call.id;
        if (id === undefined) {
            out.push(error(line, 'tool/call-id', `${at} has no "id"; expected 9 letters or digits`));
        }
        else if (typeof id !== 'string' || !TOOL_CALL_ID.test(id)) {
            out.push(error(line, 'tool/call-id', `${at}.id ${show(id)} must be 9 letters or digits`));
        }
        else {
            walk.callIds ??= new Set();
            if (walk.callIds.has(id)) {
                out.push(warning(line, 'tool/duplicate-call-id', `${at}.id "${id}" is already used by an earlier tool call in this conversation`));
            }
            walk.callIds.add(id);
        }
        typeWarning(call.type, at, 'tool/call-type', ctx, out);
        const fn = call.function;
        if (!isRecord(fn)) {
            out.push(error(line, 'tool/call-function', `${at}.function must be an object {name, arguments}, got ${kind(fn)}`));
            continue;
        }
        const name = fn.name;
        if (typeof name !== 'string') {
            out.push(error(line, 'tool/function-name', name === undefined
                ? `${at}.function has no "name"`
                : `${at}.function.name must be a string, got ${kind(name)}`));
        }
        else if (!FUNCTION_NAME.test(name)) {
            out.push(error(line, 'tool/function-name', `${at}.function.name ${show(name)} ${NAME_RULE}`));
        }
        else if (defined === null) {
            out.push(error(line, 'tool/undefined-function', `${at} calls "${name}", but the sample has no top-level "tools" list; define every tool it uses`));
        }
        else if (!defined.has(name)) {
            out.push(error(line, 'tool/undefined-function', `${at} calls "${name}", which is not defined in the top-level "tools" list`));
        }
        const args = fn.arguments;
        if (typeof args !== 'string') {
            out.push(error(line, 'tool/arguments-type', args === undefined
                ? `${at}.function has no "arguments"; expected a string holding JSON, e.g. "{}"`
                : `${at}.function.arguments must be a string holding JSON, got ${kind(args)}; encode it with JSON.stringify`));
        }
        else {
            addText(stats, args);
            if (depthExceeded(args) !== -1) {
                out.push(error(line, 'tool/arguments-json', `${at}.function.arguments ${show(args)} nests more than ${MAX_JSON_DEPTH} levels deep, past what Python's json reads; expected a JSON-encoded object`));
            }
            else {
                try {
                    JSON.parse(args);
                }
                catch {
                    out.push(error(line, 'tool/arguments-json', `${at}.function.arguments ${show(args)} is not valid JSON; expected a JSON-encoded object`));
                }
            }
        }
    }
    return calls.length;
}
function checkToolAnswer(m, i, walk, ctx, out) {
    const line = ctx.lineNo;
    const id = m.tool_call_id;
    if (id === undefined || id === null) {
        out.push(error(line, 'tool/missing-call-id', `messages[${i}] is a tool message without "tool_call_id"; expected the id of the call it answers`));
    }
    else if (typeof id !== 'string' || !TOOL_CALL_ID.test(id)) {
        out.push(error(line, 'tool/call-id', `messages[${i}].tool_call_id ${show(id)} must be 9 letters or digits`));
    }
    else if (walk.callIds === null || !walk.callIds.has(id)) {
        out.push(error(line, 'tool/unknown-call-id', `messages[${i}].tool_call_id "${id}" answers no earlier tool call; expected the id of a call made by a previous assistant message`));
    }
    const name = m.name;
    if (name !== undefined &&
        name !== null &&
        (typeof name !== 'string' || !FUNCTION_NAME.test(name))) {
        out.push(error(line, 'tool/function-name', `messages[${i}].name ${show(name)} ${NAME_RULE}`));
    }
}
/** mistral-finetune never reads a tool's or a call's `type`: only "function" means anything. */
function typeWarning(type, at, rule, ctx, out) {
    if (type === undefined || type === null || type === 'function')
        return;
    out.push(warning(ctx.lineNo, rule, `${at}.type ${show(type)} should be "function"; mistral-finetune ignores "type" and reads it as a function`));
}

;// CONCATENATED MODULE: ./src/validate/rules/classifier.ts
// Classifier samples for purpose fine-tune: text or a chat, plus labels per target.
// Source: Mistral docs, classifier_factory dataset format (single and multi target).




function checkClassifier(record, ctx) {
    const out = [];
    const line = ctx.lineNo;
    const text = record.text;
    const messages = record.messages;
    if (text !== undefined && messages !== undefined) {
        out.push(error(line, 'classifier/text-and-messages', 'sample has both "text" and "messages"; expected one of them'));
    }
    else if (text !== undefined) {
        if (typeof text !== 'string') {
            out.push(error(line, 'classifier/text-type', `"text" must be a string, got ${kind(text)}`));
        }
        else {
            addText(ctx.stats, text);
        }
    }
    else if (messages !== undefined) {
        if (!Array.isArray(messages) || messages.length === 0) {
            out.push(error(line, 'classifier/messages-type', `"messages" must be a non-empty array of messages, got ${Array.isArray(messages) ? 'an empty array' : kind(messages)}`));
        }
        else {
            checkConversation(messages, 'classifier', null, ctx, out);
        }
    }
    else {
        out.push(error(line, 'classifier/missing-input', 'sample has "labels" but neither "text" nor "messages"; expected one of them'));
    }
    checkLabels(record.labels, ctx, out);
    return out;
}
function checkLabels(labels, ctx, out) {
    const line = ctx.lineNo;
    if (!isRecord(labels)) {
        out.push(error(line, 'classifier/labels-type', `"labels" must be an object of target name to label (a string or a list of strings), got ${kind(labels)}`));
        return;
    }
    let targets = 0;
    for (const target in labels) {
        targets++;
        const value = labels[target];
        if (typeof value === 'string')
            continue;
        if (Array.isArray(value) && value.every(v => typeof v === 'string'))
            continue;
        out.push(error(line, 'classifier/label-value', `labels[${show(target)}] ${show(value)} must be a string or a list of strings`));
    }
    if (targets === 0) {
        out.push(error(line, 'classifier/labels-type', '"labels" is empty; expected at least one target'));
    }
}

;// CONCATENATED MODULE: ./src/validate/rules/pretrain.ts


function checkPretrain(record, ctx) {
    const out = [];
    const line = ctx.lineNo;
    const hasText = record.text !== undefined;
    const hasContent = record.content !== undefined;
    if (hasText && hasContent) {
        out.push(error(line, 'pretrain/text-and-content', 'sample has both "text" and "content"; expected only one of them'));
        return out;
    }
    const key = hasText ? 'text' : 'content';
    const value = record[key];
    if (typeof value !== 'string') {
        out.push(error(line, 'pretrain/text-type', `"${key}" must be a string, got ${kind(value)}`));
    }
    else if (value.length === 0) {
        out.push(warning(line, 'pretrain/empty-text', `"${key}" is empty; the sample adds nothing`));
    }
    else {
        addText(ctx.stats, value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/sample.ts





/** The line's type (null: none recognised) and its problems by that type's rules. */
function checkSample(purpose, record, ctx) {
    if (purpose === 'batch')
        return { type: 'batch', problems: checkBatch(record, ctx) };
    const type = sampleTypeOf(record);
    switch (type) {
        case 'instruct':
            return { type, problems: checkInstruct(record, ctx) };
        case 'pretrain':
            return { type, problems: checkPretrain(record, ctx) };
        case 'classifier':
            return { type, problems: checkClassifier(record, ctx) };
        default:
            return { type, problems: [unknownType(record, ctx.lineNo)] };
    }
}
/** The sample type a fine-tune line holds, by its keys; null when none matches. */
function sampleTypeOf(record) {
    if (record.labels !== undefined)
        return 'classifier';
    if (record.messages !== undefined || record.interactions !== undefined)
        return 'instruct';
    if (record.text !== undefined || record.content !== undefined)
        return 'pretrain';
    return null;
}
function unknownType(record, lineNo) {
    if (record.prompt !== undefined && record.completion !== undefined) {
        return error(lineNo, 'file/prompt-completion', 'line is an OpenAI legacy {"prompt", "completion"} pair; Mistral needs {"messages": [{"role": "user", "content": <prompt>}, {"role": "assistant", "content": <completion>}]}: convert each line to that');
    }
    const keys = Object.keys(record);
    const shown = keys.length === 0 ? 'none' : keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
    const hint = record.custom_id !== undefined || record.body !== undefined
        ? '; it looks like a batch request: upload it with purpose batch'
        : '';
    return error(lineNo, 'file/unknown-sample-type', `line has none of "messages", "text", "content" or "labels" (keys: ${shown}); expected an instruct, pretrain or classifier sample${hint}`);
}

;// CONCATENATED MODULE: ./src/validate/validator.ts
// Per-file state of a JSONL validation: one JSON.parse per line, dispatch by sample type,
// problems capped, counts and stats uncapped.







const DEFAULT_MAX_PROBLEMS = 1000;
/** Lines that decide whether a file is JSON Lines at all: see `notJsonl`. */
const SNIFF_LINES = 5;
class validator_DatasetValidator {
    purpose;
    stats = createStats();
    /** The file's sample type, from its first recognised line. */
    sampleType = null;
    errorCount = 0;
    warningCount = 0;
    maxProblems;
    maxLineBytes;
    problems = [];
    ctx;
    typeLine = 0;
    nonBlankLines = 0;
    firstBlankLine = 0;
    firstCrlfLine = 0;
    bom = false;
    /** Lines added by splitting at lone CRs, which shift every later line number. */
    extraLines = 0;
    loneCrs = 0;
    firstLoneCrLine = 0;
    /** The failures of the first lines, until a line gives an object (null: judged). */
    held = [];
    /** The first lines were none of them JSON objects: per-line failures are counted, not listed. */
    notJsonl = null;
    parseFailures = 0;
    onError; // sees each error as found (stream-check.ts)
    constructor(purpose, options = {}) {
        if (purpose !== 'fine-tune' && purpose !== 'batch') {
            throw new Error(`Unknown purpose ${JSON.stringify(purpose)}; expected fine-tune or batch`);
        }
        this.purpose = purpose;
        this.maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
        this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
        this.ctx = createBatchContext({ lineNo: 0, stats: this.stats });
    }
    /** Take one line from the line reader. */
    line(line) {
        const lineNo = line.lineNo + this.extraLines;
        if (line.crlf) {
            this.stats.crlfLines++;
            if (this.firstCrlfLine === 0)
                this.firstCrlfLine = lineNo;
        }
        if (line.bom)
            this.bom = true;
        if (line.error === undefined) {
            // mistral-finetune reads with Python's universal newlines, where a lone CR ends a line too.
            if (this.purpose === 'fine-tune' && line.text.includes('\r'))
                this.splitAtCr(line, lineNo);
            else
                this.validateLine(line.text, lineNo);
            return;
        }
        this.stats.lines++;
        this.failedParse(line.error === 'too-long'
            ? error(lineNo, 'file/line-too-long', `line is ${line.bytes} bytes; expected at most ${this.maxLineBytes} bytes per line (one JSON object per line)`)
            : error(lineNo, 'file/invalid-utf8', 'line is not valid UTF-8; expected the file to be saved as UTF-8'), '', line.error === 'invalid-utf8');
    }
    splitAtCr(line, lineNo) {
        const parts = line.text.split('\r');
        // A CR that ends the file's last line (no LF after it) ends that line: nothing follows it.
        if (!line.crlf && parts[parts.length - 1] === '')
            parts.pop();
        this.loneCrs += parts.length - 1;
        if (this.firstLoneCrLine === 0 && parts.length > 1)
            this.firstLoneCrLine = lineNo;
        this.extraLines += parts.length - 1;
        for (let k = 0; k < parts.length; k++)
            this.validateLine(parts[k], lineNo + k);
    }
    /** Validate one decoded line (no newline); returns its problems, uncapped. */
    validateLine(text, lineNo) {
        this.stats.lines++;
        return this.record(text, lineNo);
    }
    record(text, lineNo) {
        let value;
        if (text.length === 0)
            return this.blank(lineNo);
        // Before JSON.parse, which would hold every open level of a line of `[` by the megabyte.
        const tooDeep = depthExceeded(text);
        if (tooDeep !== -1) {
            return this.finishLine([
                error(lineNo, 'file/too-deep', `line nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (level ${MAX_JSON_DEPTH + 1} opens at column ${tooDeep + 1}); mistral-finetune reads lines with Python's json.loads, which gives up near ${MAX_JSON_DEPTH} levels`)
            ]);
        }
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            if (text.trim().length === 0)
                return this.blank(lineNo);
            return this.failedParse(error(lineNo, 'file/invalid-json', `line is not valid JSON (${cut(e.message)}); expected one JSON object per line`), text);
        }
        if (!isRecord(value)) {
            return this.failedParse(error(lineNo, 'file/not-object', `line is ${kind(value)}; expected one JSON object per line`), text);
        }
        if (this.held !== null)
            this.judge(false);
        this.ctx.lineNo = lineNo;
        const { type, problems } = checkSample(this.purpose, value, this.ctx);
        if (type === null)
            return this.finishLine(problems);
        this.stats.samplesByType[type]++;
        if (this.sampleType === null) {
            this.sampleType = type;
            this.typeLine = lineNo;
        }
        else if (type !== this.sampleType) {
            problems.unshift(error(lineNo, 'file/mixed-types', `line is a ${type} sample but the file starts with ${this.sampleType} samples (line ${this.typeLine}); expected one sample type per file`));
        }
        return this.finishLine(problems);
    }
    /**
     * A line that gave no JSON object. While the first lines are judged its problem is held; once
     * the file is judged not JSON Lines at all, it is counted but not listed (one file-level
     * problem says what the file is instead).
     */
    failedParse(problem, text, binary = false) {
        this.parseFailures++;
        this.nonBlankLines++;
        this.stats.invalidSamples++;
        if (this.held === null) {
            if (this.notJsonl === null)
                this.add(problem);
            else
                this.errorCount++;
        }
        else {
            this.held.push({ problem, text, binary });
            // A first line of "[" or "{" opens one JSON document: its elements may parse line by line.
            const opens = this.held.length === 1 && JSON_DOCUMENT_START.test(text);
            if (opens || this.held.length === SNIFF_LINES)
                this.judge(true);
        }
        return [problem];
    }
    judge(notJsonl) {
        const held = this.held ?? [];
        this.held = null;
        if (notJsonl) {
            this.notJsonl = held;
            this.errorCount += held.length;
            if (held.length > 0)
                this.onError?.(held[0].problem);
        }
        else {
            for (const failure of held)
                this.add(failure.problem);
        }
    }
    blank(lineNo) {
        this.stats.blankLines++;
        if (this.firstBlankLine === 0)
            this.firstBlankLine = lineNo;
        return [];
    }
    finishLine(problems) {
        this.nonBlankLines++;
        let errors = 0;
        for (const p of problems) {
            if (p.severity === 'error')
                errors++;
            this.add(p);
        }
        if (errors > 0)
            this.stats.invalidSamples++;
        return problems;
    }
    add(problem) {
        if (problem.severity === 'error')
            this.errorCount++;
        else
            this.warningCount++;
        if (problem.severity === 'error')
            this.onError?.(problem);
        if (this.problems.length < this.maxProblems)
            this.problems.push(problem);
    }
    /** File-level checks, then the result. `fileBytes` is the size of the whole file. */
    finish(fileBytes) {
        // A file of one bad line gets that line's own message; two or more, and nothing else, are a file.
        if (this.held !== null)
            this.judge(this.held.length >= 2);
        const stats = finishStats(this.stats, fileBytes);
        const extra = [];
        if (fileBytes === 0) {
            extra.push(error(null, 'file/empty', 'file is empty; expected at least one JSON line'));
        }
        else if (this.nonBlankLines === 0) {
            extra.push(error(null, 'file/empty', `file has only blank lines (${stats.blankLines}); expected at least one JSON line`));
        }
        extra.push(...sizeProblems(fileBytes));
        extra.push(...lineEndProblems(this.purpose, {
            bom: this.bom,
            crlfLines: stats.crlfLines,
            firstCrlfLine: this.firstCrlfLine,
            loneCrs: this.loneCrs,
            firstLoneCrLine: this.firstLoneCrLine,
            blankLines: stats.blankLines,
            firstBlankLine: this.firstBlankLine
        }));
        for (const p of extra) {
            if (p.severity === 'error')
                this.errorCount++;
            else
                this.warningCount++;
        }
        // Not counted itself: it stands for the failed lines, which are.
        if (this.notJsonl !== null) {
            extra.push(notJsonlProblem(this.notJsonl, this.parseFailures, stats.lines));
        }
        const problems = sortProblems([...extra, ...this.problems]).slice(0, this.maxProblems);
        return {
            valid: this.errorCount === 0,
            problems,
            errorCount: this.errorCount,
            warningCount: this.warningCount,
            stats,
            sampleType: this.sampleType
        };
    }
}
function cut(text, max = 120) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/validate/index.ts
// Dataset validator: checks a file for the Mistral Files API before it is uploaded.
// Pure library code (no @actions imports); rules are listed in docs/validation-rules.md.











/**
 * Validate a dataset file for `purpose` in one streaming pass (memory stays flat).
 * Throws only when the file cannot be read; every problem with the data is in the result.
 */
async function validateFile(path, purpose, options = {}) {
    const info = await (0,promises_namespaceObject.stat)(path);
    if (!info.isFile())
        throw new Error(`${path} is not a file`);
    if (purpose === 'ocr')
        return validateOcrFile(path, info.size, options);
    const validator = new validator_DatasetValidator(purpose, options);
    await forEachLine(path, line => validator.line(line), options);
    return validator.finish(info.size);
}
/** Validate JSONL held in memory (tests, small inputs); same rules as validateFile. */
function validateBuffer(data, purpose, options = {}) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const validator = new DatasetValidator(purpose, options);
    const splitter = new LineSplitter({ maxLineBytes: options.maxLineBytes });
    const sink = validator.line.bind(validator);
    splitter.push(bytes, sink);
    splitter.end(sink);
    return validator.finish(bytes.byteLength);
}
async function validateOcrFile(path, size, options) {
    const head = Buffer.alloc(Math.min(size, OCR_HEAD_BYTES));
    if (head.length > 0) {
        const file = await (0,promises_namespaceObject.open)(path, 'r');
        try {
            await file.read(head, 0, head.length, 0);
        }
        finally {
            await file.close();
        }
    }
    const problems = size === 0 ? [error(null, 'file/empty', 'file is empty; expected a document')] : [];
    problems.push(...sizeProblems(size));
    const check = checkOcrDocument({ name: (0,external_node_path_namespaceObject.basename)(path), size, head });
    problems.push(...check.problems);
    const errorCount = problems.filter(p => p.severity === 'error').length;
    const result = {
        valid: errorCount === 0,
        problems: sortProblems(problems).slice(0, options.maxProblems ?? Infinity),
        errorCount,
        warningCount: problems.length - errorCount,
        stats: finishStats(createStats(), size),
        sampleType: null
    };
    if (check.skipped !== undefined)
        result.skipped = check.skipped;
    return result;
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
const SCRIPTS = ['./validate-worker/index.js', '../validate-worker/index.js'];
/** The bundled worker (dist/validate-worker/index.js) beside the running bundle. */
function defaultWorkerScript() {
    const urls = SCRIPTS.map(script => new URL(script, import.meta.url));
    const found = urls.find(url => (0,external_node_fs_namespaceObject.existsSync)(url));
    if (found === undefined) {
        throw new Error(`The validator's worker script ${(0,external_node_url_namespaceObject.fileURLToPath)(urls[0])} is missing; build it with npm run build`);
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
    const worker = new external_node_worker_threads_namespaceObject.Worker(script, { workerData: job });
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

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/validate/validator-state.ts
// A DatasetValidator's per-file state as data: how the parallel check starts a range mid-file and
// adds the ranges' states up. The validator keeps these fields private; they are read here by
// name, so FIELDS must class every one of them. hasKnownFields() is checked before each parallel
// run (and by a test): a validator with a field not classed here is checked on one thread.


/** How each own field of a DatasetValidator combines over the ranges of a file, in file order. */
const FIELDS = {
    // The same in every range.
    purpose: 'setting',
    maxProblems: 'setting',
    maxLineBytes: 'setting',
    ctx: 'setting',
    onError: 'setting',
    // Counts, which no line check reads: added up (stats field by field).
    stats: 'sum',
    errorCount: 'sum',
    warningCount: 'sum',
    nonBlankLines: 'sum',
    loneCrs: 'sum',
    parseFailures: 'sum',
    // The line of a first occurrence, 0 while there is none: the first range's that has one.
    firstBlankLine: 'first',
    firstCrlfLine: 'first',
    firstLoneCrLine: 'first',
    // Problems in line order, capped at maxProblems.
    problems: 'list',
    bom: 'any',
    // What decides how the next lines are read ("flow"): a range after the first starts from the
    // flow the file's head gave, which is right only if every range before it ended with that
    // same flow; the parallel check compares, and checks the file on one thread when one differs.
    sampleType: 'flow',
    typeLine: 'flow',
    extraLines: 'flow',
    held: 'flow',
    notJsonl: 'flow'
};
/** Own fields of the validator's rule context; custom_ids are checked apart (customIdHashes). */
const CTX_FIELDS = new Set(['lineNo', 'stats', 'customIds']);
function fieldsOf(validator) {
    return validator;
}
/**
 * Every own field of `validator` (and of its rule context) is classed above, and its stats are
 * counts only (numbers, or records of them), which add up.
 */
function hasKnownFields(validator) {
    const ctx = fieldsOf(validator).ctx;
    return (Object.keys(validator).every(key => key in FIELDS) &&
        isRecord(ctx) &&
        Object.keys(ctx).every(key => CTX_FIELDS.has(key)) &&
        onlyCounts(validator.stats));
}
function onlyCounts(value) {
    if (typeof value === 'number')
        return true;
    return isRecord(value) && Object.values(value).every(onlyCounts);
}
function pick(from, keep) {
    const fields = from;
    const out = {};
    for (const [key, merge] of Object.entries(FIELDS))
        if (keep(merge))
            out[key] = fields[key];
    return out;
}
/** The fields that decide how the next line is read, of a validator or of its stateOf(). */
function flowOf(from) {
    return pick(from, merge => merge === 'flow');
}
/** Start `validator` mid-file, as if the lines before had left `flow`. */
function seedFlow(validator, flow) {
    const fields = fieldsOf(validator);
    for (const [key, merge] of Object.entries(FIELDS))
        if (merge === 'flow')
            fields[key] = flow[key];
}
/** Everything a range found (all fields but the settings), as data that can be posted. */
function stateOf(validator) {
    return pick(validator, merge => merge !== 'setting');
}
/**
 * Deep equality of data as postMessage clones it, blind to the realm (thread, or jest's vm) that
 * made it: util.isDeepStrictEqual compares prototypes, and v8.serialize tells a holey array
 * from a packed one.
 */
function sameData(a, b) {
    if (Object.is(a, b))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b))
        return false;
    if (external_node_util_namespaceObject.types.isMap(a) || external_node_util_namespaceObject.types.isSet(a)) {
        const x = [...a.entries()];
        const y = [...b.entries()];
        return sameData(x, y);
    }
    const x = a;
    const y = b;
    const keys = Object.keys(x);
    if (Array.isArray(a) && a.length !== b.length)
        return false;
    if (keys.length !== Object.keys(y).length)
        return false;
    return keys.every(key => Object.hasOwn(y, key) && sameData(x[key], y[key]));
}
/** Add the state of the range that follows all `validator` has seen (absorbed) so far. */
function absorb(validator, state) {
    const fields = fieldsOf(validator);
    for (const [key, merge] of Object.entries(FIELDS)) {
        const value = state[key];
        switch (merge) {
            case 'sum':
                if (typeof value === 'number')
                    fields[key] = fields[key] + value;
                else if (isRecord(value))
                    addCounts(fields[key], value);
                break;
            case 'first':
                if (!fields[key])
                    fields[key] = value;
                break;
            case 'list': {
                const list = fields[key];
                const max = fields.maxProblems;
                for (const item of value) {
                    if (list.length >= max)
                        break;
                    list.push(item);
                }
                break;
            }
            case 'any':
                fields[key] = Boolean(fields[key]) || Boolean(value);
                break;
            case 'flow':
                fields[key] = value;
                break;
            case 'setting':
                break;
        }
    }
}
function addCounts(into, from) {
    for (const [key, value] of Object.entries(from)) {
        if (typeof value === 'number')
            into[key] = (into[key] ?? 0) + value;
        else if (isRecord(value))
            addCounts((into[key] ??= {}), value);
    }
}
/**
 * A 53-bit hash (cyrb53) of each custom_id the validator saw, for the cross-range duplicate
 * check: two ranges that share no hash share no custom_id.
 */
function customIdHashes(validator) {
    const ids = fieldsOf(validator).ctx.customIds;
    const out = new Float64Array(ids.size);
    let i = 0;
    for (const id of ids.keys())
        out[i++] = cyrb53(id);
    return out;
}
/** Some hash occurs twice over all the lists (each list's hashes are of distinct ids). */
function repeatsAHash(lists) {
    const all = new Float64Array(lists.reduce((n, list) => n + list.length, 0));
    let at = 0;
    for (const list of lists) {
        all.set(list, at);
        at += list.length;
    }
    all.sort();
    for (let i = 1; i < all.length; i++)
        if (all[i] === all[i - 1])
            return true;
    return false;
}
function cyrb53(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

;// CONCATENATED MODULE: ./src/validate/parallel.ts
// validateFileParallel: one file checked by several worker threads, one range each, with the
// result of validateFile (deep-equal), or validateFile's own run where that cannot be proved.
//
// Identity. Ranges start at line starts, so no line is split. A worker is told its first line
// number (the LFs before its range, which the workers count first) and starts its validator from
// the "flow" the file's head gives (sample type and its line, line-number shift, the not-JSONL
// verdict: see validator-state.ts), which the main thread reads while the workers start. The
// ranges' counts, firsts and problems then add up to the one-thread state exactly when
//   - every range but the last ended with the flow that the next range started from, and
//   - no custom_id (batch) occurs in two ranges (each worker returns a hash of each of its ids).
// That is the fast path, and the common case; when either fails (say, a later range whose first
// sample type differs from the file's, or a custom_id repeated across ranges, or a hash
// collision), the file is checked again by validateFile on this thread.








/** Least bytes per range by default: below that a worker's start-up costs more than it saves. */
const MIN_RANGE_BYTES = 4 * 1024 * 1024;
/** Bytes of the file's head read for its flow, once a line has been seen. */
const HEAD_BYTES = 1024 * 1024;
/**
 * validateFile on worker threads. A small file, `workers` ≤ 1, purpose ocr or an `onChunk`
 * (which needs the chunks in order on this thread) go to validateFile directly.
 * Rejects with an Error naming the file when a worker fails.
 */
async function validateFileParallel(path, purpose, options = {}) {
    const oneThread = async (run = { ranges: 1 }) => {
        options.onRun?.(run);
        return validateFile(path, purpose, options);
    };
    const info = await (0,promises_namespaceObject.stat)(path);
    const wanted = Math.min(options.workers ?? (0,external_node_os_namespaceObject.availableParallelism)(), Math.floor(info.size / (options.minRangeBytes ?? MIN_RANGE_BYTES)));
    if (purpose === 'ocr' || !info.isFile() || wanted < 2 || options.onChunk !== undefined) {
        return oneThread();
    }
    const validator = new validator_DatasetValidator(purpose, options);
    if (!hasKnownFields(validator))
        return oneThread();
    const ranges = await planRanges(path, info.size, wanted);
    if (ranges.length < 2)
        return oneThread();
    const workerOptions = {
        maxProblems: options.maxProblems,
        maxLineBytes: options.maxLineBytes
    };
    const head = headFlow(path, purpose, workerOptions, ranges[0]);
    const script = options.workerScript ?? defaultWorkerScript();
    // Together: when a worker fails first, the head's own failure (say, the file went) is handled.
    const [reports, flow] = await Promise.all([
        runRanges(script, { path, purpose, options: workerOptions }, ranges, head),
        head
    ]);
    const joined = joinRanges(validator, reports, flow);
    if (joined !== 'joined')
        return oneThread({ ranges: ranges.length, rerun: joined });
    options.onRun?.({ ranges: ranges.length });
    return validator.finish(info.size);
}
/**
 * Add the ranges' states, in file order, into `validator` (fresh), when they make the one-thread
 * state: every range but the last ended with `flow`, the one the ranges after it started from,
 * and no custom_id is in two ranges. Otherwise it says which failed and `validator` is untouched.
 */
function joinRanges(validator, ranges, flow) {
    if (!ranges.slice(0, -1).every(r => sameData(flowOf(r.state), flow)))
        return 'flow';
    if (repeatsAHash(ranges.map(r => r.ids ?? new Float64Array(0))))
        return 'custom-id';
    for (const range of ranges)
        absorb(validator, range.state);
    return 'joined';
}
/**
 * The flow after the first lines of the file: what a later range most likely starts with. Read
 * until a line gave the sample type, or a line was seen and HEAD_BYTES are read, or range 0 ends.
 */
async function headFlow(path, purpose, options, range) {
    const validator = new validator_DatasetValidator(purpose, options);
    const splitter = new lines_LineSplitter({ maxLineBytes: options.maxLineBytes });
    const sink = validator.line.bind(validator);
    let read = 0;
    await readRange(path, range, chunk => {
        splitter.push(chunk, sink);
        read += chunk.length;
        if (validator.sampleType !== null)
            return false;
        return !(read >= HEAD_BYTES && validator.stats.lines > 0);
    });
    return flowOf(validator);
}
/**
 * One worker per range. Each but the last counts its range's lines first; range i is started
 * once the counts of the ranges before it and the head's flow are known.
 */
function runRanges(script, job, ranges, head) {
    return new Promise((resolve, reject) => {
        const last = ranges.length - 1;
        const lines = [];
        const reports = [];
        let flow;
        let started = 0;
        let left = ranges.length;
        const fail = (error) => {
            for (const worker of workers)
                void worker.terminate();
            reject(error);
        };
        const workers = ranges.map((range, i) => {
            const worker = startWorker(script, { kind: 'range', ...job, range, count: i < last ? range : null }, () => reports[i] !== undefined, fail);
            worker.on('message', (report) => {
                if (report.type === 'lines') {
                    lines[i] = report.lines;
                    startReady();
                }
                else if (report.type === 'state') {
                    reports[i] = report;
                    if (--left === 0)
                        resolve(reports);
                }
            });
            return worker;
        });
        const startReady = () => {
            let firstLineNo = 1;
            for (let i = 0; i <= last; i++) {
                if (i > 0) {
                    if (flow === undefined || lines[i - 1] === undefined)
                        return;
                    firstLineNo += lines[i - 1];
                }
                if (i === started) {
                    const start = { firstLineNo, flow: i === 0 ? null : (flow ?? null) };
                    workers[i].postMessage(start);
                    started++;
                }
            }
        };
        const whenHeadRead = async () => {
            try {
                flow = await head;
            }
            catch (error) {
                fail(error);
                return;
            }
            startReady();
        };
        startReady();
        void whenHeadRead();
    });
}

;// CONCATENATED MODULE: ./src/check.ts






/**
 * Validates every file (one streaming pass each, hashing in the same pass when the remote name
 * needs the hash), telling `onChecked` about each as it is done.
 */
async function checkFiles(settings, files, onChecked) {
    const needsHash = namesContent(settings.remoteName) && !settings.dryRun;
    const checked = [];
    for (const file of files) {
        if (!settings.validate && !settings.dryRun) {
            checked.push({ ...file, sha256: needsHash ? await sha256File(file.path) : undefined });
            continue;
        }
        const result = await validate(settings, file, needsHash);
        onChecked?.(file, result.validation);
        checked.push(result);
    }
    return checked;
}
/**
 * The check runs in the same pass as the upload unless the upload needs its result first: a
 * dry run, a content-hashed remote name (the hash is taken in the check's pass, before any
 * request), or an OCR document (checked from its first bytes only).
 */
function checksWhileSending(settings) {
    return (settings.validate &&
        !settings.dryRun &&
        settings.purpose !== 'ocr' &&
        !namesContent(settings.remoteName));
}
/** Throws when any file broke the rules: then nothing is uploaded. */
function assertAllValid(checked) {
    const invalid = checked.filter(file => file.validation?.valid === false);
    if (invalid.length === 0)
        return;
    const errors = invalid.reduce((sum, file) => sum + (file.validation?.errorCount ?? 0), 0);
    const names = invalid.map(file => file.displayPath).join(', ');
    throw new InvalidDatasetError(`${names} ${invalid.length === 1 ? 'breaks' : 'break'} the dataset rules (${units_count(errors, 'error')}), so nothing was uploaded. The problems are annotated on the file and listed in the job summary.`);
}
async function validate(settings, file, needsHash) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let hashed = 0;
    // On every core, unless the hash is taken in the same pass (which reads the chunks in order).
    const validation = await validateFileParallel(file.path, settings.purpose, {
        onChunk: needsHash
            ? chunk => {
                hash.update(chunk);
                hashed += chunk.length;
            }
            : undefined
    });
    if (!needsHash)
        return { ...file, validation };
    // The OCR check reads only the head of a document: hash the whole file then.
    const sha256 = hashed === file.size ? hash.digest('hex') : await sha256File(file.path);
    return { ...file, sha256, validation };
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
class APIError extends MistralError {
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
            (status >= 500 ? InternalServerError : status < 400 ? RedirectError : APIError);
        return new ErrorClass(status, reason, body, headers, lineErrors);
    }
}
/**
 * A 3xx. A redirect is never followed: it could carry the key to another host. The answer
 * names where the server points, so the user can set `server-url` to it if they trust it.
 */
class RedirectError extends APIError {
    get location() {
        const value = this.headers.location;
        return Array.isArray(value) ? value[0] : value;
    }
}
class BadRequestError extends APIError {
}
class AuthenticationError extends APIError {
}
class PermissionDeniedError extends APIError {
}
class NotFoundError extends APIError {
}
class ConflictError extends APIError {
}
class GoneError extends APIError {
}
class PayloadTooLargeError extends APIError {
}
class UnprocessableEntityError extends APIError {
}
class RateLimitError extends APIError {
}
class InternalServerError extends APIError {
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
class APIConnectionError extends MistralError {
    code = 'MISTRAL_ERR_CONNECTION';
    name = 'APIConnectionError';
}
/** The server's TLS certificate did not verify: every attempt would meet the same certificate. */
class CertificateError extends APIConnectionError {
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
class UploadWithheldError extends LocalFileError {
    code = 'MISTRAL_ERR_UPLOAD_WITHHELD';
    name = 'UploadWithheldError';
}
/** No complete response arrived in time. */
class APITimeoutError extends APIConnectionError {
    code = 'MISTRAL_ERR_TIMEOUT';
    name = 'APITimeoutError';
}
/** A 2xx answer that is not what the spec promises (not JSON, truncated, missing `id`, wrong size). */
class InvalidResponseError extends MistralError {
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

;// CONCATENATED MODULE: ./src/promises.ts
// Promise helpers for code that settles a promise from outside it. No @actions/* here: the
// validator's worker bundle includes this file.
/** Promise.withResolvers, which Node 20 lacks. */
function deferred() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}
/**
 * Marks `promise`'s rejection as handled, for a promise that may reject before anyone awaits it
 * (or when no one will): its rejection is read where it is awaited.
 */
async function ignoreRejection(promise) {
    try {
        await promise;
    }
    catch {
        // read where the promise is awaited
    }
}

;// CONCATENATED MODULE: ./src/client/find-file.ts
/**
 * A file on the API with this name and size, created since `since` (ms) when given, and with
 * the same content where the API gives a sha256 `signature`. A file whose size the API does not
 * report is never taken: a duplicate is better than someone else's file.
 */
async function findFile(client, target, timeoutMs) {
    const { data } = await client.list({ search: target.filename, purpose: target.purpose, pageSize: 100 }, timeoutMs);
    const sinceSeconds = Math.floor((target.since ?? 0) / 1000);
    return data.find(file => file.filename === target.filename &&
        file.bytes === target.size &&
        file.created_at >= sinceSeconds &&
        (!isSha256(file.signature) || !target.sha256 || file.signature === target.sha256));
}
function isSha256(value) {
    return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

;// CONCATENATED MODULE: ./src/client/multipart.ts




/**
 * 256 KiB reads: with Node's http they kept pace with curl on loopback and cost half the system
 * time of 1 MiB reads, whose buffer no longer fits the CPU cache the kernel copies through;
 * 64 KiB reads cost more in JavaScript than they save.
 */
const READ_CHUNK_BYTES = 256 * 1024;
/** Content types for the documents OCR takes; anything else goes as octet-stream, as the SDKs send .jsonl. */
const CONTENT_TYPES = {
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.webp': 'image/webp',
    '.gif': 'image/gif',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};
function contentTypeFor(filename) {
    return CONTENT_TYPES[external_node_path_default().extname(filename).toLowerCase()] ?? 'application/octet-stream';
}
/**
 * Escapes a name for a Content-Disposition parameter as browsers and undici's FormData do
 * (WHATWG multipart/form-data): `"`, CR and LF are percent-encoded; other UTF-8 is sent as is.
 */
function escapeDispositionValue(value) {
    return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/**
 * A multipart/form-data body of text fields followed by one file part, streamed from disk.
 * Fields come first so a streaming server knows the purpose before the file arrives.
 */
function createMultipartBody(fields, file, boundary = `----MistralUpload${(0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex')}`) {
    const filename = file.filename ?? external_node_path_default().basename(file.path);
    let preamble = '';
    for (const [name, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        preamble +=
            `--${boundary}\r\n` +
                `Content-Disposition: form-data; name="${escapeDispositionValue(name)}"\r\n\r\n` +
                `${value}\r\n`;
    }
    preamble +=
        `--${boundary}\r\n` +
            `Content-Disposition: form-data; name="file"; filename="${escapeDispositionValue(filename)}"\r\n` +
            `Content-Type: ${file.contentType ?? contentTypeFor(filename)}\r\n\r\n`;
    const head = Buffer.from(preamble, 'utf8');
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
    let sha256;
    async function* open(onChunk, hooks = {}) {
        yield head;
        // Reused buffers keep memory flat: a new Buffer per read leaves tens of MB of garbage before
        // V8's external-memory GC runs. FilesClient asks for the next chunk only once the socket has
        // drained the last one (a 256 KiB write is always over its highWaterMark), so a buffer is
        // free again well before it comes round.
        const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)];
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        const handle = await fromFile(file.path, 'opened', (0,promises_namespaceObject.open)(file.path, 'r'));
        try {
            let sent = 0;
            for (let turn = 0;; turn++) {
                const buffer = buffers[turn % buffers.length];
                const read = handle.read(buffer, 0, buffer.length, sent);
                const { bytesRead } = await fromFile(file.path, 'read', read);
                if (bytesRead === 0)
                    break;
                if (sent + bytesRead > file.size) {
                    // Not one byte past the declared size: the server must get a body it can tell is short.
                    throw new LocalFileError(`${file.path} grew while it was being sent: it had ${file.size} bytes when the upload began`);
                }
                const chunk = buffer.subarray(0, bytesRead);
                await hooks.onFileChunk?.(chunk, sent);
                sent += bytesRead;
                hash.update(chunk);
                yield chunk;
                onChunk?.(sent);
            }
            if (sent !== file.size) {
                throw new LocalFileError(`${file.path} shrank while it was being sent: ${sent} of the ${file.size} bytes it had when the upload began were left`);
            }
        }
        finally {
            await handle.close();
        }
        sha256 = hash.digest('hex');
        await hooks.beforeEnd?.();
        yield tail;
    }
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        contentLength: head.length + file.size + tail.length,
        open,
        get sha256() {
            return sha256;
        }
    };
}
/** A step on the local file; its failure is the file's (LocalFileError), with the system's code. */
async function fromFile(file, doing, step) {
    try {
        return await step;
    }
    catch (error) {
        const code = error.code;
        const why = typeof code === 'string' ? code : String(error);
        throw new LocalFileError(`${file} could not be ${doing}: ${why}`, { cause: error });
    }
}

;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
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
                throw new InvalidResponseError(`the API answered ${status} with a body over ${MAX_BODY_BYTES / 1024 / 1024} MiB, where a file or a page of the file list is a few KiB`, status, text.slice(0, 200));
            }
        }
        catch (error) {
            if (error instanceof InvalidResponseError)
                throw error;
            throw toConnectionError(error, { signal, timeoutMs, silent });
        }
        finally {
            // An answer that came before the whole body was sent (a proxy's 413) ends the exchange.
            if (!request.writableFinished)
                request.destroy();
        }
        if (status >= 300)
            throw APIError.from(status, this.redactHeaders(headers), text);
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
        throw new InvalidResponseError(`the API answered ${status} with a body that is not JSON: ${JSON.stringify(shown)}`, status, text);
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
    await (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_namespaceObject.createWriteStream)(file));
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
        return new CertificateError(message, { cause });
    return new APIConnectionError(message, { cause });
}

;// CONCATENATED MODULE: ./src/client/files-client.ts





/** The Files endpoints of the Mistral API. No @actions imports: usable from any Node program. */
class FilesClient {
    transport;
    constructor(options) {
        this.transport = new Transport(options);
    }
    /** POST /v1/files: streams the file as multipart/form-data with an exact Content-Length. */
    async upload(upload) {
        const body = createMultipartBody({
            purpose: upload.purpose,
            visibility: upload.visibility,
            expiry: upload.expiry === undefined ? undefined : String(upload.expiry)
        }, { path: upload.path, size: upload.size, filename: upload.filename });
        const onChunk = upload.onProgress && ((sent) => upload.onProgress?.(sent, upload.size));
        const { status, text } = await this.transport.send('POST', '/v1/files', {
            headers: { 'content-type': body.contentType, 'content-length': String(body.contentLength) },
            body: body.open(onChunk, upload.hooks),
            timeoutMs: upload.timeoutMs
        });
        const file = parseFileObject(status, text);
        if (file.bytes !== null && file.bytes !== upload.size) {
            throw new InvalidResponseError(`the API stored ${file.bytes} bytes but ${upload.size} were sent`, status, text, false);
        }
        return { file, sha256: body.sha256 ?? '', bytes: file.bytes ?? upload.size };
    }
    /** GET /v1/files, newest first. */
    async list(query = {}, timeoutMs) {
        const params = new URLSearchParams();
        if (query.page !== undefined)
            params.set('page', String(query.page));
        if (query.pageSize !== undefined)
            params.set('page_size', String(query.pageSize));
        if (query.search !== undefined)
            params.set('search', query.search);
        if (query.purpose !== undefined)
            params.set('purpose', query.purpose);
        const { status, text } = await this.transport.send('GET', `/v1/files?${params}`, { timeoutMs });
        const json = parseJson({ status, text });
        if (!isRecord(json) || !Array.isArray(json.data)) {
            throw new InvalidResponseError('the file list has no `data` array', status, text);
        }
        return { ...json, data: json.data.map(item => toFileObject(item, status, text)) };
    }
    /** GET /v1/files/{id}. */
    async retrieve(fileId, timeoutMs) {
        const { status, text } = await this.transport.send('GET', `/v1/files/${encodeURIComponent(fileId)}`, {
            timeoutMs
        });
        return parseFileObject(status, text);
    }
    /**
     * GET /v1/files/{id}/content into a file, streamed: memory stays flat whatever its size. It is
     * written as `<dest>.part` and renamed once whole, so `dest` never holds half a file.
     */
    async download(fileId, dest, timeoutMs) {
        const part = `${dest}.part`;
        try {
            const { bytes } = await this.transport.send('GET', `/v1/files/${encodeURIComponent(fileId)}/content`, { timeoutMs, saveTo: part });
            await (0,promises_namespaceObject.rename)(part, dest);
            return bytes ?? 0;
        }
        finally {
            await (0,promises_namespaceObject.rm)(part, { force: true });
        }
    }
    /** DELETE /v1/files/{id}. */
    async delete(fileId, timeoutMs) {
        await this.transport.send('DELETE', `/v1/files/${encodeURIComponent(fileId)}`, { timeoutMs });
    }
}
function parseFileObject(status, text) {
    return toFileObject(parseJson({ status, text }), status, text);
}
const TEXT_FIELDS = ['object', 'filename', 'purpose', 'sample_type', 'source'];
/**
 * Trust only what the spec requires and we use: a string `id` and a numeric `created_at`. The
 * text fields the report shows are kept only when they are strings.
 */
function toFileObject(json, status, text) {
    if (!isRecord(json))
        throw new InvalidResponseError('the file is not a JSON object', status, text);
    if (typeof json.id !== 'string' || json.id === '') {
        throw new InvalidResponseError('the file has no `id`', status, text);
    }
    if (typeof json.created_at !== 'number') {
        throw new InvalidResponseError(`file ${json.id} has no numeric \`created_at\``, status, text);
    }
    if (json.bytes !== null && json.bytes !== undefined && typeof json.bytes !== 'number') {
        throw new InvalidResponseError(`file ${json.id} has a non-numeric \`bytes\``, status, text);
    }
    const file = { ...json, bytes: json.bytes ?? null };
    for (const field of TEXT_FIELDS)
        if (typeof file[field] !== 'string')
            delete file[field];
    return file;
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
    if (error instanceof APIError) {
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
    if (error instanceof InvalidResponseError)
        return error.retryable;
    if (error instanceof CertificateError)
        return false;
    return error instanceof APIConnectionError;
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
    const asked = error instanceof APIError ? error.retryAfterMs(now) : undefined;
    if (asked !== undefined)
        return Math.min(asked, policy.maxRetryAfterMs);
    return backoffMs(retry, policy, random);
}
function header(error, name) {
    const value = error.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/client/at-most-once.ts

// The one retry loop for requests that are not idempotent (an upload, a job's creation): after
// a failure that may have done the work (a 5xx, a lost or garbled answer) it looks for the result
// over a short window before sending again, so retries leave no second copy.
/**
 * How long a result that a failed attempt may have made is looked for before it is sent again:
 * looks at 0, 1, 3, 7 and 15 s catch a server that stores late or a list that lags behind.
 */
const DEFAULT_LOOK_WINDOW_MS = 15_000;
const FIRST_LOOK_AGAIN_MS = 1000;
/**
 * Sends until it succeeds, a failure is permanent (a 4xx: thrown at once), the attempts run out
 * or the next wait would pass the deadline. `send` and `lookFor` get the time the attempt has.
 */
async function atMostOnce(send, lookFor, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const deadline = now() + options.timeoutMs;
    const timeLeft = () => Math.max(1, Math.min(options.attemptTimeoutMs, deadline - now()));
    /** Looks at 0, 1, 3, 7, 15 s, never past the deadline; a failed look fails the attempt. */
    const lookAWhile = async () => {
        const until = Math.min(now() + (options.lookWindowMs ?? DEFAULT_LOOK_WINDOW_MS), deadline);
        for (let wait = FIRST_LOOK_AGAIN_MS;; wait *= 2) {
            const found = await lookFor(timeLeft());
            if (found !== undefined || now() + wait > until)
                return found;
            await sleep(wait);
        }
    };
    let maybeDone = false;
    for (let attempt = 1;; attempt++) {
        try {
            if (maybeDone) {
                const found = await lookAWhile();
                if (found !== undefined)
                    return { value: found, attempts: attempt, recovered: true };
                maybeDone = false;
            }
            return { value: await send(timeLeft()), attempts: attempt, recovered: false };
        }
        catch (error) {
            maybeDone ||= mayHaveStored(error);
            if (!isRetryable(error) || attempt >= options.maxAttempts)
                throw error;
            const delayMs = retryDelayMs(error, attempt, options.backoff ?? DEFAULT_BACKOFF, now());
            if (now() + delayMs >= deadline)
                throw error;
            options.onRetry?.({ attempt, maxAttempts: options.maxAttempts, error, delayMs });
            await sleep(delayMs);
        }
    }
}

;// CONCATENATED MODULE: ./src/client/upload-with-retry.ts




/** Slowest throughput an attempt is given time for: 512 MB then gets about 9 minutes. */
const MIN_BYTES_PER_SECOND = 1_000_000;
const ATTEMPT_TIMEOUT_FLOOR_MS = 60_000;
/** How far the API's clock may be behind ours when we look for a file this run stored. */
const CLOCK_SKEW_MS = 5 * 60_000;
function defaultAttemptTimeoutMs(size) {
    return ATTEMPT_TIMEOUT_FLOOR_MS + Math.ceil((size / MIN_BYTES_PER_SECOND) * 1000);
}
/**
 * Uploads with retries that leave no duplicate: after a failure that may have stored the file
 * (a 5xx, a lost or garbled answer), the API's file list is checked for a while before sending
 * again, and a file found there is used instead. Permanent failures (4xx) are thrown at once.
 */
async function uploadWithRetry(client, request, options) {
    const target = {
        filename: request.filename ?? external_node_path_default().basename(request.path),
        size: request.size,
        purpose: request.purpose,
        since: (options.now ?? Date.now)() - CLOCK_SKEW_MS
    };
    // Hashed once, on the first look: the same bytes are sent on every attempt.
    let hashing;
    const lookFor = async (timeoutMs) => {
        const sha256 = await (hashing ??= sha256File(request.path));
        const file = await findFile(client, { ...target, sha256 }, timeoutMs);
        return file && { file, sha256, bytes: request.size };
    };
    const { value, attempts, recovered } = await atMostOnce(async (timeoutMs) => client.upload({ ...request, timeoutMs }), lookFor, {
        ...options,
        attemptTimeoutMs: options.attemptTimeoutMs ?? defaultAttemptTimeoutMs(request.size)
    });
    if (recovered)
        options.onRecovered?.(value.file);
    return { ...value, attempts, recovered };
}

;// CONCATENATED MODULE: ./src/send.ts





/** A page of the file list is a few KiB: a minute is ample on any link. */
const LOOKUP_TIMEOUT_MS = 60_000;
/**
 * Uploads every file, a few at a time, each under the retry rules, unless an identical copy is
 * already on Mistral. A failure does not stop the others: every file gets an outcome, in order.
 */
async function sendFiles(settings, files, events = {}, hooksFor) {
    const client = new FilesClient({
        serverUrl: settings.serverUrl,
        apiKey: settings.apiKey,
        userAgent: `${ACTION_NAME}/${ACTION_VERSION} node/${process.versions.node}`
    });
    const outcomes = new Array(files.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < files.length; index = next++) {
            outcomes[index] = await sendOne(client, settings, files[index], events, hooksFor?.(index));
            events.onSettled?.(files[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, files.length) }, worker));
    return outcomes;
}
async function sendOne(client, settings, local, events, hooks) {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    let attempts = 1;
    try {
        const filename = remoteName(settings.remoteName, { ...local, commit: settings.commit });
        if (settings.reuseExisting && namesContent(settings.remoteName)) {
            const existing = await findExisting(client, local, filename, settings, events);
            if (existing) {
                events.onReused?.(local, existing);
                const uploaded = {
                    file: existing,
                    sha256: local.sha256 ?? '',
                    bytes: local.size,
                    reused: true
                };
                return { local, seconds: seconds(), attempts: 0, uploaded };
            }
        }
        events.onStart?.(local, filename);
        const result = await uploadWithRetry(client, {
            path: local.path,
            size: local.size,
            filename,
            purpose: settings.purpose,
            visibility: settings.visibility,
            expiry: settings.expiry,
            onProgress: events.progressFor?.(local),
            hooks
        }, {
            maxAttempts: settings.maxAttempts,
            // One deadline per file: the look for an existing copy spent part of it.
            timeoutMs: Math.max(1, settings.timeoutMs - (performance.now() - started)),
            attemptTimeoutMs: settings.attemptTimeoutMs,
            onRetry: retry => {
                attempts = retry.attempt + 1;
                events.onRetry?.(local, retry);
            },
            onRecovered: file => events.onRecovered?.(local, file)
        });
        const uploaded = { file: result.file, sha256: result.sha256, bytes: result.bytes, reused: false };
        events.onUploaded?.(local, uploaded, seconds());
        return { local, seconds: seconds(), attempts: result.attempts, uploaded };
    }
    catch (error) {
        return { local, seconds: seconds(), attempts, error };
    }
}
/**
 * The copy already on Mistral, if any: same content-hashed name and size, and the same sha256
 * where the API reports a `signature`. The look has the time of one attempt, within the step's
 * deadline. A failed look is no reason to fail the file: it is uploaded instead.
 */
async function findExisting(client, local, filename, settings, events) {
    const timeoutMs = Math.min(settings.attemptTimeoutMs ?? LOOKUP_TIMEOUT_MS, settings.timeoutMs);
    const target = { filename, size: local.size, purpose: settings.purpose, sha256: local.sha256 };
    try {
        return await findFile(client, target, timeoutMs);
    }
    catch (error) {
        events.onLookupFailed?.(local, error);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate/tail-lane.ts






class TailLane {
    /** Where the tail starts: a line start, the end of what the upload's check takes. */
    cut;
    /** The flow of the file's head, which the tail starts from. */
    flow;
    /** The tail's state, once checked; rejects, naming the file, when its worker fails. */
    state;
    /**
     * The tail's first error, as soon as it is found; stays pending when there is none. True of
     * the file only if the lines before the cut end with `flow`.
     */
    firstError;
    worker;
    over = false;
    /**
     * A tail lane for `path`, or undefined when the file has no line start to cut at, or the
     * validator's state cannot be joined (hasKnownFields).
     */
    static async start(job, script) {
        if (!hasKnownFields(new validator_DatasetValidator(job.purpose, job.options)))
            return undefined;
        const [head, tail] = await planRanges(job.path, job.size, 2);
        return tail === undefined ? undefined : new TailLane(job, head, tail, script);
    }
    constructor(job, head, tail, script) {
        this.cut = tail.start;
        this.flow = headFlow(job.path, job.purpose, job.options, head);
        const state = deferred();
        const firstError = deferred();
        this.state = state.promise;
        this.firstError = firstError.promise;
        // Read by whoever joins the lanes, if anyone: a failure before then is no unhandled rejection.
        void ignoreRejection(this.state);
        void ignoreRejection(this.flow);
        // The worker counts the head's lines (the tail's first line number), then checks the tail.
        const { path, purpose, options } = job; // not a spread: the caller's job is a stream job
        const range = { kind: 'range', path, purpose, options, range: tail, count: head };
        this.worker = startWorker(script, range, () => this.over, state.reject);
        const begin = async (lines) => {
            try {
                const start = { firstLineNo: lines + 1, flow: await this.flow };
                this.worker.postMessage(start);
            }
            catch (error) {
                state.reject(error); // the head could not be read
                this.close();
            }
        };
        this.worker.on('message', (report) => {
            if (report.type === 'lines')
                void begin(report.lines);
            else if (report.type === 'error')
                firstError.resolve(report.problem);
            else {
                this.over = true;
                state.resolve(report);
            }
        });
    }
    /** Stop the tail's worker (safe at any time). */
    close() {
        if (this.over)
            return;
        this.over = true;
        void this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/validate/stream-check.ts








/** Below this a worker's start-up (tens of ms) costs more than the check: this thread checks. */
const STREAM_WORKER_MIN_BYTES = 8 * 1024 * 1024;
/** Bytes sent to the worker in one message; chunks are gathered up to this. */
const BATCH_BYTES = 1024 * 1024;
/** At most this many batches are with the worker: push() waits beyond (4 MiB in flight). */
const MAX_BATCHES = 4;
/**
 * Checks the bytes of a file as they are uploaded, with validateFile's result.
 *
 * Contract: push each chunk with its file offset and await the promise push() returns before the
 * next push: it resolves at once while fewer than 4 MiB are with the worker, later otherwise
 * (backpressure; it never rejects for a worker failure, which done() reports). Bytes below the
 * check's offset are skipped, so a retried attempt may push again from 0; a gap throws; bytes
 * past the tail lane's cut, which the tail checks, are taken and ignored. When the last byte is
 * pushed, call done(); when the upload stopped early, finishFromDisk() reads the rest from the
 * file. Call close() when the check is no longer wanted (always safe).
 */
class StreamCheck {
    /** The first error found, while pushing or at the end; stays pending when there is none. */
    first = deferred(); // resolved again, it keeps the first
    firstError = this.first.promise;
    settings;
    /** Bytes accepted so far: the next push must start at or below this. */
    offset = 0;
    /** Where the bytes this check takes end: the file's size, or the tail lane's cut. */
    end;
    tail;
    /** Set while the tail lane is being planned: pushes wait for it, to know the cut. */
    planning;
    ended = false; // done() or finishFromDisk() was called: pushes are ignored
    closed = false;
    /** The worker sent its result, and ends by itself. */
    settled = false;
    // This thread's check (small files).
    validator;
    splitter;
    sink;
    // The worker's check (large files).
    worker;
    failure;
    free = [];
    batch;
    batchBytes = 0;
    inFlight = 0;
    waiting = [];
    result;
    /** The worker's answer awaited: its state at the cut, or its result. */
    reply;
    constructor(settings) {
        this.settings = settings;
        const { path, size, purpose, options = {} } = settings;
        this.end = size;
        if (size < (settings.workerMinBytes ?? STREAM_WORKER_MIN_BYTES)) {
            const validator = new validator_DatasetValidator(purpose, options);
            validator.onError = problem => this.first.resolve(problem);
            this.validator = validator;
            this.splitter = new lines_LineSplitter({ maxLineBytes: options.maxLineBytes });
            this.sink = validator.line.bind(validator);
            return;
        }
        const { maxProblems, maxLineBytes } = options; // only data crosses to the thread
        const job = { kind: 'stream', path, size, purpose, options: { maxProblems, maxLineBytes } };
        const script = settings.workerScript ?? defaultWorkerScript();
        const over = () => this.settled || this.closed;
        this.worker = startWorker(script, job, over, error => this.fail(error));
        this.worker.on('message', (output) => this.receive(output));
        if (settings.tailLane === true)
            this.planning = this.planTail(job, script);
    }
    /** Bytes checked or on their way to the worker: where a push must start at the latest. */
    get checkedOffset() {
        return this.offset;
    }
    /** Take `chunk`, the file's bytes from `offset`; copied, so the caller may reuse it at once. */
    push(chunk, offset) {
        if (this.planning !== undefined)
            return this.pushOncePlanned(chunk, offset);
        if (offset >= this.end)
            return Promise.resolve(); // the tail lane checks these bytes
        if (offset > this.offset) {
            throw new Error(`StreamCheck of ${this.settings.path}: a chunk at byte ${offset}, but bytes from ${this.offset} were not pushed`);
        }
        const skip = this.offset - offset;
        if (skip >= chunk.length || this.ended || this.closed)
            return Promise.resolve();
        const bytes = chunk.subarray(skip, Math.min(chunk.length, skip + this.end - this.offset));
        this.offset += bytes.length;
        if (this.splitter !== undefined && this.sink !== undefined) {
            this.splitter.push(bytes, this.sink);
            return Promise.resolve();
        }
        if (this.failure !== undefined)
            return Promise.resolve();
        for (let at = 0; at < bytes.length;) {
            this.batch ??= new Uint8Array(this.free.pop() ?? new ArrayBuffer(BATCH_BYTES));
            const n = Math.min(bytes.length - at, BATCH_BYTES - this.batchBytes);
            this.batch.set(bytes.subarray(at, at + n), this.batchBytes);
            this.batchBytes += n;
            at += n;
            if (this.batchBytes === BATCH_BYTES)
                this.send();
        }
        // At the cut the lanes join at once: an error in the tail stops the upload from there.
        if (this.tail !== undefined && this.offset === this.end)
            void ignoreRejection(this.done());
        if (this.inFlight < MAX_BATCHES)
            return Promise.resolve();
        return new Promise(resolve => {
            this.waiting.push(resolve);
        });
    }
    /** The result, once every byte of the file was pushed. */
    done() {
        if (this.offset < this.end && this.result === undefined) {
            return Promise.reject(new Error(`StreamCheck of ${this.settings.path}: ${this.offset} of ${this.end} bytes were pushed; call finishFromDisk()`));
        }
        return this.finish(null);
    }
    /** The result, reading what was not pushed from the file (the upload stopped early). */
    finishFromDisk() {
        return this.finish(this.offset < this.end ? this.offset : null);
    }
    /** Stop the worker; a done() still pending rejects. */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.reply?.reject(new Error(`StreamCheck of ${this.settings.path} was closed`));
        if (this.worker !== undefined)
            void this.worker.terminate();
        this.tail?.close();
        this.releasePush();
    }
    async planTail(job, script) {
        try {
            this.tail = await TailLane.start(job, script);
        }
        catch {
            this.tail = undefined; // the cut could not be read: this lane checks the whole file
        }
        if (this.closed)
            this.tail?.close();
        this.end = this.tail?.cut ?? this.settings.size;
    }
    async pushOncePlanned(chunk, offset) {
        await this.planning;
        this.planning = undefined;
        return this.push(chunk, offset);
    }
    finish(from) {
        this.result ??= this.run(from);
        return this.result;
    }
    async run(from) {
        const result = await this.check(from);
        const first = result.problems.find(p => p.severity === 'error');
        if (first !== undefined)
            this.first.resolve(first);
        return result;
    }
    async check(from) {
        this.ended = true;
        const { path, size } = this.settings;
        await this.planning;
        if (this.closed)
            throw new Error(`StreamCheck of ${path} was closed`);
        const { validator, splitter, sink } = this;
        if (validator !== undefined && splitter !== undefined && sink !== undefined) {
            if (from !== null)
                await readRange(path, { start: from, end: size }, c => splitter.push(c, sink));
            splitter.end(sink);
            return validator.finish(size);
        }
        if (this.failure !== undefined)
            throw this.failure;
        if (this.tail !== undefined && from === null)
            return this.join(this.tail);
        this.tail?.close(); // the upload stopped before the cut: this lane reads on to the end itself
        const answer = await this.ask(from === null ? { type: 'end' } : { type: 'disk', from }, 'result');
        return answer.result;
    }
    /**
     * The result of this lane (up to the cut) and the tail's, joined; when they do not join (the
     * tail started from another flow, or a custom_id is in both), this lane reads on from the cut.
     * The tail's first error counts from the moment this lane is known to end with its flow.
     */
    async join(tail) {
        const [head, flow] = await Promise.all([this.ask({ type: 'cut' }, 'state'), tail.flow]);
        if (sameData(flowOf(head.state), flow))
            void this.fireAt(tail.firstError);
        const validator = new validator_DatasetValidator(this.settings.purpose, this.settings.options);
        const outcome = joinRanges(validator, [head, await tail.state], flow);
        this.settings.onJoin?.(outcome);
        if (outcome === 'joined') {
            this.settled = true;
            void this.worker?.terminate();
            return validator.finish(this.settings.size);
        }
        return (await this.ask({ type: 'disk', from: this.end }, 'result')).result;
    }
    async fireAt(error) {
        this.first.resolve(await error);
    }
    /** Post `input` (after what is gathered) and wait for the worker's answer of `type`. */
    async ask(input, type) {
        return new Promise((resolve, reject) => {
            this.reply = { type, resolve: resolve, reject };
            if (this.batchBytes > 0)
                this.send();
            this.post(input);
        });
    }
    send() {
        const buffer = this.batch.buffer;
        this.post({ type: 'data', buffer, length: this.batchBytes }, [buffer]);
        this.batch = undefined;
        this.batchBytes = 0;
        this.inFlight++;
    }
    post(input, transfer = []) {
        this.worker?.postMessage(input, transfer);
    }
    receive(output) {
        switch (output.type) {
            case 'ack':
                this.inFlight--;
                this.free.push(output.buffer);
                if (this.inFlight < MAX_BATCHES)
                    this.releasePush();
                break;
            case 'error':
                this.first.resolve(output.problem);
                break;
            case 'state':
            case 'result': {
                if (output.type === 'result')
                    this.settled = true; // the worker ends by itself
                const reply = this.reply;
                this.reply = undefined;
                if (reply?.type === output.type)
                    reply.resolve(output);
                break;
            }
        }
    }
    fail(error) {
        this.failure = error;
        this.reply?.reject(error);
        this.releasePush();
    }
    releasePush() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resolve of waiting)
            resolve();
    }
}

;// CONCATENATED MODULE: ./src/check-while-sending.ts
// Validation in the same pass as the upload: each file is checked from the bytes the upload reads,
// and no body gets its closing boundary until every file of the step has passed.






/**
 * Uploads `files` while checking them. The guarantee of a check before the upload still holds:
 * when any file breaks the rules, none is stored.
 * - The first files (as many as are sent at once) are checked from their upload's own bytes, on
 *   a worker thread (up to the middle of the file, when a core is free for its tail: see
 *   tail-lane.ts); the others, which wait for a free upload slot, are checked from disk
 *   meanwhile, so no upload waits on a file that is not being read.
 * - Each body holds its closing boundary until every file has its result. On the first error
 *   anywhere, every upload still sending or waiting is destroyed before that boundary: the
 *   server has an incomplete multipart body and stores nothing.
 * - The checks then read what their upload did not send from disk, so every problem of every
 *   file is reported, as when the check comes first.
 */
async function checkWhileSending(settings, files, onChecked, events) {
    const purpose = settings.purpose;
    // With fewer files than cores, a file's check takes a second core for its tail (tail-lane.ts).
    const tailLane = files.length < (0,external_node_os_namespaceObject.availableParallelism)();
    const checks = files.map(file => new StreamCheck({ path: file.path, size: file.size, purpose, tailLane }));
    const settled = files.map(() => false);
    const verdicts = files.map(() => deferred());
    let invalid;
    const gate = deferred();
    const breakGate = (file) => {
        invalid ??= file.displayPath;
        gate.reject(new UploadWithheldError(`not finished: ${invalid} breaks the dataset rules`));
    };
    void ignoreRejection(gate.promise); // rejected before anyone waits, when a check fails early
    const settle = async (index, fromUpload) => {
        if (settled[index])
            return;
        settled[index] = true;
        const check = checks[index];
        try {
            const result = await (fromUpload ? check.done() : check.finishFromDisk());
            if (!result.valid)
                breakGate(files[index]);
            verdicts[index].resolve(result);
        }
        catch (error) {
            breakGate(files[index]);
            verdicts[index].reject(error);
        }
    };
    const breakAtFirstError = async (index) => {
        await checks[index].firstError;
        breakGate(files[index]);
    };
    const openOnceAllPass = async () => {
        await Promise.allSettled(verdicts.map(verdict => verdict.promise));
        if (invalid === undefined)
            gate.resolve();
    };
    for (let index = 0; index < files.length; index++) {
        void breakAtFirstError(index);
        // Later files wait for an upload slot, which frees only once the gate opens: read them now.
        if (index >= UPLOAD_CONCURRENCY)
            void settle(index, false);
    }
    void openOnceAllPass();
    const hooksFor = (index) => ({
        onFileChunk: async (chunk, offset) => {
            if (invalid !== undefined)
                await gate.promise; // rejects: the body stops here
            if (!settled[index])
                await checks[index].push(chunk, offset);
        },
        beforeEnd: async () => {
            void settle(index, true);
            await gate.promise; // opens once every file passed, breaks at the first error
        }
    });
    const index = new Map(files.map((file, i) => [file, i]));
    try {
        const outcomes = await sendFiles(settings, files, {
            ...events,
            // An upload that ended before its last byte (a 4xx, a withheld body): finish from disk.
            onSettled: local => void settle(index.get(local) ?? -1, false)
        }, hooksFor);
        const checked = [];
        for (let i = 0; i < files.length; i++) {
            const validation = await verdicts[i].promise;
            onChecked(files[i], validation);
            checked.push({ ...files[i], validation });
        }
        return { checked, outcomes };
    }
    finally {
        for (const check of checks)
            check.close();
    }
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
    core_error(message);
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
function core_error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function core_warning(message, properties = {}) {
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


const ANNOTATE = { error: core_error, warning: core_warning, notice: notice };
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
        core_warning(redact(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`));
    }
    finally {
        summary.emptyBuffer();
    }
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
        throw new InputError('api-key', `is ${apiKey.length} characters long: too short for a Mistral API key (they have 32), and too short to be masked in the log. Check the secret passed as 'api-key'.`);
    }
    if (!apiKey && required)
        throw new InputError('api-key', missing);
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
    throw new InputError(input, `"${value}" must be true or false.`);
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
        throw new InputError('server-url', `"${value}" is not a URL. Use e.g. ${DEFAULT_SERVER_URL} (the default).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('server-url', `"${value}" must start with https:// or http://.`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new InputError('server-url', `"${url.origin}" would send the key unencrypted: use https://. http:// is only for a server on this machine (localhost, 127.0.0.1, [::1]).`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new InputError('server-url', `"${url.origin}${url.pathname}" must not carry a query, fragment or credentials.`);
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

;// CONCATENATED MODULE: ./src/inputs.ts






/** Reads and checks every input of the upload step once; throws an InputError naming the input. */
function getSettings() {
    const dryRun = flag(Inputs.DryRun, false);
    const apiKey = readApiKey(!dryRun, 'is required to upload. Pass it from a secret (`api-key: ${{ secrets.MISTRAL_API_KEY }}`), or set `dry-run: true` to only check the file (works in pull requests from forks, where secrets are absent).');
    const patterns = getInput(Inputs.Path);
    if (!patterns) {
        throw new InputError(Inputs.Path, 'is required: a file or glob, relative to the workspace.');
    }
    const remoteName = getInput(Inputs.RemoteName) || '{name}';
    checkRemoteName(remoteName);
    const settings = {
        patterns,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        allowOutsideWorkspace: flag(Inputs.AllowOutsideWorkspace, false),
        ifNoFilesFound: oneOf(Inputs.IfNoFilesFound, getInput(Inputs.IfNoFilesFound) || 'error', IF_NO_FILES_FOUND),
        purpose: oneOf(Inputs.Purpose, getInput(Inputs.Purpose) || 'fine-tune', PURPOSES),
        apiKey,
        serverUrl: readServerUrl(),
        visibility: optional(Inputs.Visibility, value => oneOf(Inputs.Visibility, value, VISIBILITIES)),
        expiry: optional(Inputs.Expiry, value => wholeNumber(Inputs.Expiry, value, 1)),
        remoteName,
        reuseExisting: flag(Inputs.ReuseExisting, true),
        commit: process.env.GITHUB_SHA || undefined,
        maxAttempts: optional(Inputs.MaxAttempts, value => wholeNumber(Inputs.MaxAttempts, value, 1, 20)) ??
            DEFAULT_MAX_ATTEMPTS,
        timeoutMs: (optional(Inputs.TimeoutMinutes, value => positive(Inputs.TimeoutMinutes, value)) ??
            DEFAULT_TIMEOUT_MINUTES) * 60_000,
        attemptTimeoutMs: optional(Inputs.AttemptTimeoutSeconds, value => positive(Inputs.AttemptTimeoutSeconds, value) * 1000),
        validate: flag(Inputs.Validate, true),
        dryRun
    };
    // A dry run sends nothing, so how it would travel does not matter.
    if (!dryRun)
        checkProxyEnv(process.env, settings.serverUrl, process.versions.node);
    core_debug(`purpose = ${settings.purpose}`);
    core_debug(`server-url = ${settings.serverUrl}`);
    core_debug(`remote-name = ${settings.remoteName}`);
    return settings;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

/** The runner shows at most 10 error and 10 warning annotations per step; the rest go to the log. */
const MAX_ANNOTATIONS = 10;
const annotations_shown = { error: 0, warning: 0 };
/** An annotation while the runner still shows them, else a plain log line saying the same. */
function annotate(severity, message, properties = {}) {
    if (annotations_shown[severity]++ < MAX_ANNOTATIONS) {
        annotation(severity, message, properties);
        return;
    }
    const where = properties.file ? `${properties.file}:${properties.startLine ?? 1}: ` : '';
    writer_info(`${where}${severity} ${properties.title ?? ''}: ${message}`);
}

;// CONCATENATED MODULE: ./src/report/check-log.ts



// Log lines and annotations of finding and checking the files.
/** Why each line of `path` matched nothing, when if-no-files-found says to warn. */
function warnUnmatched(reasons) {
    for (const reason of reasons)
        annotate('warning', reason, { title: 'No file found' });
}
/** A file's verdict in the log, and each problem annotated at file:line. */
function logCheck(local, result) {
    const { problems, errorCount, warningCount } = result;
    const file = local.displayPath;
    if (result.skipped) {
        annotation('notice', `Not checked: ${result.skipped}`, { title: 'Dataset check', file });
    }
    const type = result.sampleType ? ` (${result.sampleType})` : '';
    writer_info(`Checked ${file}: ${units_count(samplesIn(result), 'sample')}${type}, ${units_count(errorCount, 'error')}, ${units_count(warningCount, 'warning')}.`);
    for (const problem of problems) {
        annotate(problem.severity, problemText(problem), {
            title: problem.rule,
            file,
            startLine: problem.line ?? undefined
        });
    }
    const unlisted = errorCount + warningCount - problems.length;
    if (unlisted > 0)
        writer_info(`… and ${units_count(unlisted, 'more problem')} in ${file}, not listed.`);
}
function samplesIn(result) {
    return Object.values(result.stats.samplesByType).reduce((sum, n) => sum + n, 0);
}
function problemText(problem) {
    return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`;
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
        ? `The server rejected ${units_count(error.lineErrors.length, 'line')}; see the annotations on the file.`
        : 'The server rejected the request; fix what it names and run again.'),
    hint(RateLimitError, () => 'Rate limited: wait, or lower how often this runs.'),
    hint(InternalServerError, () => "Mistral's API had a problem; re-run the job."),
    hint(APITimeoutError, () => `The network or the server is slow; re-run the job, or raise '${Inputs.AttemptTimeoutSeconds}'.`),
    hint(CertificateError, () => "The server's certificate did not verify; behind a proxy that inspects TLS, give Node its CA with NODE_EXTRA_CA_CERTS."),
    hint(APIConnectionError, () => `Check '${Inputs.ServerUrl}', the network, and HTTPS_PROXY/NO_PROXY.`),
    hint(InvalidResponseError, () => 'The answer does not follow the Mistral API; check any proxy or gateway in between.'),
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
    const cause = error instanceof APIError
        ? `the Mistral API answered ${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}`
        : errorText(error);
    const end = cause.endsWith('.') ? '' : '.';
    return `${prefix}: ${cause}${end}${advice ? ` ${advice}` : ''}`;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/report/upload-log.ts




// Log lines of the upload as it happens: start, progress, retries, recoveries, reuse.
/** What the send stage tells the log, file by file. */
function uploadLog(serverUrl) {
    return {
        onStart: (local, filename) => writer_info(`Uploading ${local.displayPath} (${formatBytes(local.size)}) to ${serverUrl} as ${filename}`),
        progressFor: local => progressLogger(local.displayPath),
        onRetry: logRetry,
        onRecovered: (local, file) => writer_info(`The API had stored ${local.displayPath} before that failure: using ${file.id} (created ${formatUnixTime(file.created_at)}) instead of sending it again.`),
        onLookupFailed: (local, error) => annotation('warning', `Could not look for ${local.displayPath} on Mistral (${errorText(error)}); uploading it instead.`),
        onReused: (local, file) => writer_info(`${local.displayPath} is already on Mistral as ${file.filename ?? '(no name)'} (${file.id}, same content-hashed name and size): reused, not uploaded.`),
        onUploaded: (local, uploaded, seconds) => {
            if (uploaded.file.bytes === null) {
                writer_info(`The API did not report the stored size of ${local.displayPath}; using the local size, ${uploaded.bytes} bytes.`);
            }
            // A rate over a few milliseconds says nothing; show it once there is something to measure.
            const rate = seconds >= 0.5 ? `, ${(uploaded.bytes / 1e6 / seconds).toFixed(1)} MB/s` : '';
            writer_info(`Uploaded ${local.displayPath} as ${uploaded.file.id} (${formatBytes(uploaded.bytes)} in ${seconds.toFixed(2)} s${rate})`);
        }
    };
}
function logRetry(local, { attempt, maxAttempts, error, delayMs }) {
    const reason = error instanceof APIError ? `the API answered ${error.message}` : errorText(error);
    const wait = (delayMs / 1000).toFixed(1);
    annotation('warning', `Attempt ${attempt} of ${maxAttempts} for ${local.displayPath} failed: ${reason}. Retrying in ${wait} s.`);
}
/**
 * Logs progress of a long upload: each 10% once it has run 2 s, and at least every 10 s.
 * A retry starts again from 0, and so does the logger.
 */
function progressLogger(label, now = Date.now) {
    let start = now();
    let lastLog = start;
    let lastTenth = 0;
    let lastSent = 0;
    return (sent, total) => {
        const time = now();
        if (sent < lastSent)
            [start, lastLog, lastTenth] = [time, time, 0];
        lastSent = sent;
        const tenth = Math.floor((sent / total) * 10);
        const due = (tenth > lastTenth && time - start >= 2000) || time - lastLog >= 10_000;
        if (!due || sent === total)
            return;
        lastTenth = tenth;
        lastLog = time;
        const rate = sent / 1e6 / Math.max((time - start) / 1000, 0.001);
        writer_info(`  ${label}: ${Math.floor((sent / total) * 100)}% (${formatBytes(sent)} of ${formatBytes(total)}, ${rate.toFixed(1)} MB/s)`);
    };
}

;// CONCATENATED MODULE: ./src/report/outputs.ts



/**
 * Every output of the upload step, set once at the end. `files` and `file-ids` are always set
 * (`[]` when nothing was uploaded) so that `fromJSON` in a later step never breaks; the check's
 * outputs when a file was checked; the single-file outputs when one file was uploaded.
 */
function setUploadOutputs(step) {
    const outputs = {};
    const results = step.checked.flatMap(file => (file.validation ? [file.validation] : []));
    if (results.length > 0) {
        outputs[Outputs.Valid] = String(results.every(result => result.valid));
        outputs[Outputs.NumSamples] = String(results.reduce((sum, r) => sum + samplesIn(r), 0));
        outputs[Outputs.NumErrors] = String(results.reduce((sum, r) => sum + r.errorCount, 0));
    }
    const done = step.outcomes.filter((outcome) => Boolean(outcome.uploaded));
    const entries = done.map(({ local, uploaded }) => fileEntry(local, uploaded));
    outputs[Outputs.Files] = JSON.stringify(entries);
    outputs[Outputs.FileIds] = JSON.stringify(entries.map(entry => entry['file-id']));
    if (step.outcomes.length === 1 && done.length === 1) {
        const { file, sha256, bytes } = done[0].uploaded;
        outputs[Outputs.FileId] = file.id;
        outputs[Outputs.Bytes] = String(bytes);
        outputs[Outputs.CreatedAt] = String(file.created_at);
        outputs[Outputs.Filename] = file.filename ?? '';
        outputs[Outputs.Purpose] = file.purpose ?? step.purpose ?? '';
        outputs[Outputs.SampleType] = file.sample_type ?? '';
        outputs[Outputs.Sha256] = sha256;
    }
    for (const [name, value] of Object.entries(outputs))
        writer_setOutput(name, value);
}
/** One element of the `files` output. */
function fileEntry(local, uploaded) {
    return {
        path: local.displayPath,
        'file-id': uploaded.file.id,
        filename: uploaded.file.filename,
        bytes: uploaded.bytes,
        'created-at': uploaded.file.created_at,
        sha256: uploaded.sha256,
        reused: uploaded.reused
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts






// The job summary of the upload step, in Markdown: a check table with a row per file, the
// problems found, the uploads, and what stopped the run.
/** Problems listed in the summary per file; the log lists every one the validator kept. */
const MAX_SUMMARY_PROBLEMS = 50;
function uploadSummary(step) {
    const sections = [];
    const checked = step.checked.filter(file => file.validation);
    if (checked.length > 0)
        sections.push(checkSection(checked));
    if (step.outcomes.length > 0)
        sections.push(uploadSection(step.outcomes));
    // Invalid data is the check's own verdict, which its tables already show.
    if (step.failure !== undefined && !(step.failure instanceof InvalidDatasetError)) {
        sections.push(`### Mistral file upload failed\n\n${markdownText(describeFailure(step.failure, 'Upload'))}\n`);
    }
    else if (step.dryRun && step.failure === undefined) {
        sections.push(`Dry run: ${units_count(step.checked.length, 'file')} checked, nothing uploaded.\n`);
    }
    return sections.join('\n');
}
function checkSection(files) {
    const results = files.map(file => file.validation);
    const valid = results.every(result => result.valid);
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    const verdict = valid
        ? `✅ valid${warnings ? `, ${units_count(warnings, 'warning')}` : ''}`
        : `❌ ${units_count(errors, 'error')}, ${units_count(warnings, 'warning')}`;
    const rows = files.map(file => checkRow(file, file.validation));
    const parts = [
        `### Dataset check: ${verdict}\n`,
        table([
            'file',
            'check',
            'samples',
            'size',
            'lines',
            'messages by role',
            'tool calls',
            'estimated tokens'
        ], rows),
        `Estimated tokens: characters of text ÷ ${CHARS_PER_TOKEN}, not a tokenizer count.\n`
    ];
    const problems = files.flatMap(file => problemRows(file, file.validation));
    if (problems.length > 0) {
        parts.push('#### Problems\n', table(['file', 'line', 'severity', 'rule', 'problem'], problems));
    }
    for (const file of files) {
        const { problems: kept, errorCount, warningCount } = file.validation;
        const rest = errorCount + warningCount - Math.min(kept.length, MAX_SUMMARY_PROBLEMS);
        if (rest > 0) {
            parts.push(`… and ${units_count(rest, 'more problem')} in ${markdownCode(file.displayPath)} (see the log).\n`);
        }
    }
    return parts.join('\n');
}
function checkRow(file, result) {
    const { stats } = result;
    const check = result.skipped
        ? `not checked: ${result.skipped}`
        : result.valid
            ? `✅ valid${result.warningCount ? `, ${units_count(result.warningCount, 'warning')}` : ''}`
            : `❌ ${units_count(result.errorCount, 'error')}, ${units_count(result.warningCount, 'warning')}`;
    const oddLines = [
        stats.blankLines ? `${stats.blankLines} blank` : '',
        stats.crlfLines ? `${stats.crlfLines} CRLF` : ''
    ].filter(Boolean);
    const type = result.sampleType ? ` ${result.sampleType}` : '';
    const withErrors = stats.invalidSamples ? `, ${stats.invalidSamples} with errors` : '';
    return [
        markdownCode(file.displayPath),
        markdownText(check),
        markdownText(`${samplesIn(result)}${type}${withErrors}`),
        formatBytes(stats.bytes),
        `${stats.lines}${oddLines.length ? ` (${oddLines.join(', ')})` : ''}`,
        markdownText(nonZero(stats.messagesByRole)),
        String(stats.toolCalls),
        `~${stats.estimatedTokens}`
    ];
}
function problemRows(file, result) {
    return result.problems
        .slice(0, MAX_SUMMARY_PROBLEMS)
        .map(problem => [
        markdownCode(file.displayPath),
        String(problem.line ?? ''),
        problem.severity,
        markdownCode(problem.rule),
        markdownText(problem.message)
    ]);
}
function uploadSection(outcomes) {
    const rows = outcomes.map(({ local, uploaded, error }) => {
        if (!uploaded) {
            const hint = hintFor(error);
            const failure = `❌ failed: ${errorText(error)}${hint ? `. ${hint}` : ''}`;
            return [markdownCode(local.displayPath), markdownText(failure), '', '', '', '', '', ''];
        }
        const { file, bytes, sha256, reused } = uploaded;
        return [
            markdownCode(local.displayPath),
            reused ? '♻️ reused' : '✅ uploaded',
            markdownCode(file.id),
            markdownCode(file.filename ?? ''),
            formatBytes(bytes),
            markdownText(formatUnixTime(file.created_at)),
            markdownText(file.sample_type ?? ''),
            markdownCode(shortHash(sha256))
        ];
    });
    return [
        '### Mistral file upload\n',
        table(['file', 'result', 'file id', 'name on Mistral', 'size', 'created', 'sample type', 'sha256'], rows)
    ].join('\n');
}
/** `user 20, assistant 20`, leaving out the zeros. */
function nonZero(counts) {
    const parts = Object.entries(counts).filter(([, n]) => n > 0);
    return parts.map(([name, n]) => `${name} ${n}`).join(', ') || '–';
}
/** A Markdown table of cells already made safe. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return `${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/upload-report.ts








/** The end of the upload step: its outputs, its summary, and its result, each written once. */
async function reportUploadStep(step) {
    setUploadOutputs(step);
    const failures = step.outcomes.filter(outcome => !outcome.uploaded);
    for (const { local, error } of failures)
        annotateServerLines(error, local.displayPath);
    await appendSummary(uploadSummary(step));
    if (step.failure !== undefined) {
        // A stack helps only for the unexpected; input and data errors say all there is.
        const { failure } = step;
        if (!(failure instanceof StepError) && failure instanceof Error && failure.stack) {
            writer_debug(failure.stack);
        }
        fail(describeFailure(failure, step.dryRun ? 'Dry run' : 'Upload'));
    }
    else if (failures.length > 0) {
        failUploads(failures, step.outcomes.length);
    }
    else if (step.dryRun) {
        writer_info(`Dry run: ${units_count(step.checked.length, 'file')} checked, nothing uploaded.`);
    }
}
/** One file: its failure is the step's. Several: each annotated on its file, then one verdict. */
function failUploads(failures, total) {
    const messages = failures.map(({ error, local, attempts }) => describeFailure(error, `Upload of ${local.displayPath}`, attempts));
    if (total === 1) {
        fail(messages[0]);
        return;
    }
    for (const [i, { local }] of failures.entries()) {
        annotate('error', messages[i], { title: 'Upload failed', file: local.displayPath });
    }
    fail(`${failures.length} of ${units_count(total, 'file')} failed to upload; the others are in the outputs.`);
}
/** The lines the API itself rejected, as annotations on the file. */
function annotateServerLines(error, file) {
    if (!(error instanceof APIError))
        return;
    for (const { line, message } of error.lineErrors) {
        annotate('error', message, { title: 'Rejected by the Mistral API', file, startLine: line });
    }
}

;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-glob-options-helper.js

/**
 * Returns a copy with defaults filled in.
 */
function getOptions(copy) {
    const result = {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: true,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    };
    if (copy) {
        if (typeof copy.followSymbolicLinks === 'boolean') {
            result.followSymbolicLinks = copy.followSymbolicLinks;
            core_debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
        }
        if (typeof copy.implicitDescendants === 'boolean') {
            result.implicitDescendants = copy.implicitDescendants;
            core_debug(`implicitDescendants '${result.implicitDescendants}'`);
        }
        if (typeof copy.matchDirectories === 'boolean') {
            result.matchDirectories = copy.matchDirectories;
            core_debug(`matchDirectories '${result.matchDirectories}'`);
        }
        if (typeof copy.omitBrokenSymbolicLinks === 'boolean') {
            result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
            core_debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
        }
        if (typeof copy.excludeHiddenFiles === 'boolean') {
            result.excludeHiddenFiles = copy.excludeHiddenFiles;
            core_debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
        }
    }
    return result;
}
//# sourceMappingURL=internal-glob-options-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path-helper.js


const internal_path_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Similar to path.dirname except normalizes the path separators and slightly better handling for Windows UNC paths.
 *
 * For example, on Linux/macOS:
 * - `/               => /`
 * - `/hello          => /`
 *
 * For example, on Windows:
 * - `C:\             => C:\`
 * - `C:\hello        => C:\`
 * - `C:              => C:`
 * - `C:hello         => C:`
 * - `\               => \`
 * - `\hello          => \`
 * - `\\hello         => \\hello`
 * - `\\hello\world   => \\hello\world`
 */
function dirname(p) {
    // Normalize slashes and trim unnecessary trailing slash
    p = safeTrimTrailingSeparator(p);
    // Windows UNC root, e.g. \\hello or \\hello\world
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
        return p;
    }
    // Get dirname
    let result = external_path_namespaceObject.dirname(p);
    // Trim trailing slash for Windows UNC root, e.g. \\hello\world\
    if (internal_path_helper_IS_WINDOWS && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
        result = safeTrimTrailingSeparator(result);
    }
    return result;
}
/**
 * Roots the path if not already rooted. On Windows, relative roots like `\`
 * or `C:` are expanded based on the current working directory.
 */
function ensureAbsoluteRoot(root, itemPath) {
    external_assert_(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
    external_assert_(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Already rooted
    if (hasAbsoluteRoot(itemPath)) {
        return itemPath;
    }
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Check for itemPath like C: or C:foo
        if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
            let cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            // Drive letter matches cwd? Expand to cwd
            if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
                // Drive only, e.g. C:
                if (itemPath.length === 2) {
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}`;
                }
                // Drive + path, e.g. C:foo
                else {
                    if (!cwd.endsWith('\\')) {
                        cwd += '\\';
                    }
                    // Preserve specified drive letter case (upper or lower)
                    return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
                }
            }
            // Different drive
            else {
                return `${itemPath[0]}:\\${itemPath.substr(2)}`;
            }
        }
        // Check for itemPath like \ or \foo
        else if (internal_path_helper_normalizeSeparators(itemPath).match(/^\\$|^\\[^\\]/)) {
            const cwd = process.cwd();
            external_assert_(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
            return `${cwd[0]}:\\${itemPath.substr(1)}`;
        }
    }
    external_assert_(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
    // Otherwise ensure root ends with a separator
    if (root.endsWith('/') || (internal_path_helper_IS_WINDOWS && root.endsWith('\\'))) {
        // Intentionally empty
    }
    else {
        // Append separator
        root += external_path_namespaceObject.sep;
    }
    return root + itemPath;
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\\hello\share` and `C:\hello` (and using alternate separator).
 */
function hasAbsoluteRoot(itemPath) {
    external_assert_(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \\hello\share or C:\hello
        return itemPath.startsWith('\\\\') || /^[A-Z]:\\/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * On Linux/macOS, true if path starts with `/`. On Windows, true for paths like:
 * `\`, `\hello`, `\\hello\share`, `C:`, and `C:\hello` (and using alternate separator).
 */
function hasRoot(itemPath) {
    external_assert_(itemPath, `isRooted parameter 'itemPath' must not be empty`);
    // Normalize separators
    itemPath = internal_path_helper_normalizeSeparators(itemPath);
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // E.g. \ or \hello or \\hello
        // E.g. C: or C:\hello
        return itemPath.startsWith('\\') || /^[A-Z]:/i.test(itemPath);
    }
    // E.g. /hello
    return itemPath.startsWith('/');
}
/**
 * Removes redundant slashes and converts `/` to `\` on Windows
 */
function internal_path_helper_normalizeSeparators(p) {
    p = p || '';
    // Windows
    if (internal_path_helper_IS_WINDOWS) {
        // Convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // Remove redundant slashes
        const isUnc = /^\\\\+[^\\]/.test(p); // e.g. \\hello
        return (isUnc ? '\\' : '') + p.replace(/\\\\+/g, '\\'); // preserve leading \\ for UNC
    }
    // Remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
/**
 * Normalizes the path separators and trims the trailing separator (when safe).
 * For example, `/foo/ => /foo` but `/ => /`
 */
function safeTrimTrailingSeparator(p) {
    // Short-circuit if empty
    if (!p) {
        return '';
    }
    // Normalize separators
    p = internal_path_helper_normalizeSeparators(p);
    // No trailing slash
    if (!p.endsWith(external_path_namespaceObject.sep)) {
        return p;
    }
    // Check '/' on Linux/macOS and '\' on Windows
    if (p === external_path_namespaceObject.sep) {
        return p;
    }
    // On Windows check if drive root. E.g. C:\
    if (internal_path_helper_IS_WINDOWS && /^[A-Z]:\\$/i.test(p)) {
        return p;
    }
    // Otherwise trim trailing slash
    return p.substr(0, p.length - 1);
}
//# sourceMappingURL=internal-path-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-match-kind.js
/**
 * Indicates whether a pattern matches a path
 */
var MatchKind;
(function (MatchKind) {
    /** Not matched */
    MatchKind[MatchKind["None"] = 0] = "None";
    /** Matched if the path is a directory */
    MatchKind[MatchKind["Directory"] = 1] = "Directory";
    /** Matched if the path is a regular file */
    MatchKind[MatchKind["File"] = 2] = "File";
    /** Matched */
    MatchKind[MatchKind["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));
//# sourceMappingURL=internal-match-kind.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern-helper.js


const internal_pattern_helper_IS_WINDOWS = process.platform === 'win32';
/**
 * Given an array of patterns, returns an array of paths to search.
 * Duplicates and paths under other included paths are filtered out.
 */
function getSearchPaths(patterns) {
    // Ignore negate patterns
    patterns = patterns.filter(x => !x.negate);
    // Create a map of all search paths
    const searchPathMap = {};
    for (const pattern of patterns) {
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        searchPathMap[key] = 'candidate';
    }
    const result = [];
    for (const pattern of patterns) {
        // Check if already included
        const key = internal_pattern_helper_IS_WINDOWS
            ? pattern.searchPath.toUpperCase()
            : pattern.searchPath;
        if (searchPathMap[key] === 'included') {
            continue;
        }
        // Check for an ancestor search path
        let foundAncestor = false;
        let tempKey = key;
        let parent = dirname(tempKey);
        while (parent !== tempKey) {
            if (searchPathMap[parent]) {
                foundAncestor = true;
                break;
            }
            tempKey = parent;
            parent = dirname(tempKey);
        }
        // Include the search pattern in the result
        if (!foundAncestor) {
            result.push(pattern.searchPath);
            searchPathMap[key] = 'included';
        }
    }
    return result;
}
/**
 * Matches the patterns against the path
 */
function internal_pattern_helper_match(patterns, itemPath) {
    let result = MatchKind.None;
    for (const pattern of patterns) {
        if (pattern.negate) {
            result &= ~pattern.match(itemPath);
        }
        else {
            result |= pattern.match(itemPath);
        }
    }
    return result;
}
/**
 * Checks whether to descend further into the directory
 */
function internal_pattern_helper_partialMatch(patterns, itemPath) {
    return patterns.some(x => !x.negate && x.partialMatch(itemPath));
}
//# sourceMappingURL=internal-pattern-helper.js.map
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-path.js



const internal_path_IS_WINDOWS = process.platform === 'win32';
/**
 * Helper class for parsing paths into segments
 */
class Path {
    /**
     * Constructs a Path
     * @param itemPath Path or array of segments
     */
    constructor(itemPath) {
        this.segments = [];
        // String
        if (typeof itemPath === 'string') {
            external_assert_(itemPath, `Parameter 'itemPath' must not be empty`);
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
            // Not rooted
            if (!hasRoot(itemPath)) {
                this.segments = itemPath.split(external_path_namespaceObject.sep);
            }
            // Rooted
            else {
                // Add all segments, while not at the root
                let remaining = itemPath;
                let dir = dirname(remaining);
                while (dir !== remaining) {
                    // Add the segment
                    const basename = external_path_namespaceObject.basename(remaining);
                    this.segments.unshift(basename);
                    // Truncate the last segment
                    remaining = dir;
                    dir = dirname(remaining);
                }
                // Remainder is the root
                this.segments.unshift(remaining);
            }
        }
        // Array
        else {
            // Must not be empty
            external_assert_(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
            // Each segment
            for (let i = 0; i < itemPath.length; i++) {
                let segment = itemPath[i];
                // Must not be empty
                external_assert_(segment, `Parameter 'itemPath' must not contain any empty segments`);
                // Normalize slashes
                segment = internal_path_helper_normalizeSeparators(itemPath[i]);
                // Root segment
                if (i === 0 && hasRoot(segment)) {
                    segment = safeTrimTrailingSeparator(segment);
                    external_assert_(segment === dirname(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
                    this.segments.push(segment);
                }
                // All other segments
                else {
                    // Must not contain slash
                    external_assert_(!segment.includes(external_path_namespaceObject.sep), `Parameter 'itemPath' contains unexpected path separators`);
                    this.segments.push(segment);
                }
            }
        }
    }
    /**
     * Converts the path to it's string representation
     */
    toString() {
        // First segment
        let result = this.segments[0];
        // All others
        let skipSlash = result.endsWith(external_path_namespaceObject.sep) || (internal_path_IS_WINDOWS && /^[A-Z]:$/i.test(result));
        for (let i = 1; i < this.segments.length; i++) {
            if (skipSlash) {
                skipSlash = false;
            }
            else {
                result += external_path_namespaceObject.sep;
            }
            result += this.segments[i];
        }
        return result;
    }
}
//# sourceMappingURL=internal-path.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-pattern.js







const internal_pattern_IS_WINDOWS = process.platform === 'win32';
class Pattern {
    constructor(patternOrNegate, isImplicitPattern = false, segments, homedir) {
        /**
         * Indicates whether matches should be excluded from the result set
         */
        this.negate = false;
        // Pattern overload
        let pattern;
        if (typeof patternOrNegate === 'string') {
            pattern = patternOrNegate.trim();
        }
        // Segments overload
        else {
            // Convert to pattern
            segments = segments || [];
            external_assert_(segments.length, `Parameter 'segments' must not empty`);
            const root = Pattern.getLiteral(segments[0]);
            external_assert_(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
            pattern = new Path(segments).toString().trim();
            if (patternOrNegate) {
                pattern = `!${pattern}`;
            }
        }
        // Negate
        while (pattern.startsWith('!')) {
            this.negate = !this.negate;
            pattern = pattern.substr(1).trim();
        }
        // Normalize slashes and ensures absolute root
        pattern = Pattern.fixupPattern(pattern, homedir);
        // Segments
        this.segments = new Path(pattern).segments;
        // Trailing slash indicates the pattern should only match directories, not regular files
        this.trailingSeparator = internal_path_helper_normalizeSeparators(pattern)
            .endsWith(external_path_namespaceObject.sep);
        pattern = safeTrimTrailingSeparator(pattern);
        // Search path (literal path prior to the first glob segment)
        let foundGlob = false;
        const searchSegments = this.segments
            .map(x => Pattern.getLiteral(x))
            .filter(x => !foundGlob && !(foundGlob = x === ''));
        this.searchPath = new Path(searchSegments).toString();
        // Root RegExp (required when determining partial match)
        this.rootRegExp = new RegExp(Pattern.regExpEscape(searchSegments[0]), internal_pattern_IS_WINDOWS ? 'i' : '');
        this.isImplicitPattern = isImplicitPattern;
        // Create minimatch
        const minimatchOptions = {
            dot: true,
            nobrace: true,
            nocase: internal_pattern_IS_WINDOWS,
            nocomment: true,
            noext: true,
            nonegate: true
        };
        pattern = internal_pattern_IS_WINDOWS ? pattern.replace(/\\/g, '/') : pattern;
        this.minimatch = new Minimatch(pattern, minimatchOptions);
    }
    /**
     * Matches the pattern against the specified path
     */
    match(itemPath) {
        // Last segment is globstar?
        if (this.segments[this.segments.length - 1] === '**') {
            // Normalize slashes
            itemPath = internal_path_helper_normalizeSeparators(itemPath);
            // Append a trailing slash. Otherwise Minimatch will not match the directory immediately
            // preceding the globstar. For example, given the pattern `/foo/**`, Minimatch returns
            // false for `/foo` but returns true for `/foo/`. Append a trailing slash to handle that quirk.
            if (!itemPath.endsWith(external_path_namespaceObject.sep) && this.isImplicitPattern === false) {
                // Note, this is safe because the constructor ensures the pattern has an absolute root.
                // For example, formats like C: and C:foo on Windows are resolved to an absolute root.
                itemPath = `${itemPath}${external_path_namespaceObject.sep}`;
            }
        }
        else {
            // Normalize slashes and trim unnecessary trailing slash
            itemPath = safeTrimTrailingSeparator(itemPath);
        }
        // Match
        if (this.minimatch.match(itemPath)) {
            return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
        }
        return MatchKind.None;
    }
    /**
     * Indicates whether the pattern may match descendants of the specified path
     */
    partialMatch(itemPath) {
        // Normalize slashes and trim unnecessary trailing slash
        itemPath = safeTrimTrailingSeparator(itemPath);
        // matchOne does not handle root path correctly
        if (dirname(itemPath) === itemPath) {
            return this.rootRegExp.test(itemPath);
        }
        return this.minimatch.matchOne(itemPath.split(internal_pattern_IS_WINDOWS ? /\\+/ : /\/+/), this.minimatch.set[0], true);
    }
    /**
     * Escapes glob patterns within a path
     */
    static globEscape(s) {
        return (internal_pattern_IS_WINDOWS ? s : s.replace(/\\/g, '\\\\')) // escape '\' on Linux/macOS
            .replace(/(\[)(?=[^/]+\])/g, '[[]') // escape '[' when ']' follows within the path segment
            .replace(/\?/g, '[?]') // escape '?'
            .replace(/\*/g, '[*]'); // escape '*'
    }
    /**
     * Normalizes slashes and ensures absolute root
     */
    static fixupPattern(pattern, homedir) {
        // Empty
        external_assert_(pattern, 'pattern cannot be empty');
        // Must not contain `.` segment, unless first segment
        // Must not contain `..` segment
        const literalSegments = new Path(pattern).segments.map(x => Pattern.getLiteral(x));
        external_assert_(literalSegments.every((x, i) => (x !== '.' || i === 0) && x !== '..'), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
        // Must not contain globs in root, e.g. Windows UNC path \\foo\b*r
        external_assert_(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
        // Normalize slashes
        pattern = internal_path_helper_normalizeSeparators(pattern);
        // Replace leading `.` segment
        if (pattern === '.' || pattern.startsWith(`.${external_path_namespaceObject.sep}`)) {
            pattern = Pattern.globEscape(process.cwd()) + pattern.substr(1);
        }
        // Replace leading `~` segment
        else if (pattern === '~' || pattern.startsWith(`~${external_path_namespaceObject.sep}`)) {
            homedir = homedir || external_os_namespaceObject.homedir();
            external_assert_(homedir, 'Unable to determine HOME directory');
            external_assert_(hasAbsoluteRoot(homedir), `Expected HOME directory to be a rooted path. Actual '${homedir}'`);
            pattern = Pattern.globEscape(homedir) + pattern.substr(1);
        }
        // Replace relative drive root, e.g. pattern is C: or C:foo
        else if (internal_pattern_IS_WINDOWS &&
            (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', pattern.substr(0, 2));
            if (pattern.length > 2 && !root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(2);
        }
        // Replace relative root, e.g. pattern is \ or \foo
        else if (internal_pattern_IS_WINDOWS && (pattern === '\\' || pattern.match(/^\\[^\\]/))) {
            let root = ensureAbsoluteRoot('C:\\dummy-root', '\\');
            if (!root.endsWith('\\')) {
                root += '\\';
            }
            pattern = Pattern.globEscape(root) + pattern.substr(1);
        }
        // Otherwise ensure absolute root
        else {
            pattern = ensureAbsoluteRoot(Pattern.globEscape(process.cwd()), pattern);
        }
        return internal_path_helper_normalizeSeparators(pattern);
    }
    /**
     * Attempts to unescape a pattern segment to create a literal path segment.
     * Otherwise returns empty string.
     */
    static getLiteral(segment) {
        let literal = '';
        for (let i = 0; i < segment.length; i++) {
            const c = segment[i];
            // Escape
            if (c === '\\' && !internal_pattern_IS_WINDOWS && i + 1 < segment.length) {
                literal += segment[++i];
                continue;
            }
            // Wildcard
            else if (c === '*' || c === '?') {
                return '';
            }
            // Character set
            else if (c === '[' && i + 1 < segment.length) {
                let set = '';
                let closed = -1;
                for (let i2 = i + 1; i2 < segment.length; i2++) {
                    const c2 = segment[i2];
                    // Escape
                    if (c2 === '\\' && !internal_pattern_IS_WINDOWS && i2 + 1 < segment.length) {
                        set += segment[++i2];
                        continue;
                    }
                    // Closed
                    else if (c2 === ']') {
                        closed = i2;
                        break;
                    }
                    // Otherwise
                    else {
                        set += c2;
                    }
                }
                // Closed?
                if (closed >= 0) {
                    // Cannot convert
                    if (set.length > 1) {
                        return '';
                    }
                    // Convert to literal
                    if (set) {
                        literal += set;
                        i = closed;
                        continue;
                    }
                }
                // Otherwise fall thru
            }
            // Append
            literal += c;
        }
        return literal;
    }
    /**
     * Escapes regexp special characters
     * https://javascript.info/regexp-escaping
     */
    static regExpEscape(s) {
        return s.replace(/[[\\^$.|?*+()]/g, '\\$&');
    }
}
//# sourceMappingURL=internal-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-search-state.js
class SearchState {
    constructor(path, level) {
        this.path = path;
        this.level = level;
    }
}
//# sourceMappingURL=internal-search-state.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-globber.js
var internal_globber_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};
var __await = (undefined && undefined.__await) || function (v) { return this instanceof __await ? (this.v = v, this) : new __await(v); }
var __asyncGenerator = (undefined && undefined.__asyncGenerator) || function (thisArg, _arguments, generator) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var g = generator.apply(thisArg, _arguments || []), i, q = [];
    return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
    function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
    function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
    function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
    function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
    function fulfill(value) { resume("next", value); }
    function reject(value) { resume("throw", value); }
    function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
};








const internal_globber_IS_WINDOWS = process.platform === 'win32';
class DefaultGlobber {
    constructor(options) {
        this.patterns = [];
        this.searchPaths = [];
        this.options = getOptions(options);
    }
    getSearchPaths() {
        // Return a copy
        return this.searchPaths.slice();
    }
    glob() {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            var _a, e_1, _b, _c;
            const result = [];
            try {
                for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a = _f.done, !_a; _d = true) {
                    _c = _f.value;
                    _d = false;
                    const itemPath = _c;
                    result.push(itemPath);
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (!_d && !_a && (_b = _e.return)) yield _b.call(_e);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return result;
        });
    }
    globGenerator() {
        return __asyncGenerator(this, arguments, function* globGenerator_1() {
            // Fill in defaults options
            const options = getOptions(this.options);
            // Implicit descendants?
            const patterns = [];
            for (const pattern of this.patterns) {
                patterns.push(pattern);
                if (options.implicitDescendants &&
                    (pattern.trailingSeparator ||
                        pattern.segments[pattern.segments.length - 1] !== '**')) {
                    patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
                }
            }
            // Push the search paths
            const stack = [];
            for (const searchPath of getSearchPaths(patterns)) {
                core_debug(`Search path '${searchPath}'`);
                // Exists?
                try {
                    // Intentionally using lstat. Detection for broken symlink
                    // will be performed later (if following symlinks).
                    yield __await(external_fs_namespaceObject.promises.lstat(searchPath));
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        continue;
                    }
                    throw err;
                }
                stack.unshift(new SearchState(searchPath, 1));
            }
            // Search
            const traversalChain = []; // used to detect cycles
            while (stack.length) {
                // Pop
                const item = stack.pop();
                // Match?
                const match = internal_pattern_helper_match(patterns, item.path);
                const partialMatch = !!match || internal_pattern_helper_partialMatch(patterns, item.path);
                if (!match && !partialMatch) {
                    continue;
                }
                // Stat
                const stats = yield __await(DefaultGlobber.stat(item, options, traversalChain)
                // Broken symlink, or symlink cycle detected, or no longer exists
                );
                // Broken symlink, or symlink cycle detected, or no longer exists
                if (!stats) {
                    continue;
                }
                // Hidden file or directory?
                if (options.excludeHiddenFiles && external_path_namespaceObject.basename(item.path).match(/^\./)) {
                    continue;
                }
                // Directory
                if (stats.isDirectory()) {
                    // Matched
                    if (match & MatchKind.Directory && options.matchDirectories) {
                        yield yield __await(item.path);
                    }
                    // Descend?
                    else if (!partialMatch) {
                        continue;
                    }
                    // Push the child items in reverse
                    const childLevel = item.level + 1;
                    const childItems = (yield __await(external_fs_namespaceObject.promises.readdir(item.path))).map(x => new SearchState(external_path_namespaceObject.join(item.path, x), childLevel));
                    stack.push(...childItems.reverse());
                }
                // File
                else if (match & MatchKind.File) {
                    yield yield __await(item.path);
                }
            }
        });
    }
    /**
     * Constructs a DefaultGlobber
     */
    static create(patterns, options) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            const result = new DefaultGlobber(options);
            if (internal_globber_IS_WINDOWS) {
                patterns = patterns.replace(/\r\n/g, '\n');
                patterns = patterns.replace(/\r/g, '\n');
            }
            const lines = patterns.split('\n').map(x => x.trim());
            for (const line of lines) {
                // Empty or comment
                if (!line || line.startsWith('#')) {
                    continue;
                }
                // Pattern
                else {
                    result.patterns.push(new Pattern(line));
                }
            }
            result.searchPaths.push(...getSearchPaths(result.patterns));
            return result;
        });
    }
    static stat(item, options, traversalChain) {
        return internal_globber_awaiter(this, void 0, void 0, function* () {
            // Note:
            // `stat` returns info about the target of a symlink (or symlink chain)
            // `lstat` returns info about a symlink itself
            let stats;
            if (options.followSymbolicLinks) {
                try {
                    // Use `stat` (following symlinks)
                    stats = yield external_fs_namespaceObject.promises.stat(item.path);
                }
                catch (err) {
                    if (err.code === 'ENOENT') {
                        if (options.omitBrokenSymbolicLinks) {
                            core_debug(`Broken symlink '${item.path}'`);
                            return undefined;
                        }
                        throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
                    }
                    throw err;
                }
            }
            else {
                // Use `lstat` (not following symlinks)
                stats = yield external_fs_namespaceObject.promises.lstat(item.path);
            }
            // Note, isDirectory() returns false for the lstat of a symlink
            if (stats.isDirectory() && options.followSymbolicLinks) {
                // Get the realpath
                const realPath = yield external_fs_namespaceObject.promises.realpath(item.path);
                // Fixup the traversal chain to match the item level
                while (traversalChain.length >= item.level) {
                    traversalChain.pop();
                }
                // Test for a cycle
                if (traversalChain.some((x) => x === realPath)) {
                    core_debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
                    return undefined;
                }
                // Update the traversal chain
                traversalChain.push(realPath);
            }
            return stats;
        });
    }
}
//# sourceMappingURL=internal-globber.js.map
;// CONCATENATED MODULE: external "stream"
const external_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");
// EXTERNAL MODULE: external "util"
var external_util_ = __nccwpck_require__(23);
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/internal-hash-files.js
var internal_hash_files_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var internal_hash_files_asyncValues = (undefined && undefined.__asyncValues) || function (o) {
    if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
    var m = o[Symbol.asyncIterator], i;
    return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
    function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
    function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
};






function hashFiles(globber_1, currentWorkspace_1) {
    return internal_hash_files_awaiter(this, arguments, void 0, function* (globber, currentWorkspace, verbose = false) {
        var _a, e_1, _b, _c;
        var _d;
        const writeDelegate = verbose ? core.info : core.debug;
        let hasMatch = false;
        const githubWorkspace = currentWorkspace
            ? currentWorkspace
            : ((_d = process.env['GITHUB_WORKSPACE']) !== null && _d !== void 0 ? _d : process.cwd());
        const result = crypto.createHash('sha256');
        let count = 0;
        try {
            for (var _e = true, _f = internal_hash_files_asyncValues(globber.globGenerator()), _g; _g = yield _f.next(), _a = _g.done, !_a; _e = true) {
                _c = _g.value;
                _e = false;
                const file = _c;
                writeDelegate(file);
                if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
                    writeDelegate(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
                    continue;
                }
                if (fs.statSync(file).isDirectory()) {
                    writeDelegate(`Skip directory '${file}'.`);
                    continue;
                }
                const hash = crypto.createHash('sha256');
                const pipeline = util.promisify(stream.pipeline);
                yield pipeline(fs.createReadStream(file), hash);
                result.write(hash.digest());
                count++;
                if (!hasMatch) {
                    hasMatch = true;
                }
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (!_e && !_a && (_b = _f.return)) yield _b.call(_f);
            }
            finally { if (e_1) throw e_1.error; }
        }
        result.end();
        if (hasMatch) {
            writeDelegate(`Found ${count} files to hash.`);
            return result.digest('hex');
        }
        else {
            writeDelegate(`No matches found for glob`);
            return '';
        }
    });
}
//# sourceMappingURL=internal-hash-files.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/glob/lib/glob.js
var glob_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Constructs a globber
 *
 * @param patterns  Patterns separated by newlines
 * @param options   Glob options
 */
function create(patterns, options) {
    return glob_awaiter(this, void 0, void 0, function* () {
        return yield DefaultGlobber.create(patterns, options);
    });
}
/**
 * Computes the sha256 hash of a glob
 *
 * @param patterns  Patterns separated by newlines
 * @param currentWorkspace  Workspace used when matching files
 * @param options   Glob options
 * @param verbose   Enables verbose logging
 */
function glob_hashFiles(patterns_1) {
    return glob_awaiter(this, arguments, void 0, function* (patterns, currentWorkspace = '', options, verbose = false) {
        let followSymbolicLinks = true;
        if (options && typeof options.followSymbolicLinks === 'boolean') {
            followSymbolicLinks = options.followSymbolicLinks;
        }
        const globber = yield create(patterns, { followSymbolicLinks });
        return _hashFiles(globber, currentWorkspace, verbose);
    });
}
//# sourceMappingURL=glob.js.map
;// CONCATENATED MODULE: ./src/search.ts





const GLOB_CHARS = /[*?[\]{}]/;
/** Also a backslash, which @actions/glob reads as an escape outside Windows. */
const PATTERN_CHARS = /[*?[\]{}\\]/;
/**
 * The files the `path` input names: one file or glob per line, `!pattern` to exclude, relative to
 * the workspace. A line that matches nothing fails, warns or passes as `if-no-files-found` says.
 * Only regular files whose real path is in the workspace are taken, never one under .git.
 */
async function findFiles(patterns, workspace, ifNoFilesFound, { allowOutsideWorkspace = false } = {}) {
    const lines = patterns
        .split('\n')
        .map(line => line.trim())
        .filter(line => line && !line.startsWith('#'));
    if (lines.length === 0) {
        throw new InputError(Inputs.Path, 'is required: a file or glob, relative to the workspace.');
    }
    const absolute = (pattern) => external_node_path_default().resolve(workspace, pattern);
    const excludes = lines
        .filter(line => line.startsWith('!'))
        .map(line => `!${absolute(line.slice(1))}`);
    const resolved = external_node_path_default().resolve(workspace);
    const bounds = {
        workspace: resolved,
        real: (await attempt((0,promises_namespaceObject.realpath)(resolved))) ?? resolved,
        allowOutside: allowOutsideWorkspace
    };
    const found = new Map();
    const unmatched = [];
    for (const line of lines.filter(candidate => !candidate.startsWith('!'))) {
        const target = absolute(line);
        // Before any walk: a glob such as /** would otherwise read the whole disk first.
        if (!allowOutsideWorkspace &&
            !within(bounds.workspace, target) &&
            !within(bounds.real, target)) {
            throw new InputError(Inputs.Path, `${line} is outside the workspace (${workspace}). ${OUTSIDE_FIX}`);
        }
        const literal = excludes.length === 0 && !PATTERN_CHARS.test(line);
        const stats = literal ? await attempt((0,promises_namespaceObject.stat)(target)) : undefined;
        const named = stats !== undefined && !stats.isDirectory();
        const matches = named ? [target] : await globFiles(target, excludes);
        const files = [];
        for (const match of matches) {
            const file = found.get(match) ?? (await checkFile(match, bounds, !named));
            if (file)
                files.push(file);
        }
        if (files.length === 0) {
            const reason = await whyNothingMatched(line, target, workspace);
            if (ifNoFilesFound === 'error')
                throw new InputError(Inputs.Path, reason);
            unmatched.push(reason);
        }
        for (const file of files)
            if (!found.has(file.path))
                found.set(file.path, file);
    }
    return { files: [...found.values()], unmatched };
}
const OUTSIDE_FIX = 'Only files in the workspace are uploaded: move the file into it, or set `allow-outside-workspace: true` if this step must upload files from elsewhere.';
/**
 * A walk costs ~7 ms of the step's start-up, where a line naming one file needs one stat. It
 * does not follow symbolic links: one to / would make `**` walk the whole disk. A link to a file
 * still matches, and is checked like any file.
 */
async function globFiles(pattern, excludes) {
    const globber = await create([pattern, ...excludes].join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
        followSymbolicLinks: false
    });
    return (await globber.glob()).sort();
}
async function whyNothingMatched(line, file, workspace) {
    if (GLOB_CHARS.test(line))
        return `no file matches ${line} (relative to ${workspace}).`;
    const stats = await attempt((0,promises_namespaceObject.stat)(file));
    if (stats?.isDirectory()) {
        return `${line} is a directory; name a file in it, or a glob such as ${external_node_path_default().posix.join(line, '*.jsonl')}.`;
    }
    if (stats)
        return `${line} is excluded by a !pattern, or is not a regular file.`;
    return `${line} does not exist. Paths are relative to the workspace (${workspace}); did the step that makes it run, or is actions/checkout missing?`;
}
/**
 * The file, once its real path is known to be a regular file in the workspace and not under .git;
 * undefined for a glob's match that is a link to a folder (a glob matches files only).
 */
async function checkFile(file, bounds, fromGlob) {
    const relative = external_node_path_default().relative(bounds.workspace, file);
    const displayPath = relative && within(bounds.workspace, file) ? relative : file;
    let real;
    let stats;
    try {
        real = await (0,promises_namespaceObject.realpath)(file);
        stats = await (0,promises_namespaceObject.stat)(real);
    }
    catch (error) {
        const target = await attempt((0,promises_namespaceObject.readlink)(file));
        throw new InputError(Inputs.Path, target === undefined
            ? `${displayPath} cannot be read: ${error.message}`
            : `${displayPath} is a symbolic link to ${target}, which does not exist.`);
    }
    if (fromGlob && stats.isDirectory())
        return undefined;
    const inWorkspace = within(bounds.real, real);
    if (!bounds.allowOutside && !inWorkspace) {
        throw new InputError(Inputs.Path, `${displayPath} resolves to ${real}, outside the workspace (${bounds.workspace}). ${OUTSIDE_FIX}`);
    }
    // Relative to the workspace when in it, so that a workspace under a .git folder still works.
    if ((inWorkspace ? external_node_path_default().relative(bounds.real, real) : real).split((external_node_path_default()).sep).includes('.git')) {
        throw new InputError(Inputs.Path, `${displayPath} is in a .git folder${real === file ? '' : ` (it resolves to ${real})`}, where the checkout keeps its credentials: it is never uploaded.`);
    }
    if (!stats.isFile()) {
        throw new InputError(Inputs.Path, `${displayPath} is ${search_kind(stats)}, not a regular file: only regular files are uploaded.`);
    }
    const { size } = stats;
    if (size === 0) {
        throw new InputError(Inputs.Path, `${displayPath} is empty; there is nothing to upload.`);
    }
    if (size > MAX_FILE_BYTES) {
        throw new InputError(Inputs.Path, `${displayPath} is ${size} bytes, over the API's limit of ${MAX_FILE_BYTES} bytes (512 MiB). Split it into several files.`);
    }
    return { path: file, displayPath, size };
}
/** Whether target is root or inside it (path.relative: a sibling such as ../root2 is not). */
function within(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative)));
}
function search_kind(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
/** The result, or undefined when it fails (a path that does not exist, say). */
async function attempt(promise) {
    try {
        return await promise;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/main.ts








/** The story of a run: read the inputs, find the files, check the data, upload, report. */
async function run() {
    const step = { dryRun: false, checked: [], outcomes: [] };
    try {
        const settings = getSettings();
        step.purpose = settings.purpose;
        step.dryRun = settings.dryRun;
        const { files, unmatched } = await findFiles(settings.patterns, settings.workspace, settings.ifNoFilesFound, { allowOutsideWorkspace: settings.allowOutsideWorkspace });
        if (settings.ifNoFilesFound === 'warn')
            warnUnmatched(unmatched);
        if (checksWhileSending(settings)) {
            const sent = await checkWhileSending(settings, files, logCheck, uploadLog(settings.serverUrl));
            step.checked = sent.checked;
            assertAllValid(step.checked);
            step.outcomes = sent.outcomes;
        }
        else {
            step.checked = await checkFiles(settings, files, logCheck);
            assertAllValid(step.checked);
            if (!settings.dryRun) {
                step.outcomes = await sendFiles(settings, step.checked, uploadLog(settings.serverUrl));
            }
        }
    }
    catch (error) {
        step.failure = error;
    }
    await reportUploadStep(step);
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
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map