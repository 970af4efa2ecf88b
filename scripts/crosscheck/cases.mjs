// Cases for the crosscheck: valid samples and systematic mutations of them, one JSONL line each.
// Deterministic: the same list, in the same order, with the same ids, on every run.
//
// A case is {id, kind, line}: `id` names the base sample and the mutation (with the message
// index it hit), `kind` is the mutation without the base or index (with the role it hit),
// so that disagreements group by what was changed, and `line` is the raw text of the line.

// A real 1x1 PNG, so that image chunks are valid images unless a mutation breaks them.
const PNG_B64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const PNG_URL = `data:image/png;base64,${PNG_B64}`

const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather in a city',
    parameters: {
      type: 'object',
      properties: {city: {type: 'string'}},
      required: ['city']
    }
  }
}

const user = content => ({role: 'user', content})
const assistant = content => ({role: 'assistant', content})
const call = (id, city = 'Paris') => ({
  id,
  type: 'function',
  function: {name: 'get_weather', arguments: JSON.stringify({city})}
})

const BASES = {
  chat: {messages: [user('Hi'), assistant('Hello!')]},
  system: {
    messages: [{role: 'system', content: 'Be brief.'}, user('Hi'), assistant('Hello!')]
  },
  multiturn: {
    messages: [user('Hi'), assistant('Hello!'), user('How are you?'), assistant('Fine.')]
  },
  tools: {
    tools: [WEATHER_TOOL],
    messages: [
      user('Weather in Paris?'),
      {role: 'assistant', tool_calls: [call('abc123XYZ')]},
      {role: 'tool', tool_call_id: 'abc123XYZ', content: '{"temp": 21}'},
      assistant('It is 21 degrees.')
    ]
  },
  'parallel-tools': {
    tools: [WEATHER_TOOL],
    messages: [
      user('Weather in Paris and Rome?'),
      {role: 'assistant', tool_calls: [call('abc123XYZ'), call('def456UVW', 'Rome')]},
      {role: 'tool', tool_call_id: 'abc123XYZ', content: '21'},
      {role: 'tool', tool_call_id: 'def456UVW', content: '25'},
      assistant('21 and 25.')
    ]
  },
  // The call is the last message: a sample that teaches the model to call the tool.
  'tool-call-last': {
    tools: [WEATHER_TOOL],
    messages: [user('Weather in Paris?'), {role: 'assistant', tool_calls: [call('abc123XYZ')]}]
  },
  'available-tools': {
    available_tools: [WEATHER_TOOL],
    messages: [
      user('Weather in Paris?'),
      {role: 'assistant', tool_calls: [call('abc123XYZ')]},
      {role: 'tool', tool_call_id: 'abc123XYZ', content: '21'},
      assistant('21 degrees.')
    ]
  },
  weights: {
    messages: [
      user('Hi'),
      {role: 'assistant', content: 'Bad answer.', weight: 0},
      user('Again?'),
      {role: 'assistant', content: 'Good answer.', weight: 1}
    ]
  },
  'text-chunks': {
    messages: [user([{type: 'text', text: 'Hi'}]), assistant('Hello!')]
  },
  image: {
    messages: [
      user([
        {type: 'text', text: 'What is this?'},
        {type: 'image_url', image_url: {url: PNG_URL}}
      ]),
      assistant('A pixel.')
    ]
  },
  'image-url-string': {
    messages: [user([{type: 'image_url', image_url: PNG_URL}]), assistant('A pixel.')]
  },
  'system-prompt': {
    system_prompt: 'Be brief.',
    messages: [user('Hi'), assistant('Hello!')]
  },
  'only-last': {
    only_last: true,
    messages: [user('Hi'), assistant('Hello!'), user('Bye'), assistant('Bye!')]
  },
  interactions: {interactions: [user('Hi'), assistant('Hello!')]}
}

const PRETRAIN_BASES = {
  'pretrain-text': {text: 'The quick brown fox jumps over the lazy dog.'},
  'pretrain-unicode': {text: 'Zwei Zeilen:\nÄpfel und Birnen, 日本語, emoji 🦊.'}
}

const clone = value => structuredClone(value)
const show = value => (value === undefined ? 'undefined' : JSON.stringify(value))

/** Values a content field (or a whole field) is set to. */
const VALUES = {
  string: 'text',
  empty: '',
  blank: '   ',
  null: null,
  number: 1,
  true: true,
  'empty-list': [],
  object: {},
  'object-text': {type: 'text', text: 'x'},
  'list-of-strings': ['x']
}

/** Chunk lists a message's content is set to. */
const CHUNKS = {
  text: [{type: 'text', text: 'x'}],
  'text-extra-key': [{type: 'text', text: 'x', foo: 1}],
  'text-number': [{type: 'text', text: 1}],
  'text-missing': [{type: 'text'}],
  'text-empty': [{type: 'text', text: ''}],
  'no-type': [{text: 'x'}],
  'type-unknown': [{type: 'video', text: 'x'}],
  'type-null': [{type: null, text: 'x'}],
  'chunk-null': [null],
  'two-text': [
    {type: 'text', text: 'a'},
    {type: 'text', text: 'b'}
  ],
  image: [{type: 'image_url', image_url: {url: PNG_URL}}],
  'image-string': [{type: 'image_url', image_url: PNG_URL}],
  'image-detail': [{type: 'image_url', image_url: {url: PNG_URL, detail: 'low'}}],
  'image-url-extra-key': [{type: 'image_url', image_url: {url: PNG_URL, foo: 1}}],
  'image-chunk-extra-key': [{type: 'image_url', image_url: {url: PNG_URL}, foo: 1}],
  'image-url-missing': [{type: 'image_url', image_url: {}}],
  'image-url-number': [{type: 'image_url', image_url: 1}],
  'image-bad-base64': [
    {type: 'image_url', image_url: {url: 'data:image/png;base64,!!!not*base64'}}
  ],
  'image-short-base64': [{type: 'image_url', image_url: {url: 'data:image/png;base64,iVBORw0K='}}],
  'image-not-image': [
    {type: 'image_url', image_url: {url: `data:image/png;base64,${btoa('hello world')}`}}
  ],
  'image-no-comma': [{type: 'image_url', image_url: {url: 'data:image/png;base64'}}],
  'image-text-mime': [{type: 'image_url', image_url: {url: `data:text/plain;base64,${PNG_B64}`}}],
  'image-https': [{type: 'image_url', image_url: {url: 'https://example.com/cat.png'}}],
  'image-http': [{type: 'image_url', image_url: {url: 'http://example.com/cat.png'}}],
  'image-file': [{type: 'image_url', image_url: {url: 'file:///data/cat.png'}}],
  'image-ftp': [{type: 'image_url', image_url: {url: 'ftp://example.com/cat.png'}}],
  'image-relative': [{type: 'image_url', image_url: {url: 'cat.png'}}],
  'image-empty-url': [{type: 'image_url', image_url: {url: ''}}],
  'image-type-image': [{type: 'image', image: PNG_B64}],
  'text-and-image': [
    {type: 'text', text: 'x'},
    {type: 'image_url', image_url: {url: PNG_URL}}
  ]
}

const WEIGHTS = [0, 1, '1', ' 1', '0', true, false, 0.5, 2, -1, 1.0000001, null, 'x', [], {}]

const ROLES = ['user', 'assistant', 'system', 'tool', 'bot', 'User', '', null, 1]

const TOOLS_VALUES = {
  'empty-object': {},
  'empty-string': '',
  'empty-list': [],
  null: null,
  string: 'get_weather',
  number: 1,
  object: WEATHER_TOOL,
  'list-of-empty': [{}],
  'list-of-null': [null],
  'list-of-string': ['get_weather']
}

/** Changes to the first tool definition's `function` (or the tool around it). */
const TOOL_DEFS = {
  'type-missing': t => delete t.type,
  'type-null': t => (t.type = null),
  'type-other': t => (t.type = 'retrieval'),
  'extra-key': t => (t.foo = 1),
  'function-missing': t => delete t.function,
  'function-string': t => (t.function = 'get_weather'),
  'name-missing': t => delete t.function.name,
  'name-space': t => (t.function.name = 'get weather'),
  'name-65': t => (t.function.name = 'a'.repeat(65)),
  'name-64': t => (t.function.name = 'a'.repeat(64)),
  'name-number': t => (t.function.name = 1),
  'description-missing': t => delete t.function.description,
  'description-null': t => (t.function.description = null),
  'description-empty': t => (t.function.description = ''),
  'parameters-missing': t => delete t.function.parameters,
  'parameters-empty': t => (t.function.parameters = {}),
  'parameters-null': t => (t.function.parameters = null),
  'parameters-string': t => (t.function.parameters = '{"type": "object"}'),
  'parameters-list': t => (t.function.parameters = []),
  'parameters-type-strin': t => (t.function.parameters = {type: 'strin'}),
  'parameters-property-type-strin': t => (t.function.parameters.properties.city.type = 'strin'),
  'parameters-required-string': t => (t.function.parameters.required = 'city'),
  'parameters-required-undeclared': t => (t.function.parameters.required = ['country']),
  'parameters-properties-list': t => (t.function.parameters.properties = []),
  'parameters-not-object-type': t => (t.function.parameters.type = 'array'),
  'function-extra-key': t => (t.function.foo = 1),
  'function-strict': t => (t.function.strict = true)
}

/** Changes to the first call of the first assistant message with tool calls. */
const CALLS = {
  'type-null': c => (c.type = null),
  'type-missing': c => delete c.type,
  'type-function': c => (c.type = 'function'),
  'type-other': c => (c.type = 'retrieval'),
  'id-missing': c => delete c.id,
  'id-empty': c => (c.id = ''),
  'id-8': c => (c.id = 'abc123XY'),
  'id-10': c => (c.id = 'abc123XYZ0'),
  'id-null-string': c => (c.id = 'null'),
  'id-null': c => (c.id = null),
  'id-dash': c => (c.id = 'abc-12345'),
  'id-number': c => (c.id = 123456789),
  'id-long': c => (c.id = `call_${'x'.repeat(24)}`),
  'arguments-object': c => (c.function.arguments = {city: 'Paris'}),
  'arguments-invalid-json': c => (c.function.arguments = '{"city": '),
  'arguments-empty': c => (c.function.arguments = ''),
  'arguments-json-array': c => (c.function.arguments = '["Paris"]'),
  'arguments-number': c => (c.function.arguments = 1),
  'arguments-null': c => (c.function.arguments = null),
  'arguments-missing': c => delete c.function.arguments,
  'name-missing': c => delete c.function.name,
  'name-space': c => (c.function.name = 'get weather'),
  'name-undefined-tool': c => (c.function.name = 'get_time'),
  'function-missing': c => delete c.function,
  'extra-key': c => (c.foo = 1),
  'function-extra-key': c => (c.function.foo = 1)
}

/**
 * Every mutation of one base sample, as [mutation, sample] pairs; `sample` is a value to
 * serialize, or {raw: text} for a line that is not one JSON.stringify away.
 */
function* mutations(base) {
  const msgsKey = 'messages' in base ? 'messages' : 'interactions'
  const msgs = base[msgsKey]
  const edit = (fn, ...args) => {
    const sample = clone(base)
    fn(sample, sample[msgsKey], ...args)
    return sample
  }
  const roleOf = i => msgs[i].role

  yield ['none', clone(base)]

  // ---- message list ----
  for (const [name, value] of Object.entries({
    empty: [],
    string: 'Hi',
    object: {},
    null: null,
    number: 1
  })) {
    yield [`messages=${name}`, edit(s => (s[msgsKey] = value))]
  }
  yield ['reverse-messages', edit((s, m) => m.reverse())]
  for (let i = 0; i < msgs.length; i++) {
    const at = `@${roleOf(i)}`
    yield [`drop-message${at}#${i}`, edit((s, m) => m.splice(i, 1))]
    yield [`duplicate-message${at}#${i}`, edit((s, m) => m.splice(i, 0, clone(m[i])))]
    if (i + 1 < msgs.length) {
      yield [`swap-next${at}#${i}`, edit((s, m) => m.splice(i, 2, m[i + 1], m[i]))]
    }
    yield [`message=string${at}#${i}`, edit((s, m) => (m[i] = 'Hi'))]
    yield [`message=null${at}#${i}`, edit((s, m) => (m[i] = null))]
    for (const role of ROLES) {
      if (role === roleOf(i)) continue
      yield [`role=${show(role)}${at}#${i}`, edit((s, m) => (m[i].role = role))]
    }
    yield [`role-missing${at}#${i}`, edit((s, m) => delete m[i].role)]
    yield [`extra-message-key${at}#${i}`, edit((s, m) => (m[i].foo = 1))]
    yield [`name-key${at}#${i}`, edit((s, m) => (m[i].name = 'bob'))]

    // content and text keys
    for (const [name, value] of Object.entries(VALUES)) {
      yield [`content=${name}${at}#${i}`, edit((s, m) => (m[i].content = value))]
    }
    yield [`content-missing${at}#${i}`, edit((s, m) => delete m[i].content)]
    if ('content' in msgs[i]) {
      yield [
        `content-as-text-key${at}#${i}`,
        edit((s, m) => {
          m[i].text = m[i].content
          delete m[i].content
        })
      ]
      yield [`text-and-content${at}#${i}`, edit((s, m) => (m[i].text = 'x'))]
    }
    for (const [name, chunks] of Object.entries(CHUNKS)) {
      yield [`chunks=${name}${at}#${i}`, edit((s, m) => (m[i].content = clone(chunks)))]
    }

    // weights: on every message, so that weights on other roles are tried too
    for (const weight of WEIGHTS) {
      yield [`weight=${show(weight)}${at}#${i}`, edit((s, m) => (m[i].weight = weight))]
    }

    // tool calls where there are none
    if (!msgs[i].tool_calls) {
      yield [`add-tool-calls${at}#${i}`, edit((s, m) => (m[i].tool_calls = [call('zzz999ZZZ')]))]
    }
  }

  // a tool message answering no call
  yield [
    'insert-tool-message#1',
    edit((s, m) => m.splice(1, 0, {role: 'tool', tool_call_id: 'abc123XYZ', content: '21'}))
  ]
  yield ['append-user', edit((s, m) => m.push(user('More?')))]
  yield ['append-assistant', edit((s, m) => m.push(assistant('More.')))]

  // ---- tool calls and tool messages ----
  const callAt = msgs.findIndex(m => Array.isArray(m.tool_calls))
  if (callAt !== -1) {
    for (const [name, fn] of Object.entries(CALLS)) {
      yield [`call:${name}#${callAt}`, edit((s, m) => fn(m[callAt].tool_calls[0]))]
    }
    for (const [name, value] of Object.entries({
      empty: [],
      null: null,
      object: call('abc123XYZ'),
      string: 'get_weather'
    })) {
      yield [`tool_calls=${name}#${callAt}`, edit((s, m) => (m[callAt].tool_calls = value))]
    }
    yield [`call-and-content#${callAt}`, edit((s, m) => (m[callAt].content = 'Let me check.'))]
    yield [`call-and-empty-content#${callAt}`, edit((s, m) => (m[callAt].content = ''))]
    yield [
      `duplicate-call#${callAt}`,
      edit((s, m) => m[callAt].tool_calls.push(clone(m[callAt].tool_calls[0])))
    ]
  }
  const toolAt = msgs.findIndex(m => m.role === 'tool')
  if (toolAt !== -1) {
    const tool = (name, fn) => [`tool-message:${name}#${toolAt}`, edit((s, m) => fn(m[toolAt]))]
    yield tool('id-missing', t => delete t.tool_call_id)
    yield tool('id-unknown', t => (t.tool_call_id = 'zzz999ZZZ'))
    yield tool('id-bad-format', t => (t.tool_call_id = 'abc'))
    yield tool('id-null', t => (t.tool_call_id = null))
    yield tool('id-number', t => (t.tool_call_id = 123456789))
    yield tool('name', t => (t.name = 'get_weather'))
    yield tool('name-bad', t => (t.name = 'get weather'))
    yield tool('content-object', t => (t.content = {temp: 21}))
  }

  // ---- tool definitions ----
  const toolsKey = 'tools' in base ? 'tools' : 'available_tools' in base ? 'available_tools' : null
  for (const [name, value] of Object.entries(TOOLS_VALUES)) {
    yield [`tools=${name}`, edit(s => (s[toolsKey ?? 'tools'] = clone(value)))]
  }
  if (toolsKey) {
    for (const [name, fn] of Object.entries(TOOL_DEFS)) {
      yield [`tool-def:${name}`, edit(s => fn(s[toolsKey][0]))]
    }
    yield ['tools-dropped', edit(s => delete s[toolsKey])]
    yield ['tools-and-available-tools', edit(s => (s.available_tools = clone(s[toolsKey])))]
    yield ['tool-def-duplicate', edit(s => s[toolsKey].push(clone(s[toolsKey][0])))]
  }

  // ---- top-level keys ----
  for (const [name, value] of Object.entries({
    string: 'Be brief.',
    empty: '',
    null: null,
    number: 1,
    list: ['Be brief.'],
    object: {content: 'Be brief.'}
  })) {
    yield [`system_prompt=${name}`, edit(s => (s.system_prompt = value))]
  }
  yield [
    'system_prompt-and-system-message',
    edit((s, m) => {
      s.system_prompt = 'Be brief.'
      m.unshift({role: 'system', content: 'Be polite.'})
    })
  ]
  yield ['system-message-last', edit((s, m) => m.push({role: 'system', content: 'Be brief.'}))]
  for (const value of [true, false, 'true', 'false', 1, 0, null, 'yes', []]) {
    yield [`only_last=${show(value)}`, edit(s => (s.only_last = value))]
  }
  for (const [key, value] of Object.entries({foo: 1, id: 'sample-1', metadata: {source: 'x'}})) {
    yield [`extra-key:${key}`, edit(s => (s[key] = value))]
  }
  yield ['text-key-too', edit(s => (s.text = 'x'))]
  yield [
    'messages-and-interactions',
    edit((s, m) => Object.assign(s, {messages: m, interactions: m}))
  ]
}

function* pretrainMutations(base) {
  const edit = fn => {
    const sample = clone(base)
    fn(sample)
    return sample
  }
  yield ['none', clone(base)]
  for (const [name, value] of Object.entries(VALUES)) {
    yield [`text=${name}`, edit(s => (s.text = value))]
  }
  yield ['text-as-content-key', {content: base.text}]
  yield ['text-and-content', edit(s => (s.content = 'x'))]
  yield ['text-and-messages', edit(s => (s.messages = [user('Hi'), assistant('Hello!')]))]
  yield ['extra-key:foo', edit(s => (s.foo = 1))]
  yield ['extra-key:metadata', edit(s => (s.metadata = {source: 'x'}))]
}

/** Line-level mutations of a valid line: how it sits in the file, not what it says. */
function* lineMutations(sample) {
  const line = JSON.stringify(sample)
  // A place between two tokens: after the first key's colon.
  const colon = line.indexOf('":') + 2
  // A place inside a string: after the first character of the first content or text value.
  const text = line.search(/"(content|text)":"/) + line.match(/"(content|text)":"/)[0].length + 1
  const inString = insert => `${line.slice(0, text)}${insert}${line.slice(text)}`
  yield ['line:bom', `\uFEFF${line}`]
  yield ['line:trailing-space', `${line}  `]
  yield ['line:trailing-tab', `${line}\t`]
  yield ['line:leading-space', `  ${line}`]
  yield ['line:crlf', `${line}\r`]
  yield ['line:blank-before', `\n${line}`]
  yield ['line:blank-after', `${line}\n`]
  yield ['line:whitespace-line-after', `${line}\n   `]
  yield ['line:lone-cr-between-tokens', `${line.slice(0, colon)}\r${line.slice(colon)}`]
  yield ['line:lone-cr-in-string', inString('\r')]
  yield ['line:escaped-cr-in-string', inString('\\r')]
  yield ['line:lf-in-string', inString('\n')]
  yield ['line:tab-in-string', inString('\t')]
  yield ['line:pretty-printed', JSON.stringify(sample, null, 2)]
  yield ['line:two-samples', `${line}${line}`]
  yield ['line:trailing-comma', line.replace(/}$/, ',}')]
  yield ['line:truncated', line.slice(0, -1)]
  yield ['line:single-quotes', line.replaceAll('"', "'")]
  yield ['line:nan', line.replace(/}$/, ',"x":NaN}')]
  yield ['line:lone-surrogate-escape', inString('\\ud800')]
}

/** The whole list of cases. */
export function buildCases() {
  const cases = []
  const add = (base, mutation, sample) => {
    const line = typeof sample === 'string' ? sample : JSON.stringify(sample)
    // kind: the mutation without the message index, so that a group spans bases
    cases.push({id: `${base}/${mutation}`, kind: mutation.replace(/#\d+$/, ''), line})
  }
  for (const [name, base] of Object.entries(BASES)) {
    for (const [mutation, sample] of mutations(base)) add(name, mutation, sample)
  }
  for (const [name, base] of Object.entries(PRETRAIN_BASES)) {
    for (const [mutation, sample] of pretrainMutations(base)) add(name, mutation, sample)
  }
  for (const name of ['chat', 'tools', 'image']) {
    for (const [mutation, line] of lineMutations(BASES[name])) add(name, mutation, line)
  }
  for (const [mutation, line] of lineMutations(PRETRAIN_BASES['pretrain-text'])) {
    add('pretrain-text', mutation, line)
  }
  // A line that is not an object.
  for (const [name, line] of Object.entries({
    array: '[]',
    string: '"Hi"',
    number: '1',
    null: 'null'
  })) {
    add('top-level', `not-object=${name}`, line)
  }
  return cases
}
