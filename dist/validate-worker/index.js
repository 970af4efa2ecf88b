import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
class LineSplitter {
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
    const splitter = new LineSplitter(options);
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
    const splitter = new LineSplitter(options);
    const buffers = [Buffer.allocUnsafe(CHUNK_SIZE), Buffer.allocUnsafe(CHUNK_SIZE)];
    const file = await open(path, 'r');
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
    const file = await open(path, 'r');
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
    if (types.isMap(a) || types.isSet(a)) {
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

;// CONCATENATED MODULE: ./src/json.ts
// JSON values as parsed by JSON.parse: the one object check shared by the client and the validator.
function json_isRecord(value) {
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
    if (!json_isRecord(body)) {
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
            if (!json_isRecord(m))
                continue;
            const content = m.content;
            if (typeof content === 'string')
                addText(stats, content);
            else if (Array.isArray(content)) {
                for (const chunk of content) {
                    if (json_isRecord(chunk) && typeof chunk.text === 'string')
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
    if (!json_isRecord(schema))
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
        if (!json_isRecord(map))
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
        if (!json_isRecord(dependencies)) {
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
    if (json_isRecord(value))
        return Object.keys(value).length > 0;
    return Boolean(value);
}
/** The top-level tool definitions; returns the defined function names (null: no list). */
function checkTools(tools, key, ctx, out) {
    if (tools === undefined || tools === null)
        return null;
    const line = ctx.lineNo;
    // build_instruct_sample skips a tools value of length 0.
    if (tools === '' || (json_isRecord(tools) && Object.keys(tools).length === 0)) {
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
        if (!json_isRecord(tool) || !json_isRecord(tool.function)) {
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
        if (fn.parameters !== undefined && !json_isRecord(fn.parameters)) {
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
        if (!json_isRecord(m) || m.role !== 'system')
            turns++;
        if (!json_isRecord(m)) {
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
    if (!json_isRecord(chunk)) {
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
    if (json_isRecord(image)) {
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
        if (!json_isRecord(m) || m.role !== 'system')
            return json_isRecord(m) ? m.role : undefined;
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
        if (!json_isRecord(call)) {
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
        if (!json_isRecord(fn)) {
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
    if (!json_isRecord(labels)) {
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
class DatasetValidator {
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
        if (!json_isRecord(value)) {
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

;// CONCATENATED MODULE: ./src/validate/worker.ts
// Entry of the validator's worker threads, bundled on its own (dist/validate-worker/index.js):
// one range of a file for validateFileParallel or a tail lane, or the bytes of an upload for
// StreamCheck.






/** Count the lines asked for (for the ranges after), then check the range from where it starts. */
async function checkRange(port, job) {
    const post = (report, transfer = []) => {
        port.postMessage(report, transfer);
    };
    const starting = (0,external_node_events_namespaceObject.once)(port, 'message'); // messages wait in the port until it is listened to
    if (job.count !== null)
        post({ type: 'lines', lines: await countLf(job.path, job.count) });
    const [start] = (await starting);
    const validator = new DatasetValidator(job.purpose, job.options);
    if (start.flow !== null)
        seedFlow(validator, start.flow);
    postFirstError(validator, post);
    const splitter = new LineSplitter({
        maxLineBytes: job.options.maxLineBytes,
        firstLineNo: start.firstLineNo
    });
    const sink = validator.line.bind(validator);
    await readRange(job.path, job.range, chunk => splitter.push(chunk, sink));
    splitter.end(sink);
    postState(validator, post);
}
function postFirstError(validator, post) {
    validator.onError = problem => {
        validator.onError = undefined;
        post({ type: 'error', problem });
    };
}
/** What the validator found, as a range's state (its custom_ids hashed, for batch files). */
function postState(validator, post) {
    const ids = validator.purpose === 'batch' ? customIdHashes(validator) : null;
    post({ type: 'state', state: stateOf(validator), ids }, ids === null ? [] : [ids.buffer]);
}
/** Check the chunks sent, in order; then the rest of the file from disk when asked. */
function checkStream(port, job) {
    const post = (output, transfer = []) => {
        port.postMessage(output, transfer);
    };
    const validator = new DatasetValidator(job.purpose, job.options);
    postFirstError(validator, post);
    const splitter = new LineSplitter({ maxLineBytes: job.options.maxLineBytes });
    const sink = validator.line.bind(validator);
    const finish = () => {
        port.off('message', onMessage); // nothing else keeps the thread alive: it ends
        splitter.end(sink);
        post({ type: 'result', result: validator.finish(job.size) });
    };
    const onMessage = (input) => {
        switch (input.type) {
            case 'data':
                splitter.push(new Uint8Array(input.buffer, 0, input.length), sink);
                post({ type: 'ack', buffer: input.buffer }, [input.buffer]); // the splitter kept a copy
                break;
            case 'end':
                finish();
                break;
            case 'cut':
                postState(validator, post);
                break;
            case 'disk':
                port.off('message', onMessage);
                void fromDisk(input.from);
                break;
        }
    };
    const fromDisk = async (from) => {
        try {
            await readRange(job.path, { start: from, end: job.size }, chunk => {
                splitter.push(chunk, sink);
            });
        }
        catch (error) {
            crash(error);
            return;
        }
        finish();
    };
    port.on('message', onMessage);
}
/** Throw outside the promise chain: the Worker's 'error' event then carries the error. */
function crash(error) {
    process.nextTick(() => {
        throw error;
    });
}
async function main(port, job) {
    if (port === null)
        throw new Error('worker.ts runs in a worker thread');
    try {
        if (job.kind === 'range')
            await checkRange(port, job);
        else
            checkStream(port, job);
    }
    catch (error) {
        crash(error);
    }
}
void main(external_node_worker_threads_namespaceObject.parentPort, external_node_worker_threads_namespaceObject.workerData);

