import {describe, expect, it} from '@jest/globals'
import {validateBuffer} from '../../../src/validate/index.js'
import {checkInstruct} from '../../../src/validate/rules/instruct.js'
import {createStats} from '../../../src/validate/stats.js'
import {brief, chat, jsonl, secondLine} from '../helpers.js'

/** A message or a sample as JSON: the validator is given anything, so the tests build loose objects. */
type Json = Record<string, unknown>

const user = (content: unknown = 'Hi'): Json => ({role: 'user', content})
const assistant = (content: unknown = 'Hello', extra: object = {}): Json => ({
  role: 'assistant',
  content,
  ...extra
})
const system = (content: unknown = 'Be brief.'): Json => ({role: 'system', content})
const conv = (...messages: unknown[]): Json => ({messages})
/** A whole 1×1 PNG: mistral-common decodes data URLs and opens them with Pillow. */
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather in a city',
    parameters: {type: 'object', properties: {city: {type: 'string'}}}
  }
}
const call = (
  id: unknown = 'TX92Jm8Zi',
  name: unknown = 'get_weather',
  args: unknown = '{}'
): Json => ({
  id,
  type: 'function',
  function: {name, arguments: args}
})
const calling = (calls: unknown): Json => ({role: 'assistant', tool_calls: calls})
const answer = (id: unknown = 'TX92Jm8Zi'): Json => ({
  role: 'tool',
  content: '{"temp": 21}',
  tool_call_id: id
})
/** user → assistant(calls) → answers → assistant, with the weather tool defined. */
const fc = (calls: unknown[], answers: unknown[], extra: object = {}): Json => ({
  messages: [user('Weather?'), calling(calls), ...answers, assistant('Sunny.')],
  tools: [weatherTool],
  ...extra
})

function check(sample: unknown): string[] {
  return secondLine(chat, sample)
}

describe('instruct: valid samples', () => {
  const valid: Array<[string, unknown]> = [
    ['user then assistant', conv(user(), assistant())],
    ['system, user, assistant', conv(system(), user(), assistant())],
    ['several turns', conv(user(), assistant(), user('More?'), assistant('Yes.'))],
    ['two user messages in a row', conv(user(), user('Also…'), assistant())],
    ['two assistant messages in a row', conv(user(), assistant(), assistant('And more.'))],
    [
      'weight 0 and 1 on assistant messages',
      conv(user(), assistant('a', {weight: 0}), user(), assistant('b', {weight: 1}))
    ],
    ['weight null', conv(user(), assistant('a', {weight: null}))],
    [
      'weight 1.0 written as 1.0',
      '{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a","weight":1.0}]}'
    ],
    ['unicode content', conv(user('Ça va ? 日本語 🎉'), assistant('Très bien 👍'))],
    [
      'content chunks: text and image_url (string and object)',
      conv(
        user([
          {type: 'text', text: 'What is in these images?'},
          {type: 'image_url', image_url: 'https://example.com/a.png'},
          {type: 'image_url', image_url: {url: PNG_DATA_URL, detail: 'low'}}
        ]),
        assistant('Two cats.')
      )
    ],
    [
      'a system message after the last assistant one (mistral-finetune lifts it out)',
      conv(user(), assistant(), system())
    ],
    ['one tool call and its answer', fc([call()], [answer()])],
    [
      'two tool calls and two answers',
      fc(
        [call('aaaaaaaa1'), call('bbbbbbbb2', 'get_weather', '{"city":"Oslo"}')],
        [answer('aaaaaaaa1'), answer('bbbbbbbb2')]
      )
    ],
    [
      'assistant with tool_calls and empty string content',
      {
        ...fc([call()], [answer()]),
        messages: [
          user(),
          {role: 'assistant', content: '', tool_calls: [call()]},
          answer(),
          assistant()
        ]
      }
    ],
    [
      'assistant with tool_calls and null content',
      {
        ...fc([call()], [answer()]),
        messages: [
          user(),
          {role: 'assistant', content: null, tool_calls: [call()]},
          answer(),
          assistant()
        ]
      }
    ],
    [
      'conversation ending in a tool call',
      {messages: [user(), calling([call()])], tools: [weatherTool]}
    ],
    ['tool message with a valid name', fc([call()], [{...answer(), name: 'get_weather'}])],
    [
      'the docs function-calling example',
      {
        messages: [
          system('You are a helpful assistant with access to functions.'),
          user("Can you help me generate an anagram of the word 'listen'?"),
          calling([
            {
              id: 'TX92Jm8Zi',
              type: 'function',
              function: {name: 'generate_anagram', arguments: '{"word": "listen"}'}
            }
          ]),
          {role: 'tool', content: '{"anagram": "silent"}', tool_call_id: 'TX92Jm8Zi'},
          assistant("The anagram of the word 'listen' is 'silent'."),
          user("That's amazing! Can you generate an anagram for the word 'race'?"),
          calling([
            {
              id: '3XhQnxLsT',
              type: 'function',
              function: {name: 'generate_anagram', arguments: '{"word": "race"}'}
            }
          ])
        ],
        tools: [
          {
            type: 'function',
            function: {
              name: 'generate_anagram',
              description: 'Generate an anagram of a given word',
              parameters: {type: 'object', properties: {word: {type: 'string'}}, required: ['word']}
            }
          }
        ]
      }
    ],
    [
      'tool call without "type" (defaults to function)',
      fc([{id: 'TX92Jm8Zi', function: {name: 'get_weather', arguments: '{}'}}], [answer()])
    ],
    ['an empty tools list with no calls', {...conv(user(), assistant()), tools: []}]
  ]
  it.each(valid)('%s', (_name, sample) => {
    expect(check(sample)).toEqual([])
  })
})

describe('instruct: conversation rules', () => {
  const invalid: Array<[string, unknown, string[]]> = [
    ['messages is an object', {messages: {role: 'user'}}, ['instruct/messages-type']],
    ['messages is null', {messages: null}, ['instruct/messages-type']],
    ['messages is empty', {messages: []}, ['instruct/empty-messages']],
    ['a message is a string', conv('hi', user(), assistant()), ['instruct/message-type']],
    ['a message has no role', conv({content: 'x'}, assistant()), ['instruct/missing-role']],
    [
      'unknown role',
      conv({role: 'bot', content: 'x'}, user(), assistant()),
      ['instruct/unknown-role']
    ],
    [
      'role is not a string',
      conv({role: 1, content: 'x'}, user(), assistant()),
      ['instruct/unknown-role']
    ],
    [
      'text and content in one message',
      conv({role: 'user', content: 'a', text: 'b'}, assistant()),
      ['instruct/text-and-content']
    ],
    [
      'user message without content',
      conv({role: 'user'}, assistant()),
      ['instruct/missing-content']
    ],
    ['user message with null content', conv(user(null), assistant()), ['instruct/missing-content']],
    [
      'system message without content',
      conv({role: 'system'}, user(), assistant()),
      ['instruct/missing-content']
    ],
    ['content is a number', conv(user(42), assistant()), ['instruct/content-type']],
    ['content is an object', conv(user({text: 'x'}), assistant()), ['instruct/content-type']],
    [
      'chunk of unknown type',
      conv(user([{type: 'audio', audio: 'x'}]), assistant()),
      ['instruct/content-chunk']
    ],
    [
      'text chunk without text',
      conv(user([{type: 'text'}]), assistant()),
      ['instruct/content-chunk']
    ],
    [
      'image_url chunk without url',
      conv(user([{type: 'image_url', image_url: {}}]), assistant()),
      ['instruct/content-chunk']
    ],
    ['chunk is a string', conv(user(['hello']), assistant()), ['instruct/content-chunk']],
    [
      'two system messages',
      conv(system(), system('Again.'), user(), assistant()),
      ['instruct/multiple-system']
    ],
    ['last message is user', conv(user(), assistant(), user('Bye')), ['instruct/last-role']],
    ['only a user message', conv(user()), ['instruct/last-role']],
    ['only a system message', conv(system()), ['instruct/last-role']],
    [
      'last message is a tool answer',
      {messages: [user(), calling([call()]), answer()], tools: [weatherTool]},
      ['instruct/last-role']
    ],
    [
      'a tool answer right after a user message',
      {messages: [user(), answer(), assistant()], tools: [weatherTool]},
      ['instruct/role-order', 'tool/unknown-call-id', 'tool/too-many-answers']
    ],
    [
      'assistant with content and tool_calls',
      {
        ...fc([call()], [answer()]),
        messages: [
          user(),
          {role: 'assistant', content: 'Let me check.', tool_calls: [call()]},
          answer(),
          assistant()
        ]
      },
      ['instruct/content-and-tool-calls']
    ],
    ['assistant with empty content', conv(user(), assistant('')), ['instruct/assistant-empty']],
    [
      'assistant with no content key',
      conv(user(), {role: 'assistant'}),
      ['instruct/assistant-empty']
    ],
    [
      'assistant with empty tool_calls and no content',
      conv(user(), {role: 'assistant', tool_calls: []}),
      ['instruct/assistant-empty']
    ],
    [
      'assistant with an empty chunk list',
      conv(user(), assistant([])),
      ['instruct/chunks-role', 'instruct/assistant-empty']
    ],
    ['weight 0.5', conv(user(), assistant('a', {weight: 0.5})), ['instruct/weight-value']],
    ['weight "one"', conv(user(), assistant('a', {weight: 'one'})), ['instruct/weight-value']],
    ['weight "2"', conv(user(), assistant('a', {weight: '2'})), ['instruct/weight-value']],
    ['weight []', conv(user(), assistant('a', {weight: []})), ['instruct/weight-value']],
    ['weight 2', conv(user(), assistant('a', {weight: 2})), ['instruct/weight-value']],
    [
      'weight on a user message (warning)',
      conv({...user(), weight: 0}, assistant()),
      ['instruct/weight-role']
    ],
    [
      'tool_calls on a user message',
      conv({...user(), tool_calls: [call()]}, assistant()),
      ['instruct/tool-calls-role']
    ],
    [
      'messages and interactions',
      {...conv(user(), assistant()), interactions: []},
      ['instruct/messages-and-interactions']
    ],
    [
      'interactions instead of messages (warning)',
      {interactions: [user(), assistant()]},
      ['instruct/interactions-key']
    ],
    [
      '"text" instead of "content" (warning, once per line)',
      conv({role: 'user', text: 'a'}, {role: 'assistant', text: 'b'}),
      ['instruct/text-key']
    ],
    [
      'chunk list in an assistant message (warning)',
      conv(user(), assistant([{type: 'text', text: 'ok'}])),
      ['instruct/chunks-role']
    ]
  ]
  it.each(invalid)('%s', (_name, sample, rules) => {
    expect(check(sample)).toEqual(rules.map(r => `2 ${r}`))
  })

  it('reports warnings as warnings and errors as errors', () => {
    const result = validateBuffer(
      jsonl(chat, conv({...user(), weight: 0}, assistant(''))),
      'fine-tune'
    )
    expect(result.problems.map(p => [p.rule, p.severity])).toEqual([
      ['instruct/weight-role', 'warning'],
      ['instruct/assistant-empty', 'error']
    ])
    expect(result.valid).toBe(false)
  })

  it('says what is wrong and what was expected', () => {
    const result = validateBuffer(jsonl(conv(user(), user('Bye'))), 'fine-tune')
    expect(result.problems[0].message).toBe(
      'last message has role "user"; expected "assistant" (only assistant turns are trained on)'
    )
  })
})

describe('instruct: function calling', () => {
  const invalid: Array<[string, unknown, string[]]> = [
    ['id too short', fc([call('abc123')], [answer('abc123')]), ['tool/call-id', 'tool/call-id']],
    [
      'id with a dash',
      fc([call('TX92-m8Zi')], [answer('TX92-m8Zi')]),
      ['tool/call-id', 'tool/call-id']
    ],
    [
      'id missing',
      fc([{type: 'function', function: {name: 'get_weather', arguments: '{}'}}], [answer()]),
      ['tool/call-id', 'tool/unknown-call-id']
    ],
    ['id is a number', fc([call(123456789)], [answer()]), ['tool/call-id', 'tool/unknown-call-id']],
    ['type is not function', fc([{...call(), type: 'tool'}], [answer()]), ['tool/call-type']],
    [
      'function missing',
      fc([{id: 'TX92Jm8Zi', type: 'function'}], [answer()]),
      ['tool/call-function']
    ],
    [
      'call is a string',
      fc(['get_weather'], [answer()]),
      ['tool/call-function', 'tool/unknown-call-id']
    ],
    [
      'tool_calls is an object',
      {...fc([], []), messages: [user(), calling(call()), assistant()]},
      ['tool/calls-type']
    ],
    ['name with a space', fc([call(undefined, 'get weather')], [answer()]), ['tool/function-name']],
    [
      'name of 65 characters',
      fc([call(undefined, 'a'.repeat(65))], [answer()]),
      ['tool/function-name']
    ],
    [
      'name missing',
      fc([{id: 'TX92Jm8Zi', function: {arguments: '{}'}}], [answer()]),
      ['tool/function-name']
    ],
    [
      'arguments as an object',
      fc([call(undefined, undefined, {city: 'Paris'})], [answer()]),
      ['tool/arguments-type']
    ],
    [
      'arguments missing',
      fc([{id: 'TX92Jm8Zi', function: {name: 'get_weather'}}], [answer()]),
      ['tool/arguments-type']
    ],
    [
      'arguments not JSON',
      fc([call(undefined, undefined, '{city: Paris')], [answer()]),
      ['tool/arguments-json']
    ],
    [
      'tool answer without tool_call_id',
      fc([call()], [{role: 'tool', content: 'x'}]),
      ['tool/missing-call-id']
    ],
    ['tool answer with a bad tool_call_id', fc([call()], [answer('nope')]), ['tool/call-id']],
    [
      'tool answer to an unknown call',
      fc([call()], [answer('ZZZZZZZZZ')]),
      ['tool/unknown-call-id']
    ],
    [
      'tool answer without content',
      fc([call()], [{role: 'tool', tool_call_id: 'TX92Jm8Zi'}]),
      ['instruct/missing-content']
    ],
    ['two answers for one call', fc([call()], [answer(), answer()]), ['tool/too-many-answers']],
    [
      'a tool answer before any call',
      {messages: [user(), assistant(), answer(), assistant()], tools: [weatherTool]},
      ['tool/unknown-call-id', 'tool/too-many-answers']
    ],
    [
      'two calls, one answer',
      fc([call('aaaaaaaa1'), call('bbbbbbbb2')], [answer('aaaaaaaa1')]),
      ['tool/missing-answers']
    ],
    [
      'call, then no answer',
      {messages: [user(), calling([call()]), assistant()], tools: [weatherTool]},
      ['tool/missing-answers']
    ],
    [
      'call to a function not in tools',
      fc([call(undefined, 'get_time')], [answer()]),
      ['tool/undefined-function']
    ],
    [
      'calls but no tools list',
      {...fc([call()], [answer()]), tools: undefined},
      ['tool/undefined-function']
    ],
    ['tools is an object', {...conv(user(), assistant()), tools: weatherTool}, ['tool/tools-type']],
    [
      'tool definition without function',
      {...conv(user(), assistant()), tools: [{type: 'function'}]},
      ['tool/definition']
    ],
    [
      'tool definition without description',
      {
        ...conv(user(), assistant()),
        tools: [{type: 'function', function: {name: 'f', parameters: {}}}]
      },
      ['tool/definition']
    ],
    [
      'tool definition with a bad name',
      {
        ...conv(user(), assistant()),
        tools: [{function: {name: 'a b', description: '', parameters: {}}}]
      },
      ['tool/function-name']
    ],
    [
      'tool parameters as a string',
      {
        ...conv(user(), assistant()),
        tools: [{function: {name: 'f', description: 'd', parameters: '{}'}}]
      },
      ['tool/parameters-type']
    ],
    [
      'tool definition of type other than function',
      {...conv(user(), assistant()), tools: [{...weatherTool, type: 'retrieval'}]},
      ['tool/definition']
    ],
    [
      'tools and available_tools',
      {...fc([call()], [answer()]), available_tools: [weatherTool]},
      ['tool/tools-and-available-tools']
    ],
    [
      'available_tools instead of tools (warning)',
      {...fc([call()], [answer()]), tools: undefined, available_tools: [weatherTool]},
      ['tool/available-tools-key']
    ],
    [
      'the same call id twice (warning)',
      {
        messages: [user(), calling([call()]), answer(), calling([call()]), answer(), assistant()],
        tools: [weatherTool]
      },
      ['tool/duplicate-call-id']
    ],
    [
      'tool answer with a bad name',
      fc([call()], [{...answer(), name: 'get weather'}]),
      ['tool/function-name']
    ]
  ]
  it.each(invalid)('%s', (_name, sample, rules) => {
    expect(check(sample)).toEqual(rules.map(r => `2 ${r}`))
  })

  it('names the field, the value and the rule in the message', () => {
    const result = validateBuffer(jsonl(fc([call('abc123')], [])), 'fine-tune')
    expect(result.problems[0]).toEqual({
      line: 1,
      rule: 'tool/call-id',
      message: 'messages[1].tool_calls[0].id "abc123" must be 9 letters or digits',
      severity: 'error'
    })
  })
})

describe('checkInstruct', () => {
  it('is a function of the record and the context', () => {
    const stats = createStats()
    const problems = checkInstruct(fc([call()], [answer()], {}), {lineNo: 7, stats})
    expect(problems).toEqual([])
    expect(stats.messagesByRole).toEqual({system: 0, user: 1, assistant: 2, tool: 1})
    expect(stats.toolCalls).toBe(1)
    expect(checkInstruct({messages: []}, {lineNo: 7, stats})).toEqual([
      {
        line: 7,
        rule: 'instruct/empty-messages',
        message: '"messages" is empty; expected a conversation that ends with an assistant message',
        severity: 'error'
      }
    ])
  })

  it('never sees a line that is not an object: the validator rejects it first', () => {
    expect(brief(validateBuffer(jsonl([]), 'fine-tune'))).toEqual(['1 file/not-object'])
  })
})

/** Problems as "rule severity" strings: these rules turn on the severity. */
function graded(sample: unknown): string[] {
  const result = validateBuffer(jsonl(chat, sample), 'fine-tune')
  return result.problems.map(p => `${p.rule} ${p.severity}`)
}

describe("instruct: agreement with mistral-finetune's and mistral-common's code", () => {
  const tool = (extra: object, fn: object = {}): Json => ({
    ...weatherTool,
    ...extra,
    function: {...weatherTool.function, ...fn}
  })
  const withTool = (t: Json): Json => ({...fc([call()], [answer()]), tools: [t]})
  const params = (parameters: unknown): Json => withTool(tool({}, {parameters}))
  const image = (url: unknown): Json =>
    conv(user([{type: 'image_url', image_url: url}]), assistant())

  const cases: Array<[string, unknown, string[]]> = [
    // Mistral's code rejects these: so do we.
    ['system then assistant only', conv(system(), assistant()), ['instruct/single-turn error']],
    ['assistant only', conv(assistant()), ['instruct/single-turn error']],
    [
      'parameters type "strin"',
      params({type: 'object', properties: {city: {type: 'strin'}}}),
      ['tool/parameters-schema error']
    ],
    [
      'parameters required as a string',
      params({type: 'object', required: 'city'}),
      ['tool/parameters-schema error']
    ],
    ['parameters with a bad pattern', params({pattern: '['}), ['tool/parameters-schema error']],
    ['parameters minLength -1', params({minLength: -1}), ['tool/parameters-schema error']],
    ['parameters anyOf []', params({anyOf: []}), ['tool/parameters-schema error']],
    [
      'system_prompt and a system message',
      {...conv(system(), user(), assistant()), system_prompt: 'Be kind.'},
      ['instruct/system-prompt-key warning', 'instruct/multiple-system error']
    ],
    [
      'system_prompt not a string',
      {...conv(user(), assistant()), system_prompt: 42},
      ['instruct/system-prompt-type error']
    ],
    [
      'an extra key in a text chunk',
      conv(user([{type: 'text', text: 'hi', cache_control: {type: 'ephemeral'}}]), assistant()),
      ['instruct/content-chunk error']
    ],
    [
      'an extra key in image_url',
      image({url: PNG_DATA_URL, size: 3}),
      ['instruct/content-chunk error']
    ],
    [
      'system content as chunks',
      conv(system([{type: 'text', text: 'Be brief.'}]), user(), assistant()),
      ['instruct/system-chunks error']
    ],
    [
      'an image chunk in a tool message',
      {
        ...fc([call()], [{...answer(), content: [{type: 'image_url', image_url: PNG_DATA_URL}]}]),
        tools: [weatherTool]
      },
      ['instruct/chunks-role warning', 'instruct/image-role error']
    ],
    [
      'a data URL with bad base64',
      image('data:image/png;base64,iVBORw0'),
      ['instruct/image-url error']
    ],
    [
      'a data URL holding text, not an image',
      image(`data:image/png;base64,${Buffer.from('hello, world').toString('base64')}`),
      ['instruct/image-url error']
    ],
    ['a data URL without a comma', image('data:image/png;base64'), ['instruct/image-url error']],
    ['an ftp image URL', image('ftp://example.com/a.png'), ['instruct/image-url error']],
    ['a file image URL (warning)', image('file:///data/a.png'), ['instruct/image-url warning']],
    [
      'tool calls in the first message, answered',
      {messages: [calling([call()]), answer(), assistant()], tools: [weatherTool]},
      ['tool/first-message-calls error']
    ],
    [
      'tool calls in the first message after a system message, answered',
      {messages: [system(), calling([call()]), answer(), assistant()], tools: [weatherTool]},
      ['tool/first-message-calls error']
    ],
    [
      'tool calls in the first message, not answered: only the answers are missing',
      {messages: [calling([call()]), user(), assistant()], tools: [weatherTool]},
      ['tool/missing-answers error']
    ],
    [
      'an image chunk with bad base64',
      conv(user([{type: 'image', image: 'iVBORw0'}]), assistant()),
      ['instruct/image-url error']
    ],
    [
      'an image chunk in an assistant message',
      conv(user(), assistant([{type: 'image', image: PNG_DATA_URL.split(',')[1]}])),
      ['instruct/chunks-role warning', 'instruct/image-role error', 'instruct/image-chunk warning']
    ],
    [
      'an image chunk with an extra key',
      conv(user([{type: 'image', image: PNG_DATA_URL.split(',')[1], url: 'x'}]), assistant()),
      ['instruct/content-chunk error', 'instruct/image-chunk warning']
    ],
    [
      'only_last "false"',
      {...conv(user(), assistant()), only_last: 'false'},
      ['instruct/only-last-type warning']
    ],
    // Mistral's code accepts these: so do we, with a warning where it only coerces.
    [
      'weight "1"',
      conv(user(), assistant('a', {weight: '1'})),
      ['instruct/weight-coerced warning']
    ],
    [
      'weight " 1"',
      conv(user(), assistant('a', {weight: ' 1'})),
      ['instruct/weight-coerced warning']
    ],
    [
      'weight true',
      conv(user(), assistant('a', {weight: true})),
      ['instruct/weight-coerced warning']
    ],
    [
      'weight "0.0"',
      conv(user(), assistant('a', {weight: '0.0'})),
      ['instruct/weight-coerced warning']
    ],
    [
      'a user message right after a tool answer',
      {messages: [user(), calling([call()]), answer(), user(), assistant()], tools: [weatherTool]},
      []
    ],
    ['tools {}', {...conv(user(), assistant()), tools: {}}, ['tool/tools-empty warning']],
    ['tools ""', {...conv(user(), assistant()), tools: ''}, ['tool/tools-empty warning']],
    ['type null on a tool call', {...fc([{...call(), type: null}], [answer()])}, []],
    ['type null on a tool', withTool(tool({type: null})), []],
    [
      'type "tool" on a tool (warning)',
      withTool(tool({type: 'tool'})),
      ['tool/definition warning']
    ],
    [
      'a valid schema with every keyword family',
      params({
        type: ['object', 'null'],
        properties: {city: {type: 'string', pattern: '^[A-Z]', minLength: 1}},
        patternProperties: {'^x-': true},
        required: ['city'],
        additionalProperties: false,
        dependencies: {city: ['country'], country: {required: ['city']}},
        anyOf: [{required: ['city']}],
        items: [{type: 'string'}],
        enum: [],
        $ref: '#/definitions/a',
        definitions: {a: {}}
      }),
      []
    ],
    [
      'a GIF data URL',
      image(`data:image/gif;base64,${Buffer.from('GIF89a....').toString('base64')}`),
      []
    ],
    // mistral-common's own image chunk: read by its models, not in Mistral's docs.
    [
      'an image chunk holding a PNG in base64',
      conv(user([{type: 'image', image: PNG_DATA_URL.split(',')[1]}]), assistant()),
      ['instruct/image-chunk warning']
    ],
    ['a data URL with line breaks in the base64', image(PNG_DATA_URL.replace('KGgo', 'KG\ngo')), []]
  ]
  it.each(cases)('%s', (_name, sample, expected) => {
    expect(graded(sample)).toEqual(expected)
  })

  it('counts a coerced weight of 0 as weight 0', () => {
    const result = validateBuffer(jsonl(conv(user(), assistant('a', {weight: false}))), 'fine-tune')
    expect(result.stats.assistantWeightZero).toBe(1)
    expect(result.valid).toBe(true)
  })

  it('names the schema keyword that is wrong', () => {
    const result = validateBuffer(jsonl(params({type: 'object', required: 'city'})), 'fine-tune')
    expect(result.problems[0].message).toBe(
      'tools[0].function.parameters.required must be an array of property names, got "city" (JSON Schema draft 7, as mistral-common checks)'
    )
  })
})
