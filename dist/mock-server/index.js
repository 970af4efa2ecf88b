import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 801:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(385);
// Command-line wrapper for the mock Mistral server, bundled by ncc into dist/mock-server/index.js
// for the demo. Prints one JSON line {"url","apiKey"} on stdout once listening, then logs each
// request to stderr until SIGINT/SIGTERM.


const USAGE = `Usage: node dist/mock-server/index.js [options]
  --port N               port to listen on (default 0: any free port)
  --host H               address to bind (default 127.0.0.1)
  --api-key K            accepted bearer key (default $MOCK_API_KEY or 'test-key')
  --storage-dir D        keep uploads here (default: a temp dir removed on exit)
  --max-upload-bytes N   larger bodies get 413 (default 536870912)
  --bytes-null           answer "bytes": null like the spec's examples
  --no-check-jsonl       accept .jsonl files whose lines are not JSON
  --batch-step-ms N      time between two steps of a batch job (default 100)
  --batch-requests-per-step N
                         requests a running batch job answers per step (default 10)
  --batch-hour-ms N      length of one of a job's timeout_hours, in ms (default 3600000)
  --batch-fail-custom-ids A,B
                         request lines with these custom_ids fail with 400
  --batch-all-failed-status S
                         SUCCESS (default) or FAILED: how a job none of whose requests
                         succeeded ends
  --legacy-fine-tuning   serve the retired /v1/fine_tuning/jobs API instead of 410
  --fine-tuning-step-ms N
                         time between two fine-tuning job statuses (default: batch step)`;
function logLine(r) {
    const size = r.fileBytes === null ? '' : ` ${r.fileBytes}B`;
    process.stderr.write(`${r.method} ${r.path} ${r.status ?? 'no-response'}${size}\n`);
}
function positiveInt(name, raw) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new Error(`--${name} must be a whole number, got '${raw}'`);
    return Number(raw);
}
async function main() {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        options: {
            port: { type: 'string' },
            host: { type: 'string' },
            'api-key': { type: 'string' },
            'storage-dir': { type: 'string' },
            'max-upload-bytes': { type: 'string' },
            'bytes-null': { type: 'boolean' },
            'no-check-jsonl': { type: 'boolean' },
            'batch-step-ms': { type: 'string' },
            'batch-requests-per-step': { type: 'string' },
            'batch-hour-ms': { type: 'string' },
            'batch-fail-custom-ids': { type: 'string' },
            'batch-all-failed-status': { type: 'string' },
            'legacy-fine-tuning': { type: 'boolean' },
            'fine-tuning-step-ms': { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return;
    }
    const allFailed = values['batch-all-failed-status'];
    if (allFailed !== undefined && allFailed !== 'SUCCESS' && allFailed !== 'FAILED') {
        throw new Error(`--batch-all-failed-status must be SUCCESS or FAILED, got '${allFailed}'`);
    }
    const failIds = values['batch-fail-custom-ids']?.split(',').filter(id => id !== '');
    const server = await _server_js__WEBPACK_IMPORTED_MODULE_1__/* .MockMistralServer */ .U.start({
        port: positiveInt('port', values.port),
        host: values.host,
        apiKey: values['api-key'] ?? (process.env.MOCK_API_KEY || undefined),
        storageDir: values['storage-dir'],
        maxUploadBytes: positiveInt('max-upload-bytes', values['max-upload-bytes']),
        bytesNull: values['bytes-null'],
        checkJsonl: !values['no-check-jsonl'],
        batchStepMs: positiveInt('batch-step-ms', values['batch-step-ms']),
        batchRequestsPerStep: positiveInt('batch-requests-per-step', values['batch-requests-per-step']),
        batchHourMs: positiveInt('batch-hour-ms', values['batch-hour-ms']),
        failCustomIds: failIds && (id => id !== null && failIds.includes(id)),
        batchAllFailedStatus: allFailed,
        legacyFineTuning: values['legacy-fine-tuning'],
        fineTuningStepMs: positiveInt('fine-tuning-step-ms', values['fine-tuning-step-ms']),
        onRequest: logLine
    });
    process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: server.apiKey })}\n`);
    const stop = async (signal) => {
        process.stderr.write(`${signal}: shutting down\n`);
        try {
            await server.close();
        }
        catch (error) {
            process.stderr.write(`close failed: ${String(error)}\n`);
            process.exit(1);
        }
        process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
}
try {
    await main();
}
catch (error) {
    process.stderr.write(`mock-server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ MockMistralServer)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./mock-server/replies.ts
// Small response helpers shared by the server and the multipart reader.
// A handler builds a Reply instead of writing to the response, so the fault layer can
// still replace or truncate it after the real work (storing a file) has been done.

function json(status, value, headers) {
    return { status, contentType: 'application/json', body: JSON.stringify(value), headers };
}
// nginx's own reason phrases, where they differ from Node's.
const NGINX_REASONS = {
    413: 'Request Entity Too Large',
    503: 'Service Temporarily Unavailable',
    504: 'Gateway Time-out'
};
/** The page nginx serves for its own errors (413 from client_max_body_size, 502, 504 ...). */
function nginxPage(status) {
    const title = `${status} ${NGINX_REASONS[status] ?? external_node_http_namespaceObject.STATUS_CODES[status] ?? 'Error'}`;
    const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
        `<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    return { status, contentType: 'text/html', body };
}
/** The "all errors" shape from Mistral's error glossary. */
function apiError(status, message = external_node_http_namespaceObject.STATUS_CODES[status] ?? 'Error') {
    return json(status, apiErrorBody(status, message));
}
function apiErrorBody(status, message = external_node_http_namespaceObject.STATUS_CODES[status] ?? 'Error') {
    const type = (external_node_http_namespaceObject.STATUS_CODES[status] ?? 'error').toLowerCase().replace(/\W+/g, '_');
    return { object: 'error', message, type, param: null, code: String(status) };
}
function validationError(issues) {
    return json(422, { detail: issues });
}
/** Thrown where the answer is already known deep inside a handler. */
class HttpError extends Error {
    reply;
    constructor(reply) {
        super(`HTTP ${reply.status}`);
        this.reply = reply;
    }
}
/** Read and discard the rest of a request body; resolves once it ended or the socket closed. */
function drain(req) {
    if (req.readableEnded || req.destroyed)
        return Promise.resolve();
    return new Promise(resolve => {
        req.once('end', resolve);
        req.once('close', resolve);
        req.once('error', () => resolve());
        req.resume();
    });
}

;// CONCATENATED MODULE: ./mock-server/validate.ts

/** Hyphens optional, like pydantic's UUID parsing; braces and `urn:uuid:` are not accepted. */
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The canonical form pydantic serialises a UUID in: lowercase, hyphenated. */
function canonicalUuid(raw) {
    const hex = raw.replace(/-/g, '').toLowerCase();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** "'a', 'b' or 'c'", as pydantic lists enum members. */
function expectedList(allowed) {
    const quoted = allowed.map(v => `'${v}'`);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
/** Collects issues while reading fields; each reader returns undefined when the value failed. */
class Checker {
    issues = [];
    add(type, loc, msg, input, ctx) {
        this.issues.push(ctx ? { type, loc, msg, input, ctx } : { type, loc, msg, input });
    }
    missing(loc) {
        this.add('missing', loc, 'Field required', null);
        return undefined;
    }
    string(value, loc, rules = {}) {
        if (typeof value !== 'string') {
            this.add('string_type', loc, 'Input should be a valid string', value);
            return undefined;
        }
        const length = [...value].length;
        if (rules.min !== undefined && length < rules.min) {
            const msg = `String should have at least ${rules.min} character${rules.min === 1 ? '' : 's'}`;
            this.add('string_too_short', loc, msg, value, { min_length: rules.min });
            return undefined;
        }
        if (rules.max !== undefined && length > rules.max) {
            const msg = `String should have at most ${rules.max} character${rules.max === 1 ? '' : 's'}`;
            this.add('string_too_long', loc, msg, value, { max_length: rules.max });
            return undefined;
        }
        if (rules.pattern !== undefined && !new RegExp(rules.pattern).test(value)) {
            const msg = `String should match pattern '${rules.pattern}'`;
            this.add('string_pattern_mismatch', loc, msg, value, { pattern: rules.pattern });
            return undefined;
        }
        return value;
    }
    /** Lax mode: integral floats and numeric strings are accepted, as pydantic does for JSON. */
    int(value, loc, bounds = {}) {
        let n;
        if (typeof value === 'number' && Number.isFinite(value)) {
            if (!Number.isInteger(value)) {
                const msg = 'Input should be a valid integer, got a number with a fractional part';
                this.add('int_from_float', loc, msg, value);
                return undefined;
            }
            n = value;
        }
        else if (typeof value === 'string') {
            if (!/^\s*[+-]?\d+\s*$/.test(value)) {
                const msg = 'Input should be a valid integer, unable to parse string as an integer';
                this.add('int_parsing', loc, msg, value);
                return undefined;
            }
            n = Number.parseInt(value, 10);
        }
        else {
            this.add('int_type', loc, 'Input should be a valid integer', value);
            return undefined;
        }
        return this.bounded(n, value, loc, bounds);
    }
    number(value, loc, bounds = {}) {
        let n;
        if (typeof value === 'number' && Number.isFinite(value)) {
            n = value;
        }
        else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(+value)) {
            n = Number(value);
        }
        else if (typeof value === 'string') {
            const msg = 'Input should be a valid number, unable to parse string as a number';
            this.add('float_parsing', loc, msg, value);
            return undefined;
        }
        else {
            this.add('float_type', loc, 'Input should be a valid number', value);
            return undefined;
        }
        return this.bounded(n, value, loc, bounds);
    }
    bool(value, loc) {
        if (typeof value === 'boolean')
            return value;
        if (value === 0 || value === 1)
            return value === 1;
        if (typeof value === 'string') {
            if (/^(true|1|yes|on|t|y)$/i.test(value))
                return true;
            if (/^(false|0|no|off|f|n)$/i.test(value))
                return false;
            const msg = 'Input should be a valid boolean, unable to interpret input';
            this.add('bool_parsing', loc, msg, value);
            return undefined;
        }
        this.add('bool_type', loc, 'Input should be a valid boolean', value);
        return undefined;
    }
    uuid(value, loc) {
        if (typeof value !== 'string') {
            this.add('uuid_type', loc, 'UUID input should be a string, bytes or UUID object', value);
            return undefined;
        }
        if (!UUID.test(value)) {
            this.add('uuid_parsing', loc, 'Input should be a valid UUID', value);
            return undefined;
        }
        return canonicalUuid(value);
    }
    oneOf(value, loc, allowed) {
        if (typeof value === 'string' && allowed.includes(value)) {
            return value;
        }
        const expected = expectedList(allowed);
        this.add('enum', loc, `Input should be ${expected}`, value, { expected });
        return undefined;
    }
    list(value, loc, maxItems) {
        if (!Array.isArray(value)) {
            this.add('list_type', loc, 'Input should be a valid list', value);
            return undefined;
        }
        if (maxItems !== undefined && value.length > maxItems) {
            const msg = `List should have at most ${maxItems} items after validation, not ${value.length}`;
            const ctx = { field_type: 'List', max_length: maxItems, actual_length: value.length };
            this.add('too_long', loc, msg, value, ctx);
            return undefined;
        }
        return value;
    }
    dict(value, loc) {
        if (isObject(value))
            return value;
        this.add('dict_type', loc, 'Input should be a valid dictionary', value);
        return undefined;
    }
    /** The top-level body, or a nested model: pydantic's wording differs from a plain dict. */
    model(value, loc) {
        if (isObject(value))
            return value;
        const msg = 'Input should be a valid dictionary or object to extract fields from';
        this.add(loc.length === 1 ? 'model_attributes_type' : 'model_type', loc, msg, value);
        return undefined;
    }
    bounded(n, input, loc, b) {
        const fail = (type, words, key, limit) => {
            this.add(type, loc, `Input should be ${words} ${limit}`, input, { [key]: limit });
            return undefined;
        };
        if (b.ge !== undefined && n < b.ge)
            return fail('greater_than_equal', 'greater than or equal to', 'ge', b.ge);
        if (b.gt !== undefined && n <= b.gt)
            return fail('greater_than', 'greater than', 'gt', b.gt);
        if (b.le !== undefined && n > b.le)
            return fail('less_than_equal', 'less than or equal to', 'le', b.le);
        return n;
    }
}
// ---- query strings ----
function intParam(q, name, fallback, issues) {
    const raw = q.get(name);
    if (raw === null)
        return fallback;
    if (/^\d+$/.test(raw))
        return Number(raw);
    const msg = 'Input should be a valid integer, unable to parse string as an integer';
    issues.push({ type: 'int_parsing', loc: ['query', name], msg, input: raw });
    return fallback;
}
function boolParam(q, name, fallback, issues) {
    const raw = q.get(name);
    if (raw === null)
        return fallback;
    if (/^(true|1|yes|on|t|y)$/i.test(raw))
        return true;
    if (/^(false|0|no|off|f|n)$/i.test(raw))
        return false;
    const msg = 'Input should be a valid boolean, unable to interpret input';
    issues.push({ type: 'bool_parsing', loc: ['query', name], msg, input: raw });
    return fallback;
}
/** Every value of a list parameter, repeated (`?s=a&s=b`, what the SDKs send) or comma-joined. */
function listParam(q, name) {
    return q
        .getAll(name)
        .flatMap(v => v.split(','))
        .filter(v => v !== '');
}
/** A pydantic datetime from a query string: ISO 8601 or unix seconds. Returns unix seconds. */
function dateParam(q, name, issues) {
    const raw = q.get(name);
    if (raw === null || raw === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(raw))
        return Number(raw);
    const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
    if (!Number.isNaN(ms))
        return ms / 1000;
    const msg = 'Input should be a valid datetime or date, invalid character in year';
    issues.push({ type: 'datetime_from_date_parsing', loc: ['query', name], msg, input: raw });
    return undefined;
}
/** Read a whole JSON body (a 413 page past `maxBytes`), as FastAPI parses a pydantic body. */
async function readJsonBody(req, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > maxBytes)
            throw new HttpError(nginxPage(413));
        chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '')
        return { kind: 'empty' };
    try {
        return { kind: 'json', value: JSON.parse(text) };
    }
    catch (error) {
        const at = /position (\d+)/.exec(error.message);
        const issue = {
            type: 'json_invalid',
            loc: ['body', at ? Number(at[1]) : 0],
            msg: 'JSON decode error',
            input: {},
            ctx: { error: 'Expecting value' }
        };
        return { kind: 'invalid', issue };
    }
}
/** The body as a pydantic model: its 422 issues when it is missing, broken or not an object. */
function bodyObject(body, check) {
    if (body.kind === 'empty') {
        check.missing(['body']);
        return undefined;
    }
    if (body.kind === 'invalid') {
        check.issues.push(body.issue);
        return undefined;
    }
    return check.model(body.value, ['body']);
}

;// CONCATENATED MODULE: ./mock-server/inference.ts
// Made-up but well-formed answers for the endpoints a batch job can target, so a batch output
// file looks like the real thing: a chat.completion for chat and FIM, an embeddings list, etc.
// Deterministic: the same request body always gets the same answer (apart from ids and times).


const ENDPOINTS = [
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
];
const tokens = (text) => Math.max(1, Math.ceil(text.length / 4));
function hex(n = 32) {
    return (0,external_node_crypto_namespaceObject.randomUUID)().replace(/-/g, '').slice(0, n);
}
/** The text a request asks about: the last user message, a FIM prompt, or any inputs. */
function promptOf(body) {
    const messages = Array.isArray(body.messages)
        ? body.messages
        : Array.isArray(body.inputs)
            ? body.inputs
            : [];
    for (const message of [...messages].reverse()) {
        if (isObject(message) && message.role !== 'assistant' && message.role !== 'system') {
            return textOf(message.content);
        }
    }
    for (const key of ['prompt', 'input', 'inputs']) {
        if (body[key] !== undefined)
            return textOf(body[key]);
    }
    return '';
}
function textOf(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content))
        return content.map(textOf).join(' ');
    if (isObject(content) && typeof content.text === 'string')
        return content.text;
    return content === undefined ? '' : JSON.stringify(content);
}
function vector(text, dims = 8) {
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest();
    return Array.from({ length: dims }, (_, i) => Math.round((digest[i] / 255 - 0.5) * 2e4) / 1e4);
}
/** The 200 body `endpoint` would answer for `body`, with `model` the job's or the line's model. */
function fakeResponse(endpoint, body, model) {
    const created = Math.floor(Date.now() / 1000);
    const prompt = promptOf(body);
    const answer = `Mock answer to: ${prompt.slice(0, 200)}`.trim();
    const usage = {
        prompt_tokens: tokens(prompt),
        completion_tokens: tokens(answer),
        total_tokens: tokens(prompt) + tokens(answer)
    };
    switch (endpoint) {
        case '/v1/chat/completions':
        case '/v1/fim/completions':
            return {
                id: hex(),
                object: 'chat.completion',
                model,
                usage,
                created,
                choices: [
                    {
                        index: 0,
                        message: { role: 'assistant', content: answer, tool_calls: null },
                        finish_reason: 'stop'
                    }
                ]
            };
        case '/v1/embeddings': {
            const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ''];
            const promptTokens = inputs.reduce((n, v) => n + tokens(textOf(v)), 0);
            return {
                id: hex(),
                object: 'list',
                data: inputs.map((v, index) => ({
                    object: 'embedding',
                    embedding: vector(textOf(v)),
                    index
                })),
                model,
                usage: { prompt_tokens: promptTokens, total_tokens: promptTokens }
            };
        }
        case '/v1/moderations':
        case '/v1/chat/moderations':
            return {
                id: hex(),
                model,
                results: [
                    {
                        categories: {
                            sexual: false,
                            hate_and_discrimination: false,
                            violence_and_threats: false
                        },
                        category_scores: {
                            sexual: 0.0001,
                            hate_and_discrimination: 0.0001,
                            violence_and_threats: 0.0001
                        }
                    }
                ]
            };
        case '/v1/classifications':
        case '/v1/chat/classifications':
            return { id: hex(), model, results: [{}] };
        case '/v1/ocr':
            return {
                pages: [{ index: 0, markdown: 'Mock OCR page', images: [], dimensions: null }],
                model,
                usage_info: { pages_processed: 1, doc_size_bytes: null }
            };
        case '/v1/conversations':
            return {
                object: 'conversation.response',
                conversation_id: `conv_${hex(24)}`,
                outputs: [
                    {
                        object: 'entry',
                        type: 'message.output',
                        created_at: new Date(created * 1000).toISOString(),
                        id: `msg_${hex(24)}`,
                        role: 'assistant',
                        content: answer,
                        model
                    }
                ],
                usage
            };
        default: // /v1/audio/transcriptions
            return {
                model,
                text: 'Mock transcription',
                language: null,
                segments: [],
                usage: { prompt_audio_seconds: 1, prompt_tokens: 1, total_tokens: 2, completion_tokens: 1 }
            };
    }
}

;// CONCATENATED MODULE: ./mock-server/batch.ts
// The Batch API (/v1/batch/jobs in the public OpenAPI spec) with a simulated processor: a job
// reads its real input files, answers a few requests per step, and ends with real output and
// error files in the Files API, all at a speed the tests choose.









const BATCH_STATUSES = [
    'QUEUED',
    'RUNNING',
    'SUCCESS',
    'FAILED',
    'TIMEOUT_EXCEEDED',
    'CANCELLATION_REQUESTED',
    'CANCELLED'
];
const FINISHED = new Set([
    'SUCCESS',
    'FAILED',
    'TIMEOUT_EXCEEDED',
    'CANCELLED'
]);
// The list endpoint's own parameters; any other one is a metadata key (see `metadataFilter`).
const LIST_PARAMS = new Set([
    'page',
    'page_size',
    'model',
    'agent_id',
    'metadata',
    'created_after',
    'created_by_me',
    'status',
    'order_by'
]);
const now = () => Math.floor(Date.now() / 1000);
class BatchJobs {
    host;
    options;
    jobs = [];
    runs = new Map();
    closed = false;
    constructor(host, options) {
        this.host = host;
        this.options = options;
    }
    // ---- routes ----
    async create(body) {
        const { issues, request } = readCreate(body);
        if (!request)
            return validationError(issues);
        const inputs = [];
        for (const id of request.inputFiles) {
            const file = this.host.files.find(f => f.id === id);
            if (!file)
                return json(404, { detail: 'File not found' });
            inputs.push(file);
        }
        let total;
        try {
            total = request.requests?.length ?? (await countRequests(inputs.map(f => f.path)));
        }
        catch {
            return json(404, { detail: 'File not found' }); // deleted while being counted
        }
        const job = {
            id: (0,external_node_crypto_namespaceObject.randomUUID)(),
            object: 'batch',
            input_files: request.inputFiles,
            metadata: request.metadata,
            endpoint: request.endpoint,
            model: request.model,
            agent_id: request.agentId,
            output_file: null,
            error_file: null,
            errors: [],
            status: 'QUEUED',
            created_at: now(),
            total_requests: total,
            completed_requests: 0,
            succeeded_requests: 0,
            failed_requests: 0,
            started_at: null,
            completed_at: null
        };
        const part = (kind) => (0,external_node_path_namespaceObject.join)(this.host.storageDir, `.batch-${job.id}-${kind}.part`);
        const state = {
            job,
            deadline: Date.now() + request.timeoutHours * (this.options.batchHourMs ?? 3_600_000),
            inputPaths: inputs.map(f => f.path),
            requests: request.requests,
            source: null,
            index: 0,
            out: new ResultWriter(part('output')),
            err: new ResultWriter(part('error')),
            results: request.requests ? [] : null,
            busy: null,
            removed: false
        };
        this.jobs.push(job);
        this.runs.set(job.id, state);
        this.schedule(state);
        return json(200, this.view(job));
    }
    list(query) {
        const issues = [];
        const page = intParam(query, 'page', 0, issues);
        const pageSize = intParam(query, 'page_size', 100, issues);
        boolParam(query, 'created_by_me', false, issues); // every job here is the caller's
        const createdAfter = dateParam(query, 'created_after', issues);
        const statuses = listParam(query, 'status');
        const check = new Checker();
        for (const [i, s] of statuses.entries())
            check.oneOf(s, ['query', 'status', i], BATCH_STATUSES);
        const orderBy = query.get('order_by') ?? '-created';
        check.oneOf(orderBy, ['query', 'order_by'], ['created', '-created']);
        const metadata = metadataFilter(query, issues);
        issues.push(...check.issues);
        if (issues.length > 0)
            return validationError(issues);
        const model = query.get('model');
        const agentId = query.get('agent_id');
        const matches = this.jobs
            .filter(j => model === null || j.model === model)
            .filter(j => agentId === null || j.agent_id === agentId)
            .filter(j => statuses.length === 0 || statuses.includes(j.status))
            .filter(j => createdAfter === undefined || j.created_at > createdAfter)
            .filter(j => Object.entries(metadata).every(([k, v]) => j.metadata?.[k] === v));
        if (orderBy === '-created')
            matches.reverse(); // kept in creation order; newest first
        const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(j => this.view(j));
        return json(200, { data, object: 'list', total: matches.length });
    }
    async get(id, query) {
        const found = this.find(id);
        if (isReply(found))
            return found;
        const issues = [];
        const inline = boolParam(query, 'inline', false, issues);
        if (issues.length > 0)
            return validationError(issues);
        if (!inline || this.runs.get(found.id)?.results)
            return json(200, this.view(found));
        return json(200, view(found, await this.outputs(found)));
    }
    cancel(id) {
        const found = this.find(id);
        if (isReply(found))
            return found;
        if (found.status === 'QUEUED' || found.status === 'RUNNING') {
            found.status = 'CANCELLATION_REQUESTED'; // the next step finishes it as CANCELLED
        }
        return json(200, this.view(found));
    }
    async remove(id) {
        const found = this.find(id);
        if (isReply(found))
            return found;
        this.jobs.splice(this.jobs.indexOf(found), 1);
        const state = this.runs.get(found.id);
        this.runs.delete(found.id);
        if (state) {
            state.removed = true;
            await state.busy;
            await this.discard(state);
        }
        return json(200, { id: found.id, object: 'batch', deleted: true });
    }
    /** Stop every job; partial files are removed. */
    async close() {
        this.closed = true;
        const states = [...this.runs.values()];
        await Promise.allSettled(states.map(async (s) => s.busy));
        await Promise.allSettled(states.map(async (s) => this.discard(s)));
    }
    // ---- the processor ----
    schedule(state) {
        if (this.closed)
            return;
        this.host.later(this.options.batchStepMs ?? 100, () => {
            state.busy = (async () => {
                try {
                    await this.step(state);
                }
                catch (error) {
                    await this.crash(state, error);
                }
                finally {
                    state.busy = null;
                }
            })();
        });
    }
    async step(state) {
        const { job } = state;
        if (this.closed || state.removed || FINISHED.has(job.status))
            return;
        if (job.status === 'CANCELLATION_REQUESTED')
            return this.finish(state, 'CANCELLED');
        if (Date.now() >= state.deadline)
            return this.finish(state, 'TIMEOUT_EXCEEDED');
        if (job.status === 'QUEUED') {
            job.status = 'RUNNING';
            job.started_at = now();
            state.source = state.requests ? inlineEntries(state.requests) : fileEntries(state.inputPaths);
            return this.schedule(state);
        }
        const source = state.source ?? fileEntries(state.inputPaths);
        state.source = source;
        for (let i = 0; i < Math.max(1, this.options.batchRequestsPerStep ?? 10); i++) {
            const next = await source.next();
            if (this.closed || state.removed)
                return;
            if (next.done)
                return this.finish(state, this.outcome(job));
            this.answer(state, next.value);
        }
        await Promise.all([state.out.flush(), state.err.flush()]);
        this.schedule(state);
    }
    /** Answer one request line: a success line in the output file or a failure in the error file. */
    answer(state, entry) {
        const { job } = state;
        const lineId = `batch-${job.id.slice(0, 8)}-${state.index++}`;
        let customId = null;
        let failure = null;
        let body = {};
        if (!entry.ok) {
            failure = { status: 400, message: entry.message };
        }
        else if (!isObject(entry.value)) {
            failure = { status: 400, message: 'Invalid batch request: a line must be a JSON object' };
        }
        else {
            const raw = entry.value.custom_id;
            customId = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
            if (!isObject(entry.value.body)) {
                failure = { status: 400, message: "Invalid batch request: 'body' must be a JSON object" };
            }
            else {
                body = entry.value.body;
                failure = this.forcedFailure(customId, body);
            }
        }
        const model = job.model ?? (typeof body.model === 'string' ? body.model : null);
        if (!failure && model === null && job.agent_id === null) {
            failure = { status: 400, message: 'No model: set `model` on the job or in the request body' };
        }
        job.completed_requests++;
        if (failure) {
            job.failed_requests++;
            const known = job.errors.find(e => e.message === failure.message);
            if (known)
                known.count++;
            else
                job.errors.push({ message: failure.message, count: 1 });
            const response = {
                status_code: failure.status,
                body: apiErrorBody(failure.status, failure.message)
            };
            const error = { message: failure.message, code: String(failure.status) };
            const line = { id: lineId, custom_id: customId, response, error };
            state.err.push(line);
            state.results?.push(line);
            return;
        }
        job.succeeded_requests++;
        const answer = fakeResponse(job.endpoint, body, model ?? `agent:${job.agent_id}`);
        const line = { id: lineId, custom_id: customId, response: { status_code: 200, body: answer } };
        state.out.push({ ...line, error: null });
        state.results?.push({ ...line, error: null });
    }
    forcedFailure(customId, body) {
        for (const verdict of [body.fail, this.options.failCustomIds?.(customId, body)]) {
            if (verdict !== true && typeof verdict !== 'number')
                continue;
            const status = verdict === true ? 400 : verdict;
            if (status < 400 || status > 599)
                continue;
            const reason = external_node_http_namespaceObject.STATUS_CODES[status] ?? 'Error';
            return { status, message: status === 400 ? 'Invalid request' : reason };
        }
        return null;
    }
    outcome(job) {
        if (job.completed_requests === 0) {
            job.errors.push({ message: 'The batch has no requests', count: 1 });
            return 'FAILED';
        }
        if (job.succeeded_requests > 0)
            return 'SUCCESS';
        return this.options.batchAllFailedStatus ?? 'SUCCESS';
    }
    /** End a job: publish what was answered (also after a cancel or timeout), then the status. */
    async finish(state, status) {
        const { job } = state;
        await state.source?.return();
        state.source = null;
        await Promise.all([state.out.flush(), state.err.flush()]);
        if (this.closed || state.removed)
            return;
        job.output_file = await this.publish(job, state.out, 'batch_result', 'output');
        job.error_file = await this.publish(job, state.err, 'batch_error', 'error');
        // A cancel that arrived during the last step still wins.
        const cancelled = job.status === 'CANCELLATION_REQUESTED' && status !== 'FAILED';
        job.status = cancelled ? 'CANCELLED' : status;
        job.completed_at = now();
    }
    /** An input file that vanished or broke mid-run fails the job. */
    async crash(state, error) {
        const code = error.code;
        const message = code === 'ENOENT' ? 'Input file not found' : `Batch processing failed: ${String(error)}`;
        state.job.errors.push({ message, count: 1 });
        try {
            await this.finish(state, 'FAILED');
        }
        catch {
            state.job.status = 'FAILED';
            state.job.completed_at = now();
        }
    }
    async publish(job, writer, sampleType, kind) {
        if (writer.lines === 0)
            return null;
        const id = (0,external_node_crypto_namespaceObject.randomUUID)();
        const path = (0,external_node_path_namespaceObject.join)(this.host.storageDir, id);
        await (0,promises_namespaceObject.rename)(writer.path, path);
        this.host.files.push({
            id,
            object: 'file',
            bytes: writer.bytes,
            created_at: now(),
            filename: `batch-${job.id}-${kind}.jsonl`,
            purpose: 'batch',
            sample_type: sampleType,
            source: 'mistral',
            num_lines: writer.lines,
            mimetype: 'application/jsonl',
            signature: null,
            expires_at: null,
            visibility: 'workspace',
            sha256: writer.digest(),
            path,
            deleted: false
        });
        return id;
    }
    async discard(state) {
        await state.source?.return();
        state.source = null;
        await (0,promises_namespaceObject.rm)(state.out.path, { force: true });
        await (0,promises_namespaceObject.rm)(state.err.path, { force: true });
    }
    /** Jobs created with inline `requests` answer their results, as the SDK examples read them. */
    view(job) {
        const results = this.runs.get(job.id)?.results;
        if (!results)
            return view(job);
        return view(job, FINISHED.has(job.status) ? results.map(r => ({ ...r })) : null);
    }
    /** The result lines of a finished file job, output then errors; null while it runs. */
    async outputs(job) {
        if (!FINISHED.has(job.status))
            return null;
        const lines = [];
        for (const id of [job.output_file, job.error_file]) {
            const file = this.host.files.find(f => f.id === id);
            if (!file)
                continue;
            const text = await (0,promises_namespaceObject.readFile)(file.path, 'utf8');
            for (const line of text.split('\n'))
                if (line !== '')
                    lines.push(JSON.parse(line));
        }
        return lines;
    }
    find(id) {
        if (!UUID.test(id)) {
            const issue = {
                type: 'uuid_parsing',
                loc: ['path', 'job_id'],
                msg: 'Input should be a valid UUID'
            };
            return validationError([{ ...issue, input: id }]);
        }
        const job = this.jobs.find(j => j.id === canonicalUuid(id));
        return job ?? json(404, { detail: 'Batch job not found' });
    }
}
function isReply(value) {
    return 'contentType' in value;
}
/** A results file being written: lines are buffered per step and appended with a running hash. */
class ResultWriter {
    path;
    bytes = 0;
    lines = 0;
    pending = [];
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    constructor(path) {
        this.path = path;
    }
    push(line) {
        this.pending.push(`${JSON.stringify(line)}\n`);
        this.lines++;
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const data = this.pending.join('');
        this.pending = [];
        this.hash.update(data);
        this.bytes += Buffer.byteLength(data);
        await (0,promises_namespaceObject.appendFile)(this.path, data);
    }
    digest() {
        return this.hash.copy().digest('hex');
    }
}
/** The job's BatchJob answer, in the spec's field order; `outputs` only when asked for. */
function view(job, outputs) {
    return {
        id: job.id,
        object: job.object,
        input_files: [...job.input_files],
        metadata: job.metadata && { ...job.metadata },
        endpoint: job.endpoint,
        model: job.model,
        agent_id: job.agent_id,
        output_file: job.output_file,
        error_file: job.error_file,
        errors: job.errors.map(e => ({ ...e })),
        ...(outputs === undefined ? {} : { outputs }),
        status: job.status,
        created_at: job.created_at,
        total_requests: job.total_requests,
        completed_requests: job.completed_requests,
        succeeded_requests: job.succeeded_requests,
        failed_requests: job.failed_requests,
        started_at: job.started_at,
        completed_at: job.completed_at
    };
}
/** CreateBatchJobRequest, checked as pydantic would. */
function readCreate(body) {
    const check = new Checker();
    const o = bodyObject(body, check);
    if (!o)
        return { issues: check.issues };
    const inputFiles = [];
    if (o.input_files != null) {
        const list = check.list(o.input_files, ['body', 'input_files']) ?? [];
        for (const [i, v] of list.entries()) {
            const id = check.uuid(v, ['body', 'input_files', i]);
            if (id)
                inputFiles.push(id);
        }
    }
    let requests = null;
    if (o.requests != null) {
        const list = check.list(o.requests, ['body', 'requests'], 10000);
        for (const [i, r] of (list ?? []).entries()) {
            const loc = ['body', 'requests', i];
            const request = check.model(r, loc);
            if (!request)
                continue;
            if (request.custom_id != null)
                check.string(request.custom_id, [...loc, 'custom_id']);
            if (request.body === undefined)
                check.missing([...loc, 'body']);
            else
                check.dict(request.body, [...loc, 'body']);
        }
        if (list)
            requests = list;
    }
    let endpoint;
    if (o.endpoint === undefined)
        check.missing(['body', 'endpoint']);
    else
        endpoint = check.oneOf(o.endpoint, ['body', 'endpoint'], ENDPOINTS);
    const model = o.model == null ? null : check.string(o.model, ['body', 'model']);
    const agentId = o.agent_id == null ? null : check.string(o.agent_id, ['body', 'agent_id']);
    let metadata = null;
    if (o.metadata != null) {
        const dict = check.dict(o.metadata, ['body', 'metadata']);
        if (dict) {
            metadata = {};
            for (const [key, value] of Object.entries(dict)) {
                check.string(key, ['body', 'metadata', key, '[key]'], { min: 1, max: 32 });
                const text = check.string(value, ['body', 'metadata', key], { min: 1, max: 512 });
                if (text !== undefined)
                    metadata[key] = text;
            }
        }
    }
    const timeoutHours = o.timeout_hours === undefined
        ? 24
        : check.int(o.timeout_hours, ['body', 'timeout_hours'], { ge: 1, le: 168 });
    if (check.issues.length > 0 || endpoint === undefined || timeoutHours === undefined) {
        return { issues: check.issues };
    }
    const hasRequests = requests !== null && requests.length > 0;
    if (inputFiles.length > 0 === hasRequests) {
        const msg = hasRequests
            ? 'Value error, Provide either input_files or requests, not both'
            : 'Value error, Either input_files or requests must be provided';
        check.add('value_error', ['body'], msg, o, { error: {} });
        return { issues: check.issues };
    }
    const request = {
        inputFiles,
        requests: hasRequests ? requests : null,
        endpoint,
        model: model ?? null,
        agentId: agentId ?? null,
        metadata,
        timeoutHours
    };
    return { issues: [], request };
}
/**
 * The `metadata` filter of GET /v1/batch/jobs. The spec types it as a query object, and both
 * SDKs send it form-style and exploded (`?job_type=testing`: each key is its own parameter), so
 * any parameter the endpoint does not define is a metadata key. `metadata={"k":"v"}` (JSON) and
 * `metadata=k,v` (form, not exploded) are accepted too.
 */
function metadataFilter(query, issues) {
    const filter = {};
    const raw = query.get('metadata');
    if (raw !== null && raw !== '') {
        let parsed;
        try {
            parsed = JSON.parse(raw);
        }
        catch {
            parsed = undefined;
        }
        const parts = raw.split(',');
        if (isObject(parsed)) {
            for (const [k, v] of Object.entries(parsed)) {
                filter[k] = typeof v === 'string' ? v : JSON.stringify(v);
            }
        }
        else if (parts.length % 2 === 0) {
            for (let i = 0; i < parts.length; i += 2)
                filter[parts[i]] = parts[i + 1];
        }
        else {
            const msg = 'Input should be a valid dictionary';
            issues.push({ type: 'dict_type', loc: ['query', 'metadata'], msg, input: raw });
        }
    }
    for (const [key, value] of query)
        if (!LIST_PARAMS.has(key))
            filter[key] = value;
    return filter;
}
function parseEntry(line) {
    try {
        return { ok: true, value: JSON.parse(line) };
    }
    catch (error) {
        return { ok: false, message: `Invalid JSON: ${error.message}` };
    }
}
async function* fileEntries(paths) {
    for (const path of paths) {
        const input = (0,external_node_fs_namespaceObject.createReadStream)(path);
        const lines = (0,external_node_readline_namespaceObject.createInterface)({ input, crlfDelay: Number.POSITIVE_INFINITY });
        try {
            for await (const line of lines)
                if (line.trim() !== '')
                    yield parseEntry(line);
        }
        finally {
            lines.close();
            input.destroy();
        }
    }
}
async function* inlineEntries(requests) {
    for (const value of requests)
        yield { ok: true, value };
}
/** Non-blank lines: one request each. */
async function countRequests(paths) {
    let count = 0;
    const entries = fileEntries(paths);
    while (!(await entries.next()).done)
        count++;
    return count;
}

;// CONCATENATED MODULE: ./mock-server/faults.ts

class FaultQueue {
    queues = new Map();
    /** `route` is 'METHOD /path'; a `{id}` or `:id` segment matches any one segment. */
    add(route, faults) {
        const [method, path, extra] = route.trim().split(/\s+/);
        if (!path || extra !== undefined)
            throw new Error(`route must look like 'POST /v1/files'`);
        const key = `${method.toUpperCase()} ${path.replace(/(.)\/$/, '$1')}`;
        this.queues.set(key, [...(this.queues.get(key) ?? []), ...faults]);
    }
    take(method, path) {
        for (const [route, queue] of this.queues) {
            if (queue.length > 0 && routeMatches(route, `${method} ${path}`))
                return queue.shift();
        }
        return undefined;
    }
}
/** 'GET /v1/files/{id}' (or ':id') matches any single path segment in that place. */
function routeMatches(route, request) {
    const want = route.split('/');
    const got = request.split('/');
    return (want.length === got.length &&
        want.every((part, i) => part === got[i] || (/^[{:]/.test(part) && got[i] !== '')));
}
function faultReply(status, body, headers) {
    if (body === undefined)
        return { ...apiError(status), headers };
    if (typeof body === 'object')
        return json(status, body, headers);
    const looksJson = /^\s*[[{]/.test(body);
    const contentType = looksJson ? 'application/json' : 'text/plain; charset=utf-8';
    return { status, contentType, body, headers };
}
/** Send a TCP RST (not a clean FIN) so the client sees ECONNRESET. */
function faults_reset(req) {
    if (!req.socket.destroyed)
        req.socket.resetAndDestroy();
}
function resetAfter(req, afterBytes) {
    return new Promise(resolve => {
        let seen = 0;
        const cut = () => {
            faults_reset(req);
            resolve();
        };
        if (afterBytes <= 0)
            return cut();
        req.on('data', (chunk) => {
            seen += chunk.length;
            if (seen >= afterBytes)
                cut();
        });
        req.on('end', cut); // a body shorter than afterBytes: cut once it has all arrived
        req.on('close', () => resolve());
    });
}

;// CONCATENATED MODULE: ./mock-server/fine-tuning.ts
// The retired fine-tuning jobs API, as the last spec that had it describes it
// (openapi.yaml @ a526d08: /v1/fine_tuning/jobs). Off by default: the live API answers 410 Gone.
// With `legacyFineTuning` a job goes QUEUED → VALIDATING → VALIDATED → RUNNING → SUCCESS, one
// step every `fineTuningStepMs`, and gets its `fine_tuned_model` name at the end.



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
const fine_tuning_FINISHED = new Set([
    'FAILED_VALIDATION',
    'FAILED',
    'SUCCESS',
    'CANCELLED'
]);
const TOKENS_PER_STEP = 131072;
const fine_tuning_now = () => Math.floor(Date.now() / 1000);
class FineTuningJobs {
    host;
    options;
    org;
    jobs = [];
    closed = false;
    constructor(host, options, 
    /** The 8 hex digits that stand for the organisation in fine-tuned model names. */
    org) {
        this.host = host;
        this.options = options;
        this.org = org;
    }
    create(body, query) {
        const queryIssues = [];
        const dryRun = boolParam(query, 'dry_run', false, queryIssues);
        const { issues, request } = fine_tuning_readCreate(body);
        if (!request || queryIssues.length > 0)
            return validationError([...queryIssues, ...issues]);
        const training = [];
        for (const id of [...request.trainingFiles, ...(request.validationFiles ?? [])]) {
            const file = this.host.files.find(f => f.id === id);
            if (!file)
                return json(404, { detail: 'File not found' });
            if (request.trainingFiles.includes(id))
                training.push(file);
        }
        const estimate = estimateOf(request, training);
        if (dryRun) {
            return json(200, {
                ...estimate.metadata,
                deprecated: true,
                details: '',
                epochs: estimate.epochs,
                training_steps: estimate.steps,
                object: 'job.metadata'
            });
        }
        const createdAt = fine_tuning_now();
        const job = {
            id: (0,external_node_crypto_namespaceObject.randomUUID)(),
            auto_start: request.autoStart,
            model: request.model,
            status: 'QUEUED',
            created_at: createdAt,
            modified_at: createdAt,
            training_files: request.trainingFiles,
            validation_files: request.validationFiles,
            object: 'job',
            fine_tuned_model: null,
            suffix: request.suffix,
            integrations: request.integrations,
            trained_tokens: null,
            metadata: estimate.metadata,
            job_type: request.jobType,
            hyperparameters: request.hyperparameters,
            repositories: request.repositories,
            ...(request.jobType === 'classifier' ? { classifier_targets: request.classifierTargets } : {}),
            events: [{ name: 'status-updated', data: { status: 'QUEUED' }, created_at: createdAt }],
            checkpoints: []
        };
        this.jobs.push(job);
        this.schedule(job, estimate.steps);
        return json(200, fine_tuning_view(job, false));
    }
    list(query) {
        const issues = [];
        const page = intParam(query, 'page', 0, issues);
        const pageSize = intParam(query, 'page_size', 100, issues);
        const check = new Checker();
        const status = query.get('status');
        if (status !== null)
            check.oneOf(status, ['query', 'status'], FINE_TUNING_STATUSES);
        issues.push(...check.issues);
        if (issues.length > 0)
            return validationError(issues);
        const model = query.get('model');
        const suffix = query.get('suffix');
        const matches = this.jobs
            .filter(j => model === null || j.model === model)
            .filter(j => status === null || j.status === status)
            .filter(j => suffix === null || j.suffix === suffix)
            .reverse();
        const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(j => fine_tuning_view(j, false));
        return json(200, { data, object: 'list', total: matches.length });
    }
    get(id) {
        const found = this.find(id);
        return fine_tuning_isReply(found) ? found : json(200, fine_tuning_view(found, true));
    }
    start(id) {
        const found = this.find(id);
        if (fine_tuning_isReply(found))
            return found;
        if (found.status === 'VALIDATED') {
            this.move(found, 'STARTED');
        }
        return json(200, fine_tuning_view(found, true));
    }
    cancel(id) {
        const found = this.find(id);
        if (fine_tuning_isReply(found))
            return found;
        if (!fine_tuning_FINISHED.has(found.status) && found.status !== 'CANCELLATION_REQUESTED') {
            this.move(found, 'CANCELLATION_REQUESTED');
        }
        return json(200, fine_tuning_view(found, true));
    }
    close() {
        this.closed = true;
    }
    schedule(job, steps) {
        if (this.closed)
            return;
        const ms = this.options.fineTuningStepMs ?? this.options.batchStepMs ?? 100;
        this.host.later(ms, () => {
            if (this.closed || fine_tuning_FINISHED.has(job.status))
                return;
            if (this.advance(job, steps))
                this.schedule(job, steps);
        });
    }
    /** One step of the lifecycle; false once the job waits for /start or has finished. */
    advance(job, steps) {
        switch (job.status) {
            case 'CANCELLATION_REQUESTED':
                this.move(job, 'CANCELLED');
                return false;
            case 'QUEUED':
                this.move(job, 'VALIDATING');
                return true;
            case 'VALIDATING': {
                const problem = this.validate(job);
                if (problem) {
                    this.move(job, 'FAILED_VALIDATION', { error: problem });
                    return false;
                }
                this.move(job, 'VALIDATED');
                return true;
            }
            case 'VALIDATED':
                if (!job.auto_start)
                    return true; // keeps polling until POST …/start
                this.move(job, 'RUNNING');
                return true;
            case 'STARTED':
                this.move(job, 'RUNNING');
                return true;
            case 'RUNNING': {
                const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
                const suffix = job.suffix ? `${job.suffix}:` : '';
                const prefix = job.job_type === 'classifier' ? 'ft:classifier' : 'ft';
                job.fine_tuned_model = `${prefix}:${job.model}:${this.org}:${day}:${suffix}${job.id.slice(0, 8)}`;
                job.trained_tokens = Number(job.metadata.train_tokens ?? 0);
                const validated = (job.validation_files ?? []).length > 0;
                job.checkpoints.push({
                    metrics: {
                        train_loss: 0.8123,
                        valid_loss: validated ? 0.9012 : null,
                        valid_mean_token_accuracy: validated ? 0.7634 : null
                    },
                    step_number: steps,
                    created_at: fine_tuning_now()
                });
                this.move(job, 'SUCCESS');
                return false;
            }
            default:
                return false;
        }
    }
    /** What the validation step checks: the files are still there and are fine-tuning data. */
    validate(job) {
        if (job.training_files.length === 0)
            return 'At least one training file is required.';
        for (const id of [...job.training_files, ...(job.validation_files ?? [])]) {
            const file = this.host.files.find(f => f.id === id);
            if (!file)
                return `File ${id} not found.`;
            if (file.purpose !== 'fine-tune') {
                return `File ${id} has purpose '${file.purpose}'; fine-tuning needs 'fine-tune'.`;
            }
        }
        return null;
    }
    move(job, status, data = {}) {
        job.status = status;
        job.modified_at = fine_tuning_now();
        job.events.push({ name: 'status-updated', data: { status, ...data }, created_at: job.modified_at });
    }
    find(id) {
        if (!UUID.test(id)) {
            const issue = {
                type: 'uuid_parsing',
                loc: ['path', 'job_id'],
                msg: 'Input should be a valid UUID'
            };
            return validationError([{ ...issue, input: id }]);
        }
        const job = this.jobs.find(j => j.id === canonicalUuid(id));
        return job ?? json(404, { detail: 'Job not found' });
    }
}
function fine_tuning_isReply(value) {
    return 'contentType' in value;
}
/** The job answer in the spec's field order; `details` adds events and checkpoints. */
function fine_tuning_view(job, details) {
    const { events, checkpoints, ...rest } = job;
    const copy = structuredClone(rest);
    return details
        ? { ...copy, events: structuredClone(events), checkpoints: structuredClone(checkpoints) }
        : copy;
}
/** Mistral-style cost and duration estimate (made up, but consistent with the data size). */
function estimateOf(request, training) {
    const dataTokens = Math.max(1, Math.ceil(training.reduce((n, f) => n + f.bytes, 0) / 4));
    const hp = request.hyperparameters;
    const steps = hp.training_steps ??
        (hp.epochs ? Math.max(1, Math.ceil((dataTokens * hp.epochs) / TOKENS_PER_STEP)) : 10);
    const trainTokens = steps * TOKENS_PER_STEP;
    return {
        metadata: {
            expected_duration_seconds: steps * 12,
            cost: Math.round((trainTokens / 1e6) * 100) / 100,
            cost_currency: 'EUR',
            train_tokens_per_step: TOKENS_PER_STEP,
            train_tokens: trainTokens,
            data_tokens: dataTokens,
            estimated_start_time: null
        },
        steps,
        epochs: Math.round((trainTokens / dataTokens) * 1e4) / 1e4
    };
}
/** CreateFineTuningJobRequest, checked as pydantic would (locs without union member tags). */
function fine_tuning_readCreate(body) {
    const check = new Checker();
    const o = bodyObject(body, check);
    if (!o)
        return { issues: check.issues };
    const model = o.model === undefined
        ? check.missing(['body', 'model'])
        : check.string(o.model, ['body', 'model']);
    const trainingFiles = [];
    if (o.training_files !== undefined) {
        const list = check.list(o.training_files, ['body', 'training_files']) ?? [];
        for (const [i, item] of list.entries()) {
            const loc = ['body', 'training_files', i];
            // The spec wants {file_id, weight}; the docs' curl example sends bare ids.
            if (typeof item === 'string') {
                const id = check.uuid(item, loc);
                if (id)
                    trainingFiles.push(id);
                continue;
            }
            const file = check.model(item, loc);
            if (!file)
                continue;
            const id = file.file_id === undefined
                ? check.missing([...loc, 'file_id'])
                : check.uuid(file.file_id, [...loc, 'file_id']);
            if (file.weight !== undefined)
                check.number(file.weight, [...loc, 'weight'], { gt: 0 });
            if (id)
                trainingFiles.push(id);
        }
    }
    let validationFiles = null;
    if (o.validation_files != null) {
        validationFiles = [];
        const list = check.list(o.validation_files, ['body', 'validation_files']) ?? [];
        for (const [i, item] of list.entries()) {
            const id = check.uuid(item, ['body', 'validation_files', i]);
            if (id)
                validationFiles.push(id);
        }
    }
    const suffix = o.suffix == null
        ? null
        : check.string(o.suffix, ['body', 'suffix'], { min: 1, max: 18, pattern: '^[a-zA-Z0-9_-]+$' });
    const passList = (name) => o[name] == null ? null : (check.list(o[name], ['body', name]) ?? null);
    const integrations = passList('integrations');
    const repositories = passList('repositories') ?? [];
    const classifierTargets = passList('classifier_targets');
    const autoStart = o.auto_start === undefined ? true : check.bool(o.auto_start, ['body', 'auto_start']);
    if (o.invalid_sample_skip_percentage !== undefined) {
        const loc = ['body', 'invalid_sample_skip_percentage'];
        check.number(o.invalid_sample_skip_percentage, loc, { ge: 0, le: 0.5 });
    }
    const jobType = o.job_type == null
        ? 'completion'
        : check.oneOf(o.job_type, ['body', 'job_type'], ['completion', 'classifier']);
    const hyperparameters = readHyperparameters(o.hyperparameters, check, jobType ?? 'completion');
    if (check.issues.length > 0 ||
        model === undefined ||
        autoStart === undefined ||
        !jobType ||
        !hyperparameters ||
        suffix === undefined) {
        return { issues: check.issues };
    }
    return {
        issues: [],
        request: {
            model,
            trainingFiles,
            validationFiles,
            suffix,
            integrations,
            autoStart,
            jobType,
            hyperparameters,
            repositories,
            classifierTargets
        }
    };
}
function readHyperparameters(value, check, jobType) {
    const loc = ['body', 'hyperparameters'];
    if (value === undefined) {
        check.missing(loc);
        return undefined;
    }
    const hp = check.model(value, loc);
    if (!hp)
        return undefined;
    // Every field but learning_rate may be null.
    const read = (name, fallback, kind, bounds) => {
        const raw = hp[name];
        if (raw === undefined)
            return fallback;
        if (raw === null && name !== 'learning_rate')
            return null;
        const at = [...loc, name];
        return (kind === 'int' ? check.int(raw, at, bounds) : check.number(raw, at, bounds)) ?? null;
    };
    const out = {
        training_steps: read('training_steps', null, 'int', { ge: 1 }),
        learning_rate: read('learning_rate', 0.0001, 'number', { ge: 1e-8, le: 1 }),
        weight_decay: read('weight_decay', 0.1, 'number', { ge: 0, le: 1 }),
        warmup_fraction: read('warmup_fraction', 0.05, 'number', { ge: 0, le: 1 }),
        epochs: read('epochs', null, 'number', { gt: 0 }),
        seq_len: read('seq_len', null, 'int', { ge: 100 })
    };
    if (jobType === 'completion')
        out.fim_ratio = read('fim_ratio', 0.9, 'number', { ge: 0, le: 1 });
    return out;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(75);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/@fastify/busboy/index.js
var busboy = __nccwpck_require__(614);
;// CONCATENATED MODULE: ./mock-server/multipart.ts
// Streaming multipart/form-data intake: fields are collected, the `file` part is handed to a
// consumer as a stream. Nothing here holds a whole file in memory (the benchmark sends 400 MiB).








/**
 * Parse a multipart body. Resolves with the consumer's result for the first part named `file`
 * that carries a filename (null if there was none). Starlette-like answers for bad bodies:
 * a non-form body yields no fields (so the caller reports "file: Field required"), a missing
 * boundary or a broken body is a 400.
 */
async function readMultipart(req, options) {
    const type = req.headers['content-type'] ?? '';
    if (!/^multipart\/form-data\b/i.test(type)) {
        await drain(req);
        return null;
    }
    if (!/;\s*boundary=/i.test(type)) {
        await drain(req);
        throw new HttpError(json(400, { detail: 'Missing boundary in multipart.' }));
    }
    return new Promise((resolve, reject) => {
        let filePromise = null;
        let fileStream = null;
        let settled = false;
        let received = 0;
        // Let the consumer remove its temp file before the caller answers.
        const rejectOnceFileSettled = async (error) => {
            await Promise.allSettled([filePromise]);
            reject(error);
        };
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            req.unpipe(bb);
            fileStream?.destroy(error instanceof Error ? error : new Error(String(error)));
            void rejectOnceFileSettled(error);
        };
        const failIfRejected = async (promise) => {
            try {
                await promise;
            }
            catch (error) {
                fail(error);
            }
        };
        const finish = async () => {
            let result;
            try {
                result = filePromise === null ? null : await filePromise;
            }
            catch (error) {
                return fail(error);
            }
            if (settled)
                return;
            settled = true;
            resolve(result);
        };
        const bb = (0,busboy.Busboy)({
            headers: req.headers,
            // Like Starlette: only a part with a filename is a file; anything else is a text field.
            isPartAFile: (_name, _type, filename) => filename !== undefined,
            fileHwm: 1024 * 1024
        });
        bb.on('field', (name, value) => {
            options.fields[name] = value;
        });
        bb.on('file', (name, stream, filename, _encoding, mimetype) => {
            if (name !== 'file' || filePromise !== null) {
                stream.resume(); // extra file parts are read and ignored
                return;
            }
            fileStream = stream;
            filePromise = options.onFile({ filename, mimetype }, stream);
            void failIfRejected(filePromise);
        });
        bb.on('error', () => {
            // Busboy stops reading on a parse error; read the rest so the client is not left hanging.
            fail(new HttpError(json(400, { detail: 'There was an error parsing the body' })));
        });
        bb.on('finish', () => void finish());
        req.on('data', (chunk) => {
            received += chunk.length;
            if (received > options.maxBytes)
                fail(new HttpError(nginxPage(413)));
        });
        req.on('close', () => {
            if (!req.complete)
                fail(new Error('client closed the connection mid-body'));
        });
        req.pipe(bb);
    });
}
/** Write a file part to `dir`, hashing it, counting lines and checking `.jsonl` files if asked. */
async function receiveFile(dir, part, stream, checkJsonl) {
    const tmpPath = (0,external_node_path_namespaceObject.join)(dir, `upload-${(0,external_node_crypto_namespaceObject.randomUUID)()}.part`);
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const lines = new LineInspector(checkJsonl && /\.jsonl$/i.test(part.filename));
    let bytes = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            hash.update(chunk);
            lines.push(chunk);
            done(null, chunk);
        }
    });
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(stream, tap, (0,external_node_fs_namespaceObject.createWriteStream)(tmpPath, { highWaterMark: 1024 * 1024 }));
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(tmpPath, { force: true });
        throw error;
    }
    lines.end();
    return {
        ...part,
        tmpPath,
        bytes,
        sha256: hash.digest('hex'),
        numLines: lines.count,
        firstRecord: lines.firstRecord,
        errors: lines.errors,
        errorCount: lines.errorCount
    };
}
/** Read a file part and throw it away, counting its bytes (faults still record what was sent). */
async function discardFile(stream) {
    let bytes = 0;
    await (0,external_node_stream_promises_namespaceObject.pipeline)(stream, new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            bytes += chunk.length;
            done();
        }
    }));
    return bytes;
}
const MAX_LINE_BYTES = 32 * 1024 * 1024; // keeps memory bounded if a "line" never ends
const MAX_REPORTED_ERRORS = 1000;
/**
 * A streaming line splitter. It always counts lines and parses the first non-blank one; with
 * `validate` it also parses every line and records failures with 1-based line numbers, the way
 * the real API reports an invalid fine-tuning file.
 */
class LineInspector {
    validate;
    count = 0;
    firstRecord = undefined;
    errors = [];
    errorCount = 0;
    pending = [];
    pendingBytes = 0;
    lineBytes = 0;
    tooLong = false;
    sawFirst = false;
    // fatal: Python would reject invalid UTF-8; ignoreBOM: keep a BOM so JSON.parse fails like json.loads.
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    constructor(validate) {
        this.validate = validate;
    }
    push(chunk) {
        let start = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
            this.keep(chunk.subarray(start, nl));
            this.endLine();
            start = nl + 1;
        }
        if (start < chunk.length)
            this.keep(chunk.subarray(start));
    }
    /** A last line without a trailing newline still counts. */
    end() {
        if (this.lineBytes > 0)
            this.endLine();
    }
    get wantsText() {
        return this.validate || !this.sawFirst;
    }
    keep(piece) {
        this.lineBytes += piece.length;
        if (!this.wantsText || this.tooLong)
            return;
        if (this.pendingBytes + piece.length > MAX_LINE_BYTES) {
            this.tooLong = true;
            this.pending = [];
            return;
        }
        this.pending.push(piece);
        this.pendingBytes += piece.length;
    }
    endLine() {
        this.count++;
        if (this.tooLong) {
            this.sawFirst = true;
            this.fail(`Line is longer than ${MAX_LINE_BYTES} bytes`);
        }
        else if (this.wantsText) {
            this.inspect(this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending));
        }
        this.pending = [];
        this.pendingBytes = 0;
        this.lineBytes = 0;
        this.tooLong = false;
    }
    inspect(raw) {
        let text;
        try {
            text = this.decoder.decode(raw);
        }
        catch {
            this.sawFirst = true;
            return this.fail('Line is not valid UTF-8');
        }
        if (text.trim() === '')
            return; // blank lines are tolerated
        try {
            const value = JSON.parse(text);
            if (!this.sawFirst)
                this.firstRecord = value;
        }
        catch (error) {
            this.fail(`Invalid JSON: ${error.message}`);
        }
        this.sawFirst = true;
    }
    fail(message) {
        if (!this.validate)
            return;
        this.errorCount++;
        if (this.errors.length < MAX_REPORTED_ERRORS)
            this.errors.push({ message, line_number: this.count });
    }
}

;// CONCATENATED MODULE: ./mock-server/server.ts
// A local stand-in for the Mistral Files API (see /v1/files in the public OpenAPI spec), with
// fault injection so the Action's retry and recovery paths can be tested without the network.












const PURPOSES = ['fine-tune', 'batch', 'ocr'];
const VISIBILITIES = ['workspace', 'user'];
const METHOD_NOT_ALLOWED = json(405, { detail: 'Method Not Allowed' });
const RETIRED = {
    object: 'error',
    message: 'The fine-tuning API has been retired.',
    type: 'gone',
    param: null,
    code: '410'
};
class MockMistralServer {
    server;
    url;
    apiKey;
    storageDir;
    ownsStorageDir;
    options;
    files = [];
    requests = [];
    faults = new FaultQueue();
    timers = new Set();
    bodies = new WeakMap();
    batch;
    fineTuning;
    closing = null;
    constructor(server, url, apiKey, storageDir, ownsStorageDir, options) {
        this.server = server;
        this.url = url;
        this.apiKey = apiKey;
        this.storageDir = storageDir;
        this.ownsStorageDir = ownsStorageDir;
        this.options = options;
        const host = {
            files: this.files,
            storageDir,
            later: (ms, run) => void this.later(ms, run)
        };
        this.batch = new BatchJobs(host, options);
        const org = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(apiKey).digest('hex').slice(0, 8);
        this.fineTuning = new FineTuningJobs(host, options, org);
    }
    /** Batch jobs in creation order, as the API reports them (GET lists them newest first). */
    get jobs() {
        return this.batch.jobs;
    }
    /** Fine-tuning jobs (only with `legacyFineTuning`), with their events and checkpoints. */
    get fineTuningJobs() {
        return this.fineTuning.jobs;
    }
    static async start(options = {}) {
        const ownsStorageDir = options.storageDir === undefined;
        const storageDir = options.storageDir ?? (await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'mock-mistral-')));
        await (0,promises_namespaceObject.mkdir)(storageDir, { recursive: true });
        // requestTimeout 0: a 512 MB upload over a slow link must not be cut off after 5 minutes.
        const server = external_node_http_default().createServer({ requestTimeout: 0 });
        const host = options.host ?? '127.0.0.1';
        try {
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(options.port ?? 0, host, resolve);
            });
        }
        catch (error) {
            if (ownsStorageDir)
                await (0,promises_namespaceObject.rm)(storageDir, { recursive: true, force: true });
            throw error;
        }
        const { port } = server.address();
        const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
        const apiKey = options.apiKey ?? 'test-key';
        const mock = new MockMistralServer(server, url, apiKey, storageDir, ownsStorageDir, options);
        server.on('request', (req, res) => void mock.handle(req, res));
        return mock;
    }
    uploads() {
        return this.requests.filter(r => r.method === 'POST' && r.path === '/v1/files');
    }
    /** Queue faults for a route such as 'POST /v1/files' or 'GET /v1/files/{id}'. */
    inject(route, ...faults) {
        this.faults.add(route, faults);
    }
    close() {
        this.closing ??= (async () => {
            // Jobs stop scheduling steps first; a step in flight finishes, then partial files go.
            const jobsStopped = this.batch.close();
            this.fineTuning.close();
            for (const timer of this.timers)
                clearTimeout(timer);
            const closed = new Promise(resolve => this.server.close(() => resolve()));
            this.server.closeAllConnections(); // also ends stalled responses and uploads in flight
            await Promise.all([closed, jobsStopped]);
            if (this.ownsStorageDir) {
                await (0,promises_namespaceObject.rm)(this.storageDir, { recursive: true, force: true, maxRetries: 3 });
            }
        })();
        return this.closing;
    }
    // ---- request pipeline ----
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://mock.invalid');
        const record = {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: req.headers,
            fields: {},
            fileBytes: null,
            fileContentType: null,
            status: null
        };
        this.requests.push(record);
        const requestId = (0,external_node_crypto_namespaceObject.randomUUID)().replace(/-/g, '');
        res.setHeader('x-request-id', requestId);
        res.on('close', () => this.options.onRequest?.(record));
        try {
            await this.route(req, res, record, url, requestId);
        }
        catch (error) {
            if (req.destroyed && !(error instanceof HttpError))
                return; // the client went away
            const reply = error instanceof HttpError ? error.reply : apiError(500, String(error));
            // A proxy answers 413 while the body is still arriving; other errors wait for all of it.
            if (reply.status !== 413)
                await drain(req);
            this.send(res, record, reply);
            await drain(req);
        }
    }
    async route(req, res, record, url, requestId) {
        // Checked before reading anything, like nginx's client_max_body_size in front of the API.
        if (Number(req.headers['content-length'] ?? 0) > this.maxUploadBytes) {
            throw new HttpError(nginxPage(413));
        }
        // Auth comes first so that a request with a bad key does not use up a queued fault.
        if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
            await drain(req);
            return this.send(res, record, json(401, { message: 'Unauthorized', request_id: requestId }));
        }
        const fault = this.faults.take(record.method, record.path);
        if (fault)
            return this.applyFault(fault, req, res, record, url);
        this.send(res, record, await this.dispatch(req, record, url));
    }
    async dispatch(req, record, url) {
        const { method, path } = record;
        if (method === 'POST' && path === '/v1/files')
            return this.upload(req, record);
        if (/^\/v1\/batch\/jobs(\/|$)/.test(path))
            return this.batchRoute(req, record, url);
        if (/^\/v1\/fine_tuning\/jobs(\/|$)/.test(path)) {
            if (this.options.legacyFineTuning)
                return this.fineTuningRoute(req, record, url);
            await drain(req);
            return json(410, RETIRED);
        }
        await drain(req);
        if (path === '/v1/files') {
            return method === 'GET'
                ? this.list(url.searchParams)
                : json(405, { detail: 'Method Not Allowed' });
        }
        const match = /^\/v1\/files\/([^/]+)(\/content)?$/.exec(path);
        if (!match)
            return json(404, { detail: 'Not Found' });
        const [, id, content] = match;
        if (method !== 'GET' && !(method === 'DELETE' && !content)) {
            return json(405, { detail: 'Method Not Allowed' });
        }
        if (!UUID.test(id)) {
            const issue = {
                type: 'uuid_parsing',
                loc: ['path', 'file_id'],
                msg: 'Input should be a valid UUID'
            };
            return validationError([{ ...issue, input: id }]);
        }
        const file = this.files.find(f => f.id === id.toLowerCase());
        if (!file)
            return json(404, { detail: 'File not found' });
        if (content) {
            const headers = { 'content-length': String(file.bytes) };
            return { status: 200, contentType: 'application/octet-stream', filePath: file.path, headers };
        }
        if (method === 'GET')
            return json(200, { ...this.view(file), deleted: false });
        this.files.splice(this.files.indexOf(file), 1);
        file.deleted = true;
        await (0,promises_namespaceObject.rm)(file.path, { force: true });
        return json(200, { id: file.id, object: 'file', deleted: true });
    }
    // ---- batch and fine-tuning jobs ----
    async batchRoute(req, record, url) {
        const { method, path } = record;
        const match = /^\/v1\/batch\/jobs(?:\/([^/]+)(\/cancel)?)?$/.exec(path);
        if (!match) {
            await drain(req);
            return json(404, { detail: 'Not Found' });
        }
        const [, id, cancel] = match;
        if (id === undefined && method === 'POST') {
            return this.batch.create(await this.jsonBody(req, record));
        }
        await drain(req);
        if (id === undefined) {
            return method === 'GET' ? this.batch.list(url.searchParams) : METHOD_NOT_ALLOWED;
        }
        if (cancel)
            return method === 'POST' ? this.batch.cancel(id) : METHOD_NOT_ALLOWED;
        if (method === 'GET')
            return this.batch.get(id, url.searchParams);
        if (method === 'DELETE')
            return this.batch.remove(id);
        return METHOD_NOT_ALLOWED;
    }
    async fineTuningRoute(req, record, url) {
        const { method, path } = record;
        const match = /^\/v1\/fine_tuning\/jobs(?:\/([^/]+)(?:\/(start|cancel))?)?$/.exec(path);
        if (!match) {
            await drain(req);
            return json(404, { detail: 'Not Found' });
        }
        const [, id, action] = match;
        if (id === undefined && method === 'POST') {
            return this.fineTuning.create(await this.jsonBody(req, record), url.searchParams);
        }
        await drain(req);
        if (id === undefined) {
            return method === 'GET' ? this.fineTuning.list(url.searchParams) : METHOD_NOT_ALLOWED;
        }
        if (action === 'start')
            return method === 'POST' ? this.fineTuning.start(id) : METHOD_NOT_ALLOWED;
        if (action === 'cancel') {
            return method === 'POST' ? this.fineTuning.cancel(id) : METHOD_NOT_ALLOWED;
        }
        return method === 'GET' ? this.fineTuning.get(id) : METHOD_NOT_ALLOWED;
    }
    /** The request's JSON body, read once: a fault may read it before the handler does. */
    jsonBody(req, record) {
        let body = this.bodies.get(req);
        if (!body) {
            body = (async () => {
                const parsed = await readJsonBody(req, this.maxUploadBytes);
                if (parsed.kind === 'json')
                    record.json = parsed.value;
                return parsed;
            })();
            this.bodies.set(req, body);
        }
        return body;
    }
    send(res, record, reply) {
        if (res.headersSent || res.destroyed)
            return;
        record.status = reply.status;
        res.statusCode = reply.status;
        res.setHeader('content-type', reply.contentType);
        for (const [name, value] of Object.entries(reply.headers ?? {}))
            res.setHeader(name, value);
        if (reply.filePath !== undefined) {
            const stream = (0,external_node_fs_namespaceObject.createReadStream)(reply.filePath);
            stream.on('error', () => res.destroy()); // e.g. deleted while being downloaded
            stream.pipe(res);
            return;
        }
        res.setHeader('content-length', Buffer.byteLength(reply.body ?? ''));
        res.end(reply.body);
    }
    // ---- the Files API ----
    async upload(req, record, storeAfterMs = 0) {
        const file = await readMultipart(req, {
            maxBytes: this.maxUploadBytes,
            fields: record.fields,
            onFile: (part, stream) => {
                record.fileContentType = part.mimetype;
                return receiveFile(this.storageDir, part, stream, this.options.checkJsonl ?? true);
            }
        });
        record.fileBytes = file?.bytes ?? null;
        const fields = record.fields;
        const issues = validateForm(fields, file !== null);
        if (issues.length > 0 || file === null) {
            if (file)
                await (0,promises_namespaceObject.rm)(file.tmpPath, { force: true });
            return validationError(issues);
        }
        const purpose = (fields.purpose || 'fine-tune');
        // The fine-tuning and batch services reject JSONL whose lines are not JSON, listing the lines.
        if (purpose !== 'ocr' && file.errorCount > 0) {
            await (0,promises_namespaceObject.rm)(file.tmpPath, { force: true });
            const n = file.errorCount;
            const description = `Found ${n} error${n === 1 ? '' : 's'} in this file. ` +
                'You can view supported formats here: https://docs.mistral.ai/capabilities/finetuning.';
            return json(422, { detail: 'Invalid file format.', description, errors: file.errors });
        }
        if (storeAfterMs > 0)
            await new Promise(resolve => this.later(storeAfterMs, () => resolve(null)));
        return json(200, this.view(await this.keep(file, purpose, fields)));
    }
    /** Store an accepted upload, or return the existing file with the same name and content. */
    async keep(file, purpose, fields) {
        const id = (0,external_node_crypto_namespaceObject.randomUUID)();
        const path = (0,external_node_path_namespaceObject.join)(this.storageDir, id);
        await (0,promises_namespaceObject.rename)(file.tmpPath, path);
        // Looked up after the await so two identical uploads racing each other still dedupe.
        const existing = this.files.find(f => f.filename === file.filename && f.sha256 === file.sha256);
        if (existing) {
            await (0,promises_namespaceObject.rm)(path, { force: true });
            return existing;
        }
        const createdAt = Math.floor(Date.now() / 1000);
        const expiry = fields.expiry ? Number.parseInt(fields.expiry, 10) : null;
        const stored = {
            id,
            object: 'file',
            bytes: file.bytes,
            created_at: createdAt,
            filename: file.filename,
            purpose,
            sample_type: sampleType(purpose, file.firstRecord),
            source: 'upload',
            // Mistral's OCR examples report 0 lines for documents.
            num_lines: purpose === 'ocr' ? 0 : file.numLines,
            mimetype: file.mimetype || null,
            signature: null,
            expires_at: expiry === null ? null : createdAt + expiry * 3600, // expiry unit assumed: hours
            visibility: (fields.visibility || 'workspace'),
            sha256: file.sha256,
            path,
            deleted: false
        };
        this.files.push(stored);
        return stored;
    }
    list(query) {
        const issues = [];
        const page = intParam(query, 'page', 0, issues);
        const pageSize = intParam(query, 'page_size', 100, issues);
        const includeTotal = boolParam(query, 'include_total', true, issues);
        if (issues.length > 0)
            return validationError(issues);
        const search = query.get('search')?.toLowerCase();
        const purpose = query.get('purpose');
        const sampleTypes = query.getAll('sample_type');
        const sources = query.getAll('source');
        const mimetypes = query.getAll('mimetypes');
        const matches = this.files
            .filter(f => !search || f.filename.toLowerCase().includes(search))
            .filter(f => !purpose || f.purpose === purpose)
            .filter(f => sampleTypes.length === 0 || sampleTypes.includes(f.sample_type))
            .filter(f => sources.length === 0 || sources.includes(f.source))
            .filter(f => mimetypes.length === 0 || mimetypes.includes(f.mimetype ?? ''))
            .reverse(); // files are kept in upload order; the API lists newest first
        const data = matches.slice(page * pageSize, (page + 1) * pageSize).map(f => this.view(f));
        return json(200, includeTotal ? { data, object: 'list', total: matches.length } : { data, object: 'list' });
    }
    /** The API's view of a stored file (CreateFileResponse field order). */
    view(file) {
        return {
            id: file.id,
            object: file.object,
            bytes: this.options.bytesNull ? null : file.bytes,
            created_at: file.created_at,
            filename: file.filename,
            purpose: file.purpose,
            sample_type: file.sample_type,
            num_lines: file.num_lines,
            mimetype: file.mimetype,
            source: file.source,
            signature: file.signature,
            expires_at: file.expires_at,
            visibility: file.visibility
        };
    }
    // ---- faults ----
    async applyFault(fault, req, res, record, url) {
        switch (fault.kind) {
            case 'status':
                await this.consume(req, record);
                return this.send(res, record, faultReply(fault.status, fault.body, fault.headers));
            case 'html':
                await this.consume(req, record);
                return this.send(res, record, nginxPage(fault.status));
            case 'store-then-status':
                await this.dispatch(req, record, url);
                return this.send(res, record, faultReply(fault.status, fault.body));
            case 'truncated-json': {
                const reply = await this.dispatch(req, record, url);
                const body = reply.body ?? '';
                return this.send(res, record, { ...reply, body: body.slice(0, Math.floor(body.length / 2)) });
            }
            case 'reset-before-response':
                await this.consume(req, record);
                return faults_reset(req);
            case 'reset-mid-body':
                return resetAfter(req, fault.afterBytes ?? 64 * 1024);
            case 'stall': {
                await this.consume(req, record);
                if (fault.ms === undefined)
                    return; // the socket stays open until close()
                const timer = this.later(fault.ms, () => this.send(res, record, nginxPage(504)));
                res.on('close', () => this.cancel(timer)); // the client gave up first
                return;
            }
            case 'store-late':
                // No answer ever comes: the client times out, and the file (or job) appears `ms` after
                // its body.
                try {
                    if (record.path === '/v1/files') {
                        await this.upload(req, record, fault.ms);
                    }
                    else {
                        if (isJson(req))
                            await this.jsonBody(req, record);
                        else
                            await drain(req);
                        await new Promise(resolve => this.later(fault.ms, () => resolve(null)));
                        await this.dispatch(req, record, url);
                    }
                }
                catch {
                    // nobody is waiting for the answer
                }
                return;
            case 'trickle': {
                await this.consume(req, record);
                record.status = 200;
                res.writeHead(200, { 'content-type': 'application/json' });
                const tick = () => {
                    if (res.destroyed)
                        return;
                    res.write(' ');
                    this.later(fault.intervalMs, tick);
                };
                return tick();
            }
            case 'endless': {
                await this.consume(req, record);
                record.status = fault.status ?? 200;
                res.writeHead(record.status, { 'content-type': 'application/json' });
                const chunk = Buffer.alloc(64 * 1024, '[');
                const pump = () => {
                    while (!res.destroyed && res.write(chunk))
                        ;
                    if (!res.destroyed)
                        res.once('drain', pump);
                };
                return pump();
            }
        }
    }
    /** A timer that close() clears. */
    later(ms, run) {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            run();
        }, ms);
        this.timers.add(timer);
        return timer;
    }
    cancel(timer) {
        clearTimeout(timer);
        this.timers.delete(timer);
    }
    /** Read a body without storing anything, but still record the form fields and file size. */
    async consume(req, record) {
        if (isJson(req)) {
            try {
                await this.jsonBody(req, record); // kept: a store-then-status fault may still need it
            }
            catch {
                await drain(req);
            }
            return;
        }
        try {
            const bytes = await readMultipart(req, {
                maxBytes: Number.POSITIVE_INFINITY,
                fields: record.fields,
                onFile: (part, stream) => {
                    record.fileContentType = part.mimetype;
                    return discardFile(stream);
                }
            });
            record.fileBytes = bytes;
        }
        catch {
            await drain(req); // a broken body is irrelevant here: the fault decides the answer
        }
    }
    get maxUploadBytes() {
        return this.options.maxUploadBytes ?? 512 * 1024 * 1024;
    }
}
// ---- helpers ----
/** FastAPI/pydantic-style validation of the upload form. */
function validateForm(fields, hasFile) {
    const issues = [];
    if (!hasFile && fields.file !== undefined) {
        const msg = "Value error, Expected UploadFile, received: <class 'str'>";
        issues.push({
            type: 'value_error',
            loc: ['body', 'file'],
            msg,
            input: fields.file,
            ctx: { error: {} }
        });
    }
    else if (!hasFile) {
        issues.push({ type: 'missing', loc: ['body', 'file'], msg: 'Field required', input: null });
    }
    for (const [name, allowed] of [
        ['purpose', PURPOSES],
        ['visibility', VISIBILITIES]
    ]) {
        const value = fields[name];
        if (value && !allowed.includes(value)) {
            const quoted = allowed.map(v => `'${v}'`);
            const expected = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
            const msg = `Input should be ${expected}`;
            issues.push({ type: 'enum', loc: ['body', name], msg, input: value, ctx: { expected } });
        }
    }
    if (fields.expiry && !/^\s*[+-]?\d+\s*$/.test(fields.expiry)) {
        const msg = 'Input should be a valid integer, unable to parse string as an integer';
        issues.push({ type: 'int_parsing', loc: ['body', 'expiry'], msg, input: fields.expiry });
    }
    return issues;
}
/**
 * fine-tune: `messages` means instruct data, `text`/`content` means pretraining data.
 * ocr: the live API answers `ocr_input`, a value missing from the spec's SampleType enum.
 */
function sampleType(purpose, first) {
    if (purpose === 'batch')
        return 'batch_request';
    if (purpose === 'ocr')
        return 'ocr_input';
    const record = typeof first === 'object' && first !== null ? first : {};
    if (!('messages' in record) && ('text' in record || 'content' in record))
        return 'pretrain';
    return 'instruct';
}
function isJson(req) {
    return /^application\/json\b/i.test(req.headers['content-type'] ?? '');
}


/***/ }),

/***/ 474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 182:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const WritableStream = (__nccwpck_require__(75).Writable)
const inherits = (__nccwpck_require__(975).inherits)

const StreamSearch = __nccwpck_require__(136)

const PartStream = __nccwpck_require__(612)
const HeaderParser = __nccwpck_require__(271)

const DASH = 45
const B_ONEDASH = Buffer.from('-')
const B_CRLF = Buffer.from('\r\n')
const EMPTY_FN = function () {}

function Dicer (cfg) {
  if (!(this instanceof Dicer)) { return new Dicer(cfg) }
  WritableStream.call(this, cfg)

  if (!cfg || (!cfg.headerFirst && typeof cfg.boundary !== 'string')) { throw new TypeError('Boundary required') }

  if (typeof cfg.boundary === 'string') { this.setBoundary(cfg.boundary) } else { this._bparser = undefined }

  this._headerFirst = cfg.headerFirst

  this._dashes = 0
  this._parts = 0
  this._finished = false
  this._realFinish = false
  this._isPreamble = true
  this._justMatched = false
  this._firstWrite = true
  this._inHeader = true
  this._part = undefined
  this._cb = undefined
  this._ignoreData = false
  this._partOpts = { highWaterMark: cfg.partHwm }
  this._pause = false

  const self = this
  this._hparser = new HeaderParser(cfg)
  this._hparser.on('header', function (header) {
    self._inHeader = false
    self._part.emit('header', header)
  })
}
inherits(Dicer, WritableStream)

Dicer.prototype.emit = function (ev) {
  if (ev === 'finish' && !this._realFinish) {
    if (!this._finished) {
      const self = this
      process.nextTick(function () {
        self.emit('error', new Error('Unexpected end of multipart data'))
        if (self._part && !self._ignoreData) {
          const type = (self._isPreamble ? 'Preamble' : 'Part')
          self._part.emit('error', new Error(type + ' terminated early due to unexpected end of multipart data'))
          self._part.push(null)
          process.nextTick(function () {
            self._realFinish = true
            self.emit('finish')
            self._realFinish = false
          })
          return
        }
        self._realFinish = true
        self.emit('finish')
        self._realFinish = false
      })
    }
  } else { WritableStream.prototype.emit.apply(this, arguments) }
}

Dicer.prototype._write = function (data, encoding, cb) {
  // ignore unexpected data (e.g. extra trailer data after finished)
  if (!this._hparser && !this._bparser) { return cb() }

  if (this._headerFirst && this._isPreamble) {
    if (!this._part) {
      this._part = new PartStream(this._partOpts)
      if (this.listenerCount('preamble') !== 0) { this.emit('preamble', this._part) } else { this._ignore() }
    }
    const r = this._hparser.push(data)
    if (!this._inHeader && r !== undefined && r < data.length) { data = data.slice(r) } else { return cb() }
  }

  // allows for "easier" testing
  if (this._firstWrite) {
    this._bparser.push(B_CRLF)
    this._firstWrite = false
  }

  this._bparser.push(data)

  if (this._pause) { this._cb = cb } else { cb() }
}

Dicer.prototype.reset = function () {
  this._part = undefined
  this._bparser = undefined
  this._hparser = undefined
}

Dicer.prototype.setBoundary = function (boundary) {
  const self = this
  this._bparser = new StreamSearch('\r\n--' + boundary)
  this._bparser.on('info', function (isMatch, data, start, end) {
    self._oninfo(isMatch, data, start, end)
  })
}

Dicer.prototype._ignore = function () {
  if (this._part && !this._ignoreData) {
    this._ignoreData = true
    this._part.on('error', EMPTY_FN)
    // we must perform some kind of read on the stream even though we are
    // ignoring the data, otherwise node's Readable stream will not emit 'end'
    // after pushing null to the stream
    this._part.resume()
  }
}

Dicer.prototype._oninfo = function (isMatch, data, start, end) {
  let buf; const self = this; let i = 0; let r; let shouldWriteMore = true

  if (!this._part && this._justMatched && data) {
    while (this._dashes < 2 && (start + i) < end) {
      if (data[start + i] === DASH) {
        ++i
        ++this._dashes
      } else {
        if (this._dashes) { buf = B_ONEDASH }
        this._dashes = 0
        break
      }
    }
    if (this._dashes === 2) {
      if ((start + i) < end && this.listenerCount('trailer') !== 0) { this.emit('trailer', data.slice(start + i, end)) }
      this.reset()
      this._finished = true
      // no more parts will be added
      if (self._parts === 0) {
        self._realFinish = true
        self.emit('finish')
        self._realFinish = false
      }
    }
    if (this._dashes) { return }
  }
  if (this._justMatched) { this._justMatched = false }
  if (!this._part) {
    this._part = new PartStream(this._partOpts)
    this._part._read = function (n) {
      self._unpause()
    }
    if (this._isPreamble && this.listenerCount('preamble') !== 0) {
      this.emit('preamble', this._part)
    } else if (this._isPreamble !== true && this.listenerCount('part') !== 0) {
      this.emit('part', this._part)
    } else {
      this._ignore()
    }
    if (!this._isPreamble) { this._inHeader = true }
  }
  if (data && start < end && !this._ignoreData) {
    if (this._isPreamble || !this._inHeader) {
      if (buf) { shouldWriteMore = this._part.push(buf) }
      shouldWriteMore = this._part.push(data.slice(start, end))
      if (!shouldWriteMore) { this._pause = true }
    } else if (!this._isPreamble && this._inHeader) {
      if (buf) { this._hparser.push(buf) }
      r = this._hparser.push(data.slice(start, end))
      if (!this._inHeader && r !== undefined && r < end) { this._oninfo(false, data, start + r, end) }
    }
  }
  if (isMatch) {
    this._hparser.reset()
    if (this._isPreamble) { this._isPreamble = false } else {
      // A part whose header block is still incomplete never emits 'header',
      // so nothing will consume it and its 'end' would never fire. Do not
      // count it as outstanding, just like an empty part.
      if (start !== end && !this._inHeader) {
        ++this._parts
        this._part.on('end', function () {
          if (--self._parts === 0) {
            if (self._finished) {
              self._realFinish = true
              self.emit('finish')
              self._realFinish = false
            } else {
              self._unpause()
            }
          }
        })
      }
    }
    this._part.push(null)
    this._part = undefined
    this._ignoreData = false
    this._justMatched = true
    this._dashes = 0
  }
}

Dicer.prototype._unpause = function () {
  if (!this._pause) { return }

  this._pause = false
  if (this._cb) {
    const cb = this._cb
    this._cb = undefined
    cb()
  }
}

module.exports = Dicer


/***/ }),

/***/ 271:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(474).EventEmitter)
const inherits = (__nccwpck_require__(975).inherits)
const getLimit = __nccwpck_require__(393)

const B_DCRLF = Buffer.from('\r\n\r\n')
const S_DCRLF = '\r\n\r\n'

function HeaderParser (cfg) {
  EventEmitter.call(this)

  cfg = cfg || {}
  this.nread = 0
  this.maxed = false
  // Number of trailing header bytes received but not kept in this.buffer
  // because maxHeaderSize was reached.
  this.dropped = 0
  this.npairs = 0
  this.maxHeaderPairs = getLimit(cfg, 'maxHeaderPairs', 2000)
  this.maxHeaderSize = getLimit(cfg, 'maxHeaderSize', 80 * 1024)
  this.buffer = ''
  this.header = Object.create(null)
  this.finished = false
  this.tail = ''
}
inherits(HeaderParser, EventEmitter)

HeaderParser.prototype.push = function (data) {
  if (!Buffer.isBuffer(data)) { data = Buffer.from(data, 'binary') }

  let end = data.length
  let appendEnd = data.length
  let found = false
  let splitTail = 0
  const tail = this.tail

  for (let i = tail.length; i > 0; --i) {
    if (tail.endsWith(S_DCRLF.slice(0, i))) {
      let matched = data.length >= S_DCRLF.length - i
      for (let j = i; matched && j < S_DCRLF.length; ++j) {
        matched = data[j - i] === S_DCRLF.charCodeAt(j)
      }
      if (matched) {
        end = S_DCRLF.length - i
        appendEnd = 0
        splitTail = i
        found = true
        break
      }
    }
  }

  if (!found) {
    const pos = data.indexOf(B_DCRLF)
    if (pos !== -1) {
      end = pos + B_DCRLF.length
      appendEnd = pos
      found = true
    }
  }

  if (!found) {
    this.tail = data.length >= 3
      ? data.toString('binary', data.length - 3)
      : (tail + data.toString('binary')).slice(-3)
  } else { this.tail = '' }

  if (appendEnd !== 0 && !this.maxed) {
    const remaining = this.maxHeaderSize - this.nread
    if (appendEnd >= remaining) {
      this.buffer += data.toString('binary', 0, remaining)
      this.nread = this.maxHeaderSize
      this.maxed = true
      this.dropped = appendEnd - remaining
    } else {
      this.buffer += data.toString('binary', 0, appendEnd)
      this.nread += appendEnd
    }
  } else {
    this.dropped += appendEnd
  }

  if (found) {
    // A CRLFCRLF header terminator split across pushes left its leading bytes
    // in this.buffer on the previous push; drop them so they do not trail the
    // last header value. splitTail is 0 in the common case, making this a no-op.
    // When maxHeaderSize truncation dropped some trailing bytes, only the
    // terminator bytes that actually made it into this.buffer are removed.
    const buffered = splitTail - this.dropped
    if (buffered > 0) {
      this.buffer = this.buffer.slice(0, this.buffer.length - buffered)
    }
    this._finish()
    return end
  }
}

HeaderParser.prototype.reset = function () {
  this.finished = false
  // A delimiter can cut off an incomplete header block; do not let its size
  // and pair counts carry over into the next part's header block.
  this.nread = this.npairs = 0
  this.maxed = false
  this.buffer = ''
  this.header = Object.create(null)
  this.tail = ''
  this.dropped = 0
}

HeaderParser.prototype._finish = function () {
  if (this.buffer) { this._parseHeader() }
  const header = this.header
  this.header = Object.create(null)
  this.buffer = ''
  this.tail = ''
  this.finished = true
  this.nread = this.npairs = 0
  this.maxed = false
  this.dropped = 0
  this.emit('header', header)
}

HeaderParser.prototype._parseHeader = function () {
  if (this.npairs === this.maxHeaderPairs) { return }

  const buffer = this.buffer
  let h
  let lineStart = 0

  while (lineStart < buffer.length) {
    let lineEnd = buffer.indexOf('\r\n', lineStart)
    if (lineEnd === -1) { lineEnd = buffer.length }

    if (lineEnd === lineStart) {
      lineStart = lineEnd + 2
      continue
    }

    // Reject bare line breaks instead of exposing them in parsed values
    const line = buffer.slice(lineStart, lineEnd)
    if (line.includes('\r') || line.includes('\n')) { return }

    if ((buffer[lineStart] === '\t' || buffer[lineStart] === ' ') && h) {
      // folded header content
      // RFC2822 says to just remove the CRLF and not the whitespace following
      // it, so we follow the RFC and include the leading whitespace ...
      this.header[h][this.header[h].length - 1] += buffer.slice(lineStart, lineEnd)
      lineStart = lineEnd + 2
      continue
    }

    const posColon = buffer.indexOf(':', lineStart)
    if (
      posColon === -1 ||
      posColon === lineStart ||
      posColon > lineEnd
    ) {
      return
    }
    h = buffer.slice(lineStart, posColon).toLowerCase()
    let valueStart = posColon + 1
    if (buffer[valueStart] === ' ' || buffer[valueStart] === '\t') { ++valueStart }
    const values = this.header[h] || (this.header[h] = [])
    values.push(buffer.slice(valueStart, lineEnd))
    if (++this.npairs === this.maxHeaderPairs) { break }

    lineStart = lineEnd + 2
  }
}

module.exports = HeaderParser


/***/ }),

/***/ 612:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const inherits = (__nccwpck_require__(975).inherits)
const ReadableStream = (__nccwpck_require__(75).Readable)

function PartStream (opts) {
  ReadableStream.call(this, opts)
}
inherits(PartStream, ReadableStream)

PartStream.prototype._read = function (n) {}

module.exports = PartStream


/***/ }),

/***/ 136:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/**
 * Copyright Brian White. All rights reserved.
 *
 * @see https://github.com/mscdex/streamsearch
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to
 * deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
 * sell copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
 * FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
 * IN THE SOFTWARE.
 *
 * Based heavily on the Streaming Boyer-Moore-Horspool C++ implementation
 * by Hongli Lai at: https://github.com/FooBarWidget/boyer-moore-horspool
 */

const { EventEmitter } = __nccwpck_require__(474)
const { inherits } = __nccwpck_require__(975)

function SBMH (needle) {
  if (typeof needle === 'string') {
    needle = Buffer.from(needle)
  }

  if (!Buffer.isBuffer(needle)) {
    throw new TypeError('The needle has to be a String or a Buffer.')
  }

  const needleLength = needle.length
  const needleLastCharIndex = needleLength - 1

  if (needleLength === 0) {
    throw new Error('The needle cannot be an empty String/Buffer.')
  }

  if (needleLength > 256) {
    throw new Error('The needle cannot have a length bigger than 256.')
  }

  this.maxMatches = Infinity
  this.matches = 0

  this._occ = new Uint16Array(256)
    .fill(needleLength) // Initialize occurrence table.
  this._lookbehind_size = 0
  this._needle = needle
  this._bufpos = 0

  this._lookbehind = Buffer.alloc(needleLastCharIndex)

  // Populate occurrence table with analysis of the needle,
  // ignoring last letter.
  for (var i = 0; i < needleLastCharIndex; ++i) { // eslint-disable-line no-var
    this._occ[needle[i]] = needleLastCharIndex - i
  }
}
inherits(SBMH, EventEmitter)

SBMH.prototype.reset = function () {
  this._lookbehind_size = 0
  this.matches = 0
  this._bufpos = 0
}

SBMH.prototype.push = function (chunk, pos) {
  if (!Buffer.isBuffer(chunk)) {
    chunk = Buffer.from(chunk, 'binary')
  }
  const chlen = chunk.length
  this._bufpos = pos || 0
  let r
  while (r !== chlen && this.matches < this.maxMatches) { r = this._sbmh_feed(chunk) }
  return r
}

SBMH.prototype._sbmh_feed = function (data) {
  const len = data.length
  const needle = this._needle
  const needleLength = needle.length
  const needleLastCharIndex = needleLength - 1
  const needleLastChar = needle[needleLastCharIndex]

  // Positive: points to a position in `data`
  //           pos == 3 points to data[3]
  // Negative: points to a position in the lookbehind buffer
  //           pos == -2 points to lookbehind[lookbehind_size - 2]
  let pos = -this._lookbehind_size
  let ch

  if (pos < 0) {
    // Lookbehind buffer is not empty. Perform Boyer-Moore-Horspool
    // search with character lookup code that considers both the
    // lookbehind buffer and the current round's haystack data.
    //
    // Loop until
    //   there is a match.
    // or until
    //   we've moved past the position that requires the
    //   lookbehind buffer. In this case we switch to the
    //   optimized loop.
    // or until
    //   the character to look at lies outside the haystack.
    while (pos < 0 && pos <= len - needleLength) {
      ch = data[pos + needleLastCharIndex]

      if (
        ch === needleLastChar &&
        this._sbmh_memcmp(data, pos, needleLastCharIndex)
      ) {
        this._lookbehind_size = 0
        ++this.matches
        this.emit('info', true)
        return (this._bufpos = pos + needleLength)
      }

      pos += this._occ[ch]
    }

    // No match.

    while (pos < 0 && !this._sbmh_memcmp(data, pos, len - pos)) {
      // There's too few data for Boyer-Moore-Horspool to run,
      // so let's use a different algorithm to skip as much as
      // we can.
      // Forward pos until
      //   the trailing part of lookbehind + data
      //   looks like the beginning of the needle
      // or until
      //   pos == 0
      ++pos
    }

    if (pos >= 0) {
      // Discard lookbehind buffer.
      this.emit('info', false, this._lookbehind, 0, this._lookbehind_size)
      this._lookbehind_size = 0
    } else {
      // Cut off part of the lookbehind buffer that has
      // been processed and append the entire haystack
      // into it.
      const bytesToCutOff = this._lookbehind_size + pos
      if (bytesToCutOff > 0) {
        // The cut off data is guaranteed not to contain the needle.
        this.emit('info', false, this._lookbehind, 0, bytesToCutOff)
      }

      this._lookbehind_size -= bytesToCutOff
      this._lookbehind.copy(this._lookbehind, 0, bytesToCutOff, this._lookbehind_size)

      data.copy(this._lookbehind, this._lookbehind_size)
      this._lookbehind_size += len

      this._bufpos = len
      return len
    }
  }

  // Lookbehind buffer is now empty. We only need to check if the
  // needle is in the haystack.
  pos = data.indexOf(needle, pos + this._bufpos)

  if (pos !== -1) {
    ++this.matches
    if (pos === 0) { this.emit('info', true) } else { this.emit('info', true, data, this._bufpos, pos) }
    return (this._bufpos = pos + needleLength)
  }

  pos = len - needleLastCharIndex
  if (pos < 0) {
    pos = 0
  }

  // There was no match. If there's trailing haystack data that we cannot
  // match yet using the Boyer-Moore-Horspool algorithm (because the trailing
  // data is less than the needle size) then match using a modified
  // algorithm that starts matching from the beginning instead of the end.
  // Whatever trailing data is left after running this algorithm is added to
  // the lookbehind buffer.
  while (
    pos !== len &&
    (
      data[pos] !== needle[0] ||
      Buffer.compare(
        data.subarray(pos + 1, len),
        needle.subarray(1, len - pos)
      ) !== 0
    )
  ) {
    ++pos
  }

  if (pos !== len) {
    data.copy(this._lookbehind, 0, pos, len)
    this._lookbehind_size = len - pos
  }

  // Everything until pos is guaranteed not to contain needle data.
  if (pos !== 0) { this.emit('info', false, data, this._bufpos, pos) }

  this._bufpos = len
  return len
}

SBMH.prototype._sbmh_lookup_char = function (data, pos) {
  return pos < 0
    ? this._lookbehind[this._lookbehind_size + pos]
    : data[pos]
}

SBMH.prototype._sbmh_memcmp = function (data, pos, len) {
  for (var i = 0; i < len; ++i) { // eslint-disable-line no-var
    if (this._sbmh_lookup_char(data, pos + i) !== this._needle[i]) { return false }
  }
  return true
}

module.exports = SBMH


/***/ }),

/***/ 614:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const WritableStream = (__nccwpck_require__(75).Writable)
const { inherits } = __nccwpck_require__(975)
const Dicer = __nccwpck_require__(182)

const MultipartParser = __nccwpck_require__(192)
const UrlencodedParser = __nccwpck_require__(855)
const parseParams = __nccwpck_require__(929)

function Busboy (opts) {
  if (!(this instanceof Busboy)) { return new Busboy(opts) }

  if (typeof opts !== 'object') {
    throw new TypeError('Busboy expected an options-Object.')
  }
  if (typeof opts.headers !== 'object') {
    throw new TypeError('Busboy expected an options-Object with headers-attribute.')
  }
  if (typeof opts.headers['content-type'] !== 'string') {
    throw new TypeError('Missing Content-Type-header.')
  }

  const {
    headers,
    ...streamOptions
  } = opts

  this.opts = {
    autoDestroy: false,
    ...streamOptions
  }
  WritableStream.call(this, this.opts)

  this._done = false
  this._parser = this.getParserByHeaders(headers)
  this._finished = false
}
inherits(Busboy, WritableStream)

Busboy.prototype.emit = function (ev) {
  if (ev === 'finish') {
    if (!this._done) {
      this._parser?.end()
      return
    } else if (this._finished) {
      return
    }
    this._finished = true
  }
  WritableStream.prototype.emit.apply(this, arguments)
}

Busboy.prototype.getParserByHeaders = function (headers) {
  const parsed = parseParams(headers['content-type'])

  const cfg = {
    defCharset: this.opts.defCharset,
    fileHwm: this.opts.fileHwm,
    headers,
    highWaterMark: this.opts.highWaterMark,
    isPartAFile: this.opts.isPartAFile,
    limits: this.opts.limits,
    parsedConType: parsed,
    preservePath: this.opts.preservePath
  }

  if (MultipartParser.detect.test(parsed[0])) {
    return new MultipartParser(this, cfg)
  }
  if (UrlencodedParser.detect.test(parsed[0])) {
    return new UrlencodedParser(this, cfg)
  }
  throw new Error('Unsupported Content-Type.')
}

Busboy.prototype._write = function (chunk, encoding, cb) {
  this._parser.write(chunk, cb)
}

module.exports = Busboy
module.exports["default"] = Busboy
module.exports.Busboy = Busboy

module.exports.Dicer = Dicer


/***/ }),

/***/ 192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// TODO:
//  * support 1 nested multipart level
//    (see second multipart example here:
//     https://www.w3.org/TR/html401/interact/forms.html#didx-multipartform-data)
//  * support limits.fieldNameSize
//     -- this will require modifications to utils.parseParams

const { Readable } = __nccwpck_require__(75)
const { inherits } = __nccwpck_require__(975)

const Dicer = __nccwpck_require__(182)

const parseParams = __nccwpck_require__(929)
const decodeText = __nccwpck_require__(747)
const basename = __nccwpck_require__(692)
const getLimit = __nccwpck_require__(393)

const RE_BOUNDARY = /^boundary$/i
const RE_FIELD = /^form-data$/i
const RE_CHARSET = /^charset$/i
const RE_FILENAME = /^filename$/i
const RE_NAME = /^name$/i

Multipart.detect = /^multipart\/form-data/i
function Multipart (boy, cfg) {
  let i
  let len
  const self = this
  let boundary
  const limits = cfg.limits
  const isPartAFile = cfg.isPartAFile || ((fieldName, contentType, fileName) => (contentType === 'application/octet-stream' || fileName !== undefined))
  const parsedConType = cfg.parsedConType || []
  const defCharset = cfg.defCharset || 'utf8'
  const preservePath = cfg.preservePath
  const fileOpts = { highWaterMark: cfg.fileHwm }

  for (i = 0, len = parsedConType.length; i < len; ++i) {
    if (Array.isArray(parsedConType[i]) &&
      RE_BOUNDARY.test(parsedConType[i][0])) {
      boundary = parsedConType[i][1]
      break
    }
  }

  function checkFinished () {
    if (nends === 0 && finished && !boy._done) {
      finished = false
      self.end()
    }
  }

  if (typeof boundary !== 'string') { throw new Error('Multipart: Boundary not found') }

  const fieldSizeLimit = getLimit(limits, 'fieldSize', 1 * 1024 * 1024)
  const fileSizeLimit = getLimit(limits, 'fileSize', Infinity)
  const filesLimit = getLimit(limits, 'files', Infinity)
  const fieldsLimit = getLimit(limits, 'fields', Infinity)
  const partsLimit = getLimit(limits, 'parts', Infinity)
  const headerPairsLimit = getLimit(limits, 'headerPairs', 2000)
  const headerSizeLimit = getLimit(limits, 'headerSize', 80 * 1024)

  let nfiles = 0
  let nfields = 0
  let nends = 0
  let curFile
  let curField
  let finished = false

  this._needDrain = false
  this._pause = false
  this._cb = undefined
  this._nparts = 0
  this._boy = boy

  const parserCfg = {
    boundary,
    maxHeaderPairs: headerPairsLimit,
    maxHeaderSize: headerSizeLimit,
    partHwm: fileOpts.highWaterMark,
    highWaterMark: cfg.highWaterMark
  }

  this.parser = new Dicer(parserCfg)
  this.parser.on('drain', function () {
    self._needDrain = false
    if (self._cb && !self._pause) {
      const cb = self._cb
      self._cb = undefined
      cb()
    }
  }).on('part', function onPart (part) {
    if (++self._nparts > partsLimit) {
      self.parser.removeListener('part', onPart)
      self.parser.on('part', skipPart)
      boy.hitPartsLimit = true
      boy.emit('partsLimit')
      return skipPart(part)
    }

    // hack because streams2 _always_ doesn't emit 'end' until nextTick, so let
    // us emit 'end' early since we know the part has ended if we are already
    // seeing the next part
    if (curField) {
      const field = curField
      field.emit('end')
      field.removeAllListeners('end')
    }

    part.on('header', function (header) {
      let contype
      let fieldname
      let parsed
      let charset
      let encoding
      let filename
      let nsize = 0

      if (header['content-type']) {
        const contentType = header['content-type'][0]
        if (contentType.length !== 0 && contentType.indexOf(';') === -1 && contentType.indexOf(' ') === -1 && contentType.indexOf('\t') === -1) {
          contype = contentType.toLowerCase()
        } else {
          parsed = parseParams(contentType)
          if (parsed[0]) {
            contype = parsed[0].toLowerCase()
            for (i = 0, len = parsed.length; i < len; ++i) {
              if (RE_CHARSET.test(parsed[i][0])) {
                charset = parsed[i][1].toLowerCase()
                break
              }
            }
          }
        }
      }

      if (contype === undefined) { contype = 'text/plain' }
      if (charset === undefined) { charset = defCharset }

      if (header['content-disposition']) {
        parsed = parseParams(header['content-disposition'][0])
        if (!RE_FIELD.test(parsed[0])) { return skipPart(part) }
        for (i = 0, len = parsed.length; i < len; ++i) {
          if (RE_NAME.test(parsed[i][0])) {
            fieldname = parsed[i][1]
            if (hasBareLineBreak(fieldname)) { return skipPart(part) }
          } else if (RE_FILENAME.test(parsed[i][0])) {
            filename = parsed[i][1]
            if (hasBareLineBreak(filename)) { return skipPart(part) }
            if (!preservePath) { filename = basename(filename) }
          }
        }
      } else { return skipPart(part) }

      if (header['content-transfer-encoding']) { encoding = header['content-transfer-encoding'][0].toLowerCase() } else { encoding = '7bit' }

      let onData,
        onEnd

      if (isPartAFile(fieldname, contype, filename)) {
        // file/binary field
        if (nfiles === filesLimit) {
          if (!boy.hitFilesLimit) {
            boy.hitFilesLimit = true
            boy.emit('filesLimit')
          }
          return skipPart(part)
        }

        ++nfiles

        if (boy.listenerCount('file') === 0) {
          self.parser._ignore()
          return
        }

        ++nends
        const file = new FileStream(fileOpts)
        curFile = file
        file.on('end', function () {
          --nends
          self._pause = false
          checkFinished()
          if (self._cb && !self._needDrain) {
            const cb = self._cb
            self._cb = undefined
            cb()
          }
        })
        file._read = function (n) {
          if (!self._pause) { return }
          self._pause = false
          if (self._cb && !self._needDrain) {
            const cb = self._cb
            self._cb = undefined
            cb()
          }
        }
        boy.emit('file', fieldname, file, filename, encoding, contype)

        onData = function (data) {
          if ((nsize += data.length) > fileSizeLimit) {
            const extralen = fileSizeLimit - nsize + data.length
            if (extralen > 0) { file.push(data.slice(0, extralen)) }
            file.truncated = true
            file.bytesRead = fileSizeLimit
            part.removeAllListeners('data')
            file.emit('limit')
            return
          } else if (!file.push(data)) { self._pause = true }

          file.bytesRead = nsize
        }

        onEnd = function () {
          curFile = undefined
          file.push(null)
        }
      } else {
        // non-file field
        if (nfields === fieldsLimit) {
          if (!boy.hitFieldsLimit) {
            boy.hitFieldsLimit = true
            boy.emit('fieldsLimit')
          }
          return skipPart(part)
        }

        ++nfields
        ++nends
        let buffer = ''
        let truncated = false
        curField = part

        onData = function (data) {
          if ((nsize += data.length) > fieldSizeLimit) {
            const extralen = (fieldSizeLimit - (nsize - data.length))
            buffer += data.toString('binary', 0, extralen)
            truncated = true
            part.removeAllListeners('data')
          } else { buffer += data.toString('binary') }
        }

        onEnd = function () {
          curField = undefined
          if (buffer.length) { buffer = decodeText(buffer, 'binary', charset) }
          boy.emit('field', fieldname, buffer, false, truncated, encoding, contype)
          --nends
          checkFinished()
        }
      }

      /* As of node@2efe4ab761666 (v0.10.29+/v0.11.14+), busboy had become
         broken. Streams2/streams3 is a huge black box of confusion, but
         somehow overriding the sync state seems to fix things again (and still
         seems to work for previous node versions).
      */
      part._readableState.sync = false

      part.on('data', onData)
      part.on('end', onEnd)
    }).on('error', function (err) {
      if (curFile) { curFile.emit('error', err) }
    })
  }).on('error', function (err) {
    boy.emit('error', err)
  }).on('finish', function () {
    finished = true
    checkFinished()
  })
}

Multipart.prototype.write = function (chunk, cb) {
  // After the closing delimiter Dicer is no longer writable. A later
  // chunk can still carry an RFC 2046 epilogue; ignore it so the write
  // callback still runs instead of hanging on a destroyed parser.
  if (!this.parser.writable) {
    cb()
    return
  }

  const r = this.parser.write(chunk)
  if (r && !this._pause) {
    cb()
  } else {
    this._needDrain = !r
    this._cb = cb
  }
}

Multipart.prototype.end = function () {
  const self = this

  if (self.parser.writable) {
    self.parser.end()
  } else if (!self._boy._done) {
    process.nextTick(function () {
      self._boy._done = true
      self._boy.emit('finish')
    })
  }
}

function skipPart (part) {
  // A skipped part has no consumer. If the request body ends in the middle of
  // the part, Dicer emits a "terminated early" error on it. Without a listener
  // Node throws an unhandled 'error' event and exits the process.
  part.on('error', () => {})
  part.resume()
}

function hasBareLineBreak (value) {
  return typeof value === 'string' && (value.includes('\r') || value.includes('\n'))
}

function FileStream (opts) {
  Readable.call(this, opts)

  this.bytesRead = 0

  this.truncated = false
}

inherits(FileStream, Readable)

FileStream.prototype._read = function (n) {}

module.exports = Multipart


/***/ }),

/***/ 855:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Decoder = __nccwpck_require__(496)
const decodeText = __nccwpck_require__(747)
const getLimit = __nccwpck_require__(393)

const RE_CHARSET = /^charset$/i

UrlEncoded.detect = /^application\/x-www-form-urlencoded/i
function UrlEncoded (boy, cfg) {
  const limits = cfg.limits
  const parsedConType = cfg.parsedConType
  this.boy = boy

  this.fieldSizeLimit = getLimit(limits, 'fieldSize', 1 * 1024 * 1024)
  this.fieldNameSizeLimit = getLimit(limits, 'fieldNameSize', 100)
  this.fieldsLimit = getLimit(limits, 'fields', Infinity)

  let charset
  for (var i = 0, len = parsedConType.length; i < len; ++i) { // eslint-disable-line no-var
    if (Array.isArray(parsedConType[i]) &&
        RE_CHARSET.test(parsedConType[i][0])) {
      charset = parsedConType[i][1].toLowerCase()
      break
    }
  }

  if (charset === undefined) { charset = cfg.defCharset || 'utf8' }

  this.decoder = new Decoder()
  this.charset = charset
  this._fields = 0
  this._state = 'key'
  this._checkingBytes = true
  this._bytesKey = 0
  this._bytesVal = 0
  this._key = ''
  this._val = ''
  this._keyTrunc = false
  this._valTrunc = false
  this._hitLimit = false
}

UrlEncoded.prototype.write = function (data, cb) {
  if (this._fields === this.fieldsLimit) {
    if (!this.boy.hitFieldsLimit) {
      this.boy.hitFieldsLimit = true
      this.boy.emit('fieldsLimit')
    }
    return cb()
  }

  let idxeq; let idxamp; let i; let p = 0; const len = data.length

  while (p < len) {
    if (this._state === 'key') {
      idxeq = idxamp = undefined
      for (i = p; i < len; ++i) {
        if (!this._checkingBytes) { ++p }
        if (data[i] === 0x3D/* = */) {
          idxeq = i
          break
        } else if (data[i] === 0x26/* & */) {
          idxamp = i
          break
        }
        if (this._checkingBytes && this._bytesKey === this.fieldNameSizeLimit) {
          this._hitLimit = true
          break
        } else if (this._checkingBytes) { ++this._bytesKey }
      }

      if (idxeq !== undefined) {
        // key with assignment
        if (idxeq > p) { this._key += this.decoder.write(data.toString('binary', p, idxeq)) }
        this._endKey()
        this._state = 'val'

        this._hitLimit = false
        this._checkingBytes = true
        this._val = ''
        this._bytesVal = 0
        this._valTrunc = false
        this.decoder.reset()

        p = idxeq + 1
      } else if (idxamp !== undefined) {
        // key with no assignment
        ++this._fields
        if (idxamp > p) { this._key += this.decoder.write(data.toString('binary', p, idxamp)) }
        this._endKey()
        const key = this._key; const keyTrunc = this._keyTrunc

        this._hitLimit = false
        this._checkingBytes = true
        this._key = ''
        this._bytesKey = 0
        this._keyTrunc = false
        this.decoder.reset()

        if (key.length) {
          this.boy.emit('field', decodeText(key, 'binary', this.charset),
            '',
            keyTrunc,
            false)
        }

        p = idxamp + 1
        if (this._fields === this.fieldsLimit) { return cb() }
      } else if (this._hitLimit) {
        // we may not have hit the actual limit if there are encoded bytes...
        if (i > p) { this._key += this.decoder.write(data.toString('binary', p, i)) }
        p = i
        // A malformed percent escape is emitted verbatim once the decoder sees
        // it is invalid, so the decoded length can jump past the limit.
        if ((this._bytesKey = this._key.length) >= this.fieldNameSizeLimit) {
          // yep, we actually did hit the limit
          this._key = this._key.substring(0, this.fieldNameSizeLimit)
          this._checkingBytes = false
          this._keyTrunc = true
        }
      } else {
        if (p < len) { this._key += this.decoder.write(data.toString('binary', p)) }
        p = len
      }
    } else {
      idxamp = undefined
      for (i = p; i < len; ++i) {
        if (!this._checkingBytes) { ++p }
        if (data[i] === 0x26/* & */) {
          idxamp = i
          break
        }
        if (this._checkingBytes && this._bytesVal === this.fieldSizeLimit) {
          this._hitLimit = true
          break
        } else if (this._checkingBytes) { ++this._bytesVal }
      }

      if (idxamp !== undefined) {
        ++this._fields
        if (idxamp > p) { this._val += this.decoder.write(data.toString('binary', p, idxamp)) }
        this._endVal()
        this.boy.emit('field', decodeText(this._key, 'binary', this.charset),
          decodeText(this._val, 'binary', this.charset),
          this._keyTrunc,
          this._valTrunc)
        this._state = 'key'

        this._hitLimit = false
        this._checkingBytes = true
        this._key = ''
        this._bytesKey = 0
        this._keyTrunc = false
        this.decoder.reset()

        p = idxamp + 1
        if (this._fields === this.fieldsLimit) { return cb() }
      } else if (this._hitLimit) {
        // we may not have hit the actual limit if there are encoded bytes...
        if (i > p) { this._val += this.decoder.write(data.toString('binary', p, i)) }
        p = i
        // A malformed percent escape is emitted verbatim once the decoder sees
        // it is invalid, so the decoded length can jump past the limit.
        if ((this._bytesVal = this._val.length) >= this.fieldSizeLimit) {
          // yep, we actually did hit the limit
          this._val = this._val.substring(0, this.fieldSizeLimit)
          this._checkingBytes = false
          this._valTrunc = true
        }
      } else {
        if (p < len) { this._val += this.decoder.write(data.toString('binary', p)) }
        p = len
      }
    }
  }
  cb()
}

UrlEncoded.prototype.end = function () {
  if (this.boy._done) { return }

  if (this._state === 'key') {
    this._endKey()
    if (this._key.length > 0) {
      this.boy.emit('field', decodeText(this._key, 'binary', this.charset),
        '',
        this._keyTrunc,
        false)
    }
  } else {
    this._endVal()
    this.boy.emit('field', decodeText(this._key, 'binary', this.charset),
      decodeText(this._val, 'binary', this.charset),
      this._keyTrunc,
      this._valTrunc)
  }
  this.boy._done = true
  this.boy.emit('finish')
}

UrlEncoded.prototype._endKey = function () {
  this._key += this.decoder.end()
  if (this._key.length > this.fieldNameSizeLimit) {
    this._key = this._key.substring(0, this.fieldNameSizeLimit)
    this._keyTrunc = true
  }
}

UrlEncoded.prototype._endVal = function () {
  this._val += this.decoder.end()
  if (this._val.length > this.fieldSizeLimit) {
    this._val = this._val.substring(0, this.fieldSizeLimit)
    this._valTrunc = true
  }
}

module.exports = UrlEncoded


/***/ }),

/***/ 496:
/***/ ((module) => {



const RE_PLUS = /\+/g

const HEX = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
]

function Decoder () {
  this.buffer = undefined
}
Decoder.prototype.write = function (str) {
  // Replace '+' with ' ' before decoding
  str = str.replace(RE_PLUS, ' ')
  let res = ''
  let i = 0; let p = 0; const len = str.length
  for (; i < len; ++i) {
    if (this.buffer !== undefined) {
      if (!HEX[str.charCodeAt(i)]) {
        res += '%' + this.buffer
        this.buffer = undefined
        --i // retry character
      } else {
        this.buffer += str[i]
        ++p
        if (this.buffer.length === 2) {
          res += String.fromCharCode(parseInt(this.buffer, 16))
          this.buffer = undefined
        }
      }
    } else if (str[i] === '%') {
      if (i > p) {
        res += str.substring(p, i)
        p = i
      }
      this.buffer = ''
      ++p
    }
  }
  if (p < len && this.buffer === undefined) { res += str.substring(p) }
  return res
}
Decoder.prototype.end = function () {
  // An incomplete escape at the end of the input is kept literally
  const res = this.buffer === undefined ? '' : '%' + this.buffer
  this.buffer = undefined
  return res
}
Decoder.prototype.reset = function () {
  this.buffer = undefined
}

module.exports = Decoder


/***/ }),

/***/ 692:
/***/ ((module) => {



module.exports = function basename (path) {
  if (typeof path !== 'string') { return '' }
  for (var i = path.length - 1; i >= 0; --i) { // eslint-disable-line no-var
    switch (path.charCodeAt(i)) {
      case 0x2F: // '/'
      case 0x5C: // '\'
        path = path.slice(i + 1)
        return (path === '..' || path === '.' ? '' : path)
    }
  }
  return (path === '..' || path === '.' ? '' : path)
}


/***/ }),

/***/ 747:
/***/ (function(module) {



// Node has always utf-8
const utf8Decoder = new TextDecoder('utf-8')
const textDecoders = new Map([
  ['utf-8', utf8Decoder],
  ['utf8', utf8Decoder]
])

function getDecoder (charset) {
  let lc
  while (true) {
    switch (charset) {
      case 'utf-8':
      case 'utf8':
        return decoders.utf8
      case 'latin1':
      case 'ascii': // TODO: Make these a separate, strict decoder?
      case 'us-ascii':
      case 'iso-8859-1':
      case 'iso8859-1':
      case 'iso88591':
      case 'iso_8859-1':
      case 'windows-1252':
      case 'iso_8859-1:1987':
      case 'cp1252':
      case 'x-cp1252':
        return decoders.latin1
      case 'utf16le':
      case 'utf-16le':
      case 'ucs2':
      case 'ucs-2':
        return decoders.utf16le
      case 'base64':
        return decoders.base64
      default:
        if (lc === undefined) {
          lc = true
          charset = charset.toLowerCase()
          continue
        }
        return decoders.other.bind(charset)
    }
  }
}

function isAscii (data) {
  for (var i = 0, len = data.length; i < len; ++i) { // eslint-disable-line no-var
    if (data.charCodeAt(i) > 0x7F) { return false }
  }
  return true
}

const decoders = {
  utf8: (data, sourceEncoding) => {
    if (data.length === 0) {
      return ''
    }
    if (typeof data === 'string') {
      if (isAscii(data)) { return data }
      data = Buffer.from(data, sourceEncoding)
    }
    return data.utf8Slice(0, data.length)
  },

  latin1: (data, sourceEncoding) => {
    if (data.length === 0) {
      return ''
    }
    if (typeof data === 'string') {
      return data
    }
    return data.latin1Slice(0, data.length)
  },

  utf16le: (data, sourceEncoding) => {
    if (data.length === 0) {
      return ''
    }
    if (typeof data === 'string') {
      data = Buffer.from(data, sourceEncoding)
    }
    return data.ucs2Slice(0, data.length)
  },

  base64: (data, sourceEncoding) => {
    if (data.length === 0) {
      return ''
    }
    if (typeof data === 'string') {
      data = Buffer.from(data, sourceEncoding)
    }
    return data.base64Slice(0, data.length)
  },

  other: (data, sourceEncoding) => {
    if (data.length === 0) {
      return ''
    }
    if (typeof data === 'string') {
      data = Buffer.from(data, sourceEncoding)
    }

    if (textDecoders.has(this.toString())) {
      try {
        return textDecoders.get(this).decode(data)
      } catch {}
    }
    return typeof data === 'string'
      ? data
      : data.toString()
  }
}

function decodeText (text, sourceEncoding, destEncoding) {
  if (text) {
    return getDecoder(destEncoding)(text, sourceEncoding)
  }
  return text
}

module.exports = decodeText


/***/ }),

/***/ 393:
/***/ ((module) => {



module.exports = function getLimit (limits, name, defaultLimit) {
  if (
    !limits ||
    limits[name] === undefined ||
    limits[name] === null
  ) { return defaultLimit }

  if (
    typeof limits[name] !== 'number' ||
    isNaN(limits[name])
  ) { throw new TypeError('Limit ' + name + ' is not a valid number') }

  return limits[name]
}


/***/ }),

/***/ 929:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const decodeText = __nccwpck_require__(747)

const RE_ENCODED = /%[a-fA-F0-9][a-fA-F0-9]/g

const EncodedLookup = {
  '%00': '\x00',
  '%01': '\x01',
  '%02': '\x02',
  '%03': '\x03',
  '%04': '\x04',
  '%05': '\x05',
  '%06': '\x06',
  '%07': '\x07',
  '%08': '\x08',
  '%09': '\x09',
  '%0a': '\x0a',
  '%0A': '\x0a',
  '%0b': '\x0b',
  '%0B': '\x0b',
  '%0c': '\x0c',
  '%0C': '\x0c',
  '%0d': '\x0d',
  '%0D': '\x0d',
  '%0e': '\x0e',
  '%0E': '\x0e',
  '%0f': '\x0f',
  '%0F': '\x0f',
  '%10': '\x10',
  '%11': '\x11',
  '%12': '\x12',
  '%13': '\x13',
  '%14': '\x14',
  '%15': '\x15',
  '%16': '\x16',
  '%17': '\x17',
  '%18': '\x18',
  '%19': '\x19',
  '%1a': '\x1a',
  '%1A': '\x1a',
  '%1b': '\x1b',
  '%1B': '\x1b',
  '%1c': '\x1c',
  '%1C': '\x1c',
  '%1d': '\x1d',
  '%1D': '\x1d',
  '%1e': '\x1e',
  '%1E': '\x1e',
  '%1f': '\x1f',
  '%1F': '\x1f',
  '%20': '\x20',
  '%21': '\x21',
  '%22': '\x22',
  '%23': '\x23',
  '%24': '\x24',
  '%25': '\x25',
  '%26': '\x26',
  '%27': '\x27',
  '%28': '\x28',
  '%29': '\x29',
  '%2a': '\x2a',
  '%2A': '\x2a',
  '%2b': '\x2b',
  '%2B': '\x2b',
  '%2c': '\x2c',
  '%2C': '\x2c',
  '%2d': '\x2d',
  '%2D': '\x2d',
  '%2e': '\x2e',
  '%2E': '\x2e',
  '%2f': '\x2f',
  '%2F': '\x2f',
  '%30': '\x30',
  '%31': '\x31',
  '%32': '\x32',
  '%33': '\x33',
  '%34': '\x34',
  '%35': '\x35',
  '%36': '\x36',
  '%37': '\x37',
  '%38': '\x38',
  '%39': '\x39',
  '%3a': '\x3a',
  '%3A': '\x3a',
  '%3b': '\x3b',
  '%3B': '\x3b',
  '%3c': '\x3c',
  '%3C': '\x3c',
  '%3d': '\x3d',
  '%3D': '\x3d',
  '%3e': '\x3e',
  '%3E': '\x3e',
  '%3f': '\x3f',
  '%3F': '\x3f',
  '%40': '\x40',
  '%41': '\x41',
  '%42': '\x42',
  '%43': '\x43',
  '%44': '\x44',
  '%45': '\x45',
  '%46': '\x46',
  '%47': '\x47',
  '%48': '\x48',
  '%49': '\x49',
  '%4a': '\x4a',
  '%4A': '\x4a',
  '%4b': '\x4b',
  '%4B': '\x4b',
  '%4c': '\x4c',
  '%4C': '\x4c',
  '%4d': '\x4d',
  '%4D': '\x4d',
  '%4e': '\x4e',
  '%4E': '\x4e',
  '%4f': '\x4f',
  '%4F': '\x4f',
  '%50': '\x50',
  '%51': '\x51',
  '%52': '\x52',
  '%53': '\x53',
  '%54': '\x54',
  '%55': '\x55',
  '%56': '\x56',
  '%57': '\x57',
  '%58': '\x58',
  '%59': '\x59',
  '%5a': '\x5a',
  '%5A': '\x5a',
  '%5b': '\x5b',
  '%5B': '\x5b',
  '%5c': '\x5c',
  '%5C': '\x5c',
  '%5d': '\x5d',
  '%5D': '\x5d',
  '%5e': '\x5e',
  '%5E': '\x5e',
  '%5f': '\x5f',
  '%5F': '\x5f',
  '%60': '\x60',
  '%61': '\x61',
  '%62': '\x62',
  '%63': '\x63',
  '%64': '\x64',
  '%65': '\x65',
  '%66': '\x66',
  '%67': '\x67',
  '%68': '\x68',
  '%69': '\x69',
  '%6a': '\x6a',
  '%6A': '\x6a',
  '%6b': '\x6b',
  '%6B': '\x6b',
  '%6c': '\x6c',
  '%6C': '\x6c',
  '%6d': '\x6d',
  '%6D': '\x6d',
  '%6e': '\x6e',
  '%6E': '\x6e',
  '%6f': '\x6f',
  '%6F': '\x6f',
  '%70': '\x70',
  '%71': '\x71',
  '%72': '\x72',
  '%73': '\x73',
  '%74': '\x74',
  '%75': '\x75',
  '%76': '\x76',
  '%77': '\x77',
  '%78': '\x78',
  '%79': '\x79',
  '%7a': '\x7a',
  '%7A': '\x7a',
  '%7b': '\x7b',
  '%7B': '\x7b',
  '%7c': '\x7c',
  '%7C': '\x7c',
  '%7d': '\x7d',
  '%7D': '\x7d',
  '%7e': '\x7e',
  '%7E': '\x7e',
  '%7f': '\x7f',
  '%7F': '\x7f',
  '%80': '\x80',
  '%81': '\x81',
  '%82': '\x82',
  '%83': '\x83',
  '%84': '\x84',
  '%85': '\x85',
  '%86': '\x86',
  '%87': '\x87',
  '%88': '\x88',
  '%89': '\x89',
  '%8a': '\x8a',
  '%8A': '\x8a',
  '%8b': '\x8b',
  '%8B': '\x8b',
  '%8c': '\x8c',
  '%8C': '\x8c',
  '%8d': '\x8d',
  '%8D': '\x8d',
  '%8e': '\x8e',
  '%8E': '\x8e',
  '%8f': '\x8f',
  '%8F': '\x8f',
  '%90': '\x90',
  '%91': '\x91',
  '%92': '\x92',
  '%93': '\x93',
  '%94': '\x94',
  '%95': '\x95',
  '%96': '\x96',
  '%97': '\x97',
  '%98': '\x98',
  '%99': '\x99',
  '%9a': '\x9a',
  '%9A': '\x9a',
  '%9b': '\x9b',
  '%9B': '\x9b',
  '%9c': '\x9c',
  '%9C': '\x9c',
  '%9d': '\x9d',
  '%9D': '\x9d',
  '%9e': '\x9e',
  '%9E': '\x9e',
  '%9f': '\x9f',
  '%9F': '\x9f',
  '%a0': '\xa0',
  '%A0': '\xa0',
  '%a1': '\xa1',
  '%A1': '\xa1',
  '%a2': '\xa2',
  '%A2': '\xa2',
  '%a3': '\xa3',
  '%A3': '\xa3',
  '%a4': '\xa4',
  '%A4': '\xa4',
  '%a5': '\xa5',
  '%A5': '\xa5',
  '%a6': '\xa6',
  '%A6': '\xa6',
  '%a7': '\xa7',
  '%A7': '\xa7',
  '%a8': '\xa8',
  '%A8': '\xa8',
  '%a9': '\xa9',
  '%A9': '\xa9',
  '%aa': '\xaa',
  '%Aa': '\xaa',
  '%aA': '\xaa',
  '%AA': '\xaa',
  '%ab': '\xab',
  '%Ab': '\xab',
  '%aB': '\xab',
  '%AB': '\xab',
  '%ac': '\xac',
  '%Ac': '\xac',
  '%aC': '\xac',
  '%AC': '\xac',
  '%ad': '\xad',
  '%Ad': '\xad',
  '%aD': '\xad',
  '%AD': '\xad',
  '%ae': '\xae',
  '%Ae': '\xae',
  '%aE': '\xae',
  '%AE': '\xae',
  '%af': '\xaf',
  '%Af': '\xaf',
  '%aF': '\xaf',
  '%AF': '\xaf',
  '%b0': '\xb0',
  '%B0': '\xb0',
  '%b1': '\xb1',
  '%B1': '\xb1',
  '%b2': '\xb2',
  '%B2': '\xb2',
  '%b3': '\xb3',
  '%B3': '\xb3',
  '%b4': '\xb4',
  '%B4': '\xb4',
  '%b5': '\xb5',
  '%B5': '\xb5',
  '%b6': '\xb6',
  '%B6': '\xb6',
  '%b7': '\xb7',
  '%B7': '\xb7',
  '%b8': '\xb8',
  '%B8': '\xb8',
  '%b9': '\xb9',
  '%B9': '\xb9',
  '%ba': '\xba',
  '%Ba': '\xba',
  '%bA': '\xba',
  '%BA': '\xba',
  '%bb': '\xbb',
  '%Bb': '\xbb',
  '%bB': '\xbb',
  '%BB': '\xbb',
  '%bc': '\xbc',
  '%Bc': '\xbc',
  '%bC': '\xbc',
  '%BC': '\xbc',
  '%bd': '\xbd',
  '%Bd': '\xbd',
  '%bD': '\xbd',
  '%BD': '\xbd',
  '%be': '\xbe',
  '%Be': '\xbe',
  '%bE': '\xbe',
  '%BE': '\xbe',
  '%bf': '\xbf',
  '%Bf': '\xbf',
  '%bF': '\xbf',
  '%BF': '\xbf',
  '%c0': '\xc0',
  '%C0': '\xc0',
  '%c1': '\xc1',
  '%C1': '\xc1',
  '%c2': '\xc2',
  '%C2': '\xc2',
  '%c3': '\xc3',
  '%C3': '\xc3',
  '%c4': '\xc4',
  '%C4': '\xc4',
  '%c5': '\xc5',
  '%C5': '\xc5',
  '%c6': '\xc6',
  '%C6': '\xc6',
  '%c7': '\xc7',
  '%C7': '\xc7',
  '%c8': '\xc8',
  '%C8': '\xc8',
  '%c9': '\xc9',
  '%C9': '\xc9',
  '%ca': '\xca',
  '%Ca': '\xca',
  '%cA': '\xca',
  '%CA': '\xca',
  '%cb': '\xcb',
  '%Cb': '\xcb',
  '%cB': '\xcb',
  '%CB': '\xcb',
  '%cc': '\xcc',
  '%Cc': '\xcc',
  '%cC': '\xcc',
  '%CC': '\xcc',
  '%cd': '\xcd',
  '%Cd': '\xcd',
  '%cD': '\xcd',
  '%CD': '\xcd',
  '%ce': '\xce',
  '%Ce': '\xce',
  '%cE': '\xce',
  '%CE': '\xce',
  '%cf': '\xcf',
  '%Cf': '\xcf',
  '%cF': '\xcf',
  '%CF': '\xcf',
  '%d0': '\xd0',
  '%D0': '\xd0',
  '%d1': '\xd1',
  '%D1': '\xd1',
  '%d2': '\xd2',
  '%D2': '\xd2',
  '%d3': '\xd3',
  '%D3': '\xd3',
  '%d4': '\xd4',
  '%D4': '\xd4',
  '%d5': '\xd5',
  '%D5': '\xd5',
  '%d6': '\xd6',
  '%D6': '\xd6',
  '%d7': '\xd7',
  '%D7': '\xd7',
  '%d8': '\xd8',
  '%D8': '\xd8',
  '%d9': '\xd9',
  '%D9': '\xd9',
  '%da': '\xda',
  '%Da': '\xda',
  '%dA': '\xda',
  '%DA': '\xda',
  '%db': '\xdb',
  '%Db': '\xdb',
  '%dB': '\xdb',
  '%DB': '\xdb',
  '%dc': '\xdc',
  '%Dc': '\xdc',
  '%dC': '\xdc',
  '%DC': '\xdc',
  '%dd': '\xdd',
  '%Dd': '\xdd',
  '%dD': '\xdd',
  '%DD': '\xdd',
  '%de': '\xde',
  '%De': '\xde',
  '%dE': '\xde',
  '%DE': '\xde',
  '%df': '\xdf',
  '%Df': '\xdf',
  '%dF': '\xdf',
  '%DF': '\xdf',
  '%e0': '\xe0',
  '%E0': '\xe0',
  '%e1': '\xe1',
  '%E1': '\xe1',
  '%e2': '\xe2',
  '%E2': '\xe2',
  '%e3': '\xe3',
  '%E3': '\xe3',
  '%e4': '\xe4',
  '%E4': '\xe4',
  '%e5': '\xe5',
  '%E5': '\xe5',
  '%e6': '\xe6',
  '%E6': '\xe6',
  '%e7': '\xe7',
  '%E7': '\xe7',
  '%e8': '\xe8',
  '%E8': '\xe8',
  '%e9': '\xe9',
  '%E9': '\xe9',
  '%ea': '\xea',
  '%Ea': '\xea',
  '%eA': '\xea',
  '%EA': '\xea',
  '%eb': '\xeb',
  '%Eb': '\xeb',
  '%eB': '\xeb',
  '%EB': '\xeb',
  '%ec': '\xec',
  '%Ec': '\xec',
  '%eC': '\xec',
  '%EC': '\xec',
  '%ed': '\xed',
  '%Ed': '\xed',
  '%eD': '\xed',
  '%ED': '\xed',
  '%ee': '\xee',
  '%Ee': '\xee',
  '%eE': '\xee',
  '%EE': '\xee',
  '%ef': '\xef',
  '%Ef': '\xef',
  '%eF': '\xef',
  '%EF': '\xef',
  '%f0': '\xf0',
  '%F0': '\xf0',
  '%f1': '\xf1',
  '%F1': '\xf1',
  '%f2': '\xf2',
  '%F2': '\xf2',
  '%f3': '\xf3',
  '%F3': '\xf3',
  '%f4': '\xf4',
  '%F4': '\xf4',
  '%f5': '\xf5',
  '%F5': '\xf5',
  '%f6': '\xf6',
  '%F6': '\xf6',
  '%f7': '\xf7',
  '%F7': '\xf7',
  '%f8': '\xf8',
  '%F8': '\xf8',
  '%f9': '\xf9',
  '%F9': '\xf9',
  '%fa': '\xfa',
  '%Fa': '\xfa',
  '%fA': '\xfa',
  '%FA': '\xfa',
  '%fb': '\xfb',
  '%Fb': '\xfb',
  '%fB': '\xfb',
  '%FB': '\xfb',
  '%fc': '\xfc',
  '%Fc': '\xfc',
  '%fC': '\xfc',
  '%FC': '\xfc',
  '%fd': '\xfd',
  '%Fd': '\xfd',
  '%fD': '\xfd',
  '%FD': '\xfd',
  '%fe': '\xfe',
  '%Fe': '\xfe',
  '%fE': '\xfe',
  '%FE': '\xfe',
  '%ff': '\xff',
  '%Ff': '\xff',
  '%fF': '\xff',
  '%FF': '\xff'
}

function encodedReplacer (match) {
  return EncodedLookup[match]
}

function decodeUtf8Text (text) {
  for (var i = 0, len = text.length; i < len; ++i) { // eslint-disable-line no-var
    if (text.charCodeAt(i) > 0x7F) { return decodeText(text, 'binary', 'utf8') }
  }
  return text
}

const STATE_KEY = 0
const STATE_VALUE = 1
const STATE_CHARSET = 2
const STATE_LANG = 3

function parseFormDataDisposition (str) {
  if (!str.startsWith('form-data; name="')) { return }

  let valueStart = 17
  let valueEnd = str.indexOf('"', valueStart)
  if (valueEnd === -1 || str.indexOf('\\', valueStart) !== -1) { return }

  const res = ['form-data', ['name', decodeUtf8Text(str.slice(valueStart, valueEnd))]]
  let pos = valueEnd + 1

  while (pos < str.length && str[pos] !== ';') { ++pos }
  if (pos === str.length) { return res }

  ++pos
  while (str[pos] === ' ' || str[pos] === '\t') { ++pos }
  if (!str.startsWith('filename="', pos)) { return }

  valueStart = pos + 10
  valueEnd = str.indexOf('"', valueStart)
  if (valueEnd === -1 || str.indexOf('\\', valueStart) !== -1) { return }

  res.push(['filename', decodeUtf8Text(str.slice(valueStart, valueEnd))])
  return res
}

function parseParams (str) {
  if (str.indexOf(';') === -1) { return [decodeUtf8Text(str)] }

  const fastFormData = parseFormDataDisposition(str)
  if (fastFormData !== undefined) { return fastFormData }

  const res = []
  let state = STATE_KEY
  let charset = ''
  let inquote = false
  let escaping = false
  let p = 0
  let tmp = ''
  const len = str.length

  for (var i = 0; i < len; ++i) { // eslint-disable-line no-var
    const char = str[i]
    if (char === '\\' && inquote) {
      if (escaping) { escaping = false } else {
        escaping = true
        continue
      }
    } else if (char === '"') {
      if (!escaping) {
        if (inquote) {
          inquote = false
          state = STATE_KEY
          // Skip any remaining characters until we hit a semicolon or end of string
          // This ensures we don't include characters after the closing quote
          while (i + 1 < len && str[i + 1] !== ';') {
            ++i
          }
        } else { inquote = true }
        continue
      } else { escaping = false }
    } else {
      if (escaping && inquote) { tmp += '\\' }
      escaping = false
      if ((state === STATE_CHARSET || state === STATE_LANG) && char === "'") {
        if (state === STATE_CHARSET) {
          state = STATE_LANG
          charset = tmp.substring(1)
        } else { state = STATE_VALUE }
        tmp = ''
        continue
      } else if (state === STATE_KEY &&
        (char === '*' || char === '=') &&
        res.length) {
        state = char === '*'
          ? STATE_CHARSET
          : STATE_VALUE
        res[p] = [tmp, undefined]
        tmp = ''
        continue
      } else if (!inquote && char === ';') {
        state = STATE_KEY
        if (charset) {
          if (tmp.length) {
            tmp = decodeText(tmp.replace(RE_ENCODED, encodedReplacer),
              'binary',
              charset)
          }
          charset = ''
        } else if (tmp.length) {
          tmp = decodeUtf8Text(tmp)
        }
        if (res[p] === undefined) { res[p] = tmp } else { res[p][1] = tmp }
        tmp = ''
        ++p
        continue
      } else if (!inquote && (char === ' ' || char === '\t')) { continue }
    }
    tmp += char
  }
  if (charset && tmp.length) {
    tmp = decodeText(tmp.replace(RE_ENCODED, encodedReplacer),
      'binary',
      charset)
  } else if (tmp) {
    tmp = decodeUtf8Text(tmp)
  }

  if (res[p] === undefined) {
    if (tmp) { res[p] = tmp }
  } else { res[p][1] = tmp }

  return res
}

module.exports = parseParams


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
/******/ var __webpack_exports__ = __nccwpck_require__(801);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
