'use strict'
// Bad input gets a clear error or the documented answer, and nothing breaks:
// values of the wrong type, lone surrogates, 4 MiB strings, bodies that are
// not JSON, hostile decoded objects.

const test = require('node:test')
const assert = require('node:assert/strict')
const smh = require('..')

const NOT_STRINGS = [null, undefined, 42, 4.2, NaN, 7n, true, {}, [], Symbol('s'), () => 'x', new String('AuthFailure')]
const FOUR_MIB = 4 * 1024 * 1024
const UNKNOWN_ERROR = 'The request failed for an unknown reason.'

test('a code that is not a string is a TypeError that says so', () => {
  for (const v of NOT_STRINGS) {
    for (const call of [() => smh.message(v), () => smh.message(v, 'zh-CN'), () => smh.lookup(v, 'en'), () => new smh.SmhError(v)]) {
      assert.throws(call, (e) => e instanceof TypeError && /code must be a string/.test(e.message), String(typeof v))
    }
  }
  // After a miss of the wrong type, the right answers still come.
  assert.equal(smh.message('ActionOffline', 'zh-CN'), '接口已下线。')
})

test('a locale of the wrong type is a TypeError; null and undefined are the default locale', () => {
  const def = smh.message('ActionOffline')
  assert.equal(smh.message('ActionOffline', null), def)
  assert.equal(smh.message('ActionOffline', undefined), def)
  assert.equal(smh.negotiate(null), smh.negotiate())
  let called = false
  const sneaky = { toString: () => ((called = true), 'zh-CN') }
  const fake = { [Symbol.toStringTag]: 'Intl.Locale', toString: () => 'zh-CN' }
  for (const v of [42, 7n, true, {}, [], Symbol('s'), sneaky, fake, new String('zh-CN'), () => 'zh']) {
    for (const call of [() => smh.message('ActionOffline', v), () => smh.lookup('X', v), () => smh.negotiate(v)]) {
      assert.throws(call, (e) => e instanceof TypeError && /a locale must be a string/.test(e.message))
    }
  }
  assert.equal(called, false, "no caller's code runs while a locale is read")
})

test('lone surrogates in codes and locales are read as U+FFFD', () => {
  for (const [bad, replaced] of [
    ['AuthFailure\ud800', 'AuthFailure\ufffd'],
    ['\udc00', '\ufffd'],
    ['\ud800\ud800', '\ufffd\ufffd'],
  ]) {
    const e = smh.lookup(bad, 'zh-CN')
    assert.equal(e.code, bad, 'the code as asked is kept')
    assert.deepEqual({ ...e, code: null }, { ...smh.lookup(replaced, 'zh-CN'), code: null })
    assert.equal(smh.message(bad, 'en'), smh.message(replaced, 'en'))
  }
  assert.equal(smh.message('InvalidParameterValue.\ud800', 'en'), smh.message('InvalidParameterValue', 'en'))
  assert.equal(smh.negotiate('zh\ud800'), smh.negotiate('zh\ufffd'))
  assert.equal(smh.negotiate('zh-CN\udfff'), smh.negotiate('zh-CN\ufffd'))
  // A pair is one character, not two lone surrogates.
  assert.equal(smh.lookup('A\ud83d\ude00', 'en').message, smh.lookup('A\u{1f600}', 'en').message)
})

test('a lone surrogate in a body string is the syntax error its JSON escape is', () => {
  for (const body of [
    '{"Response":{"Error":{"Code":"AuthFailure","Message":"\ud800"}}}',
    '{"Response":{"Error":{"Code":"Auth\udfffFailure"}}}',
    '\ud800',
  ]) {
    assert.throws(
      () => smh.parseResponse(body),
      (e) => e instanceof smh.ResponseParseError && e.kind === 'syntax' && /lone UTF-16 surrogate/.test(e.message),
      JSON.stringify(body)
    )
  }
  const escaped = '{"Response":{"Error":{"Code":"AuthFailure","Message":"\\ud800"}}}'
  assert.throws(() => smh.parseResponse(escaped), (e) => e.kind === 'syntax' && /lone UTF-16 surrogate/.test(e.message))
  // In a decoded object, JSON.stringify escapes it: the same answer.
  const decoded = { Response: { Error: { Code: 'AuthFailure', Message: 'x\ud800' } } }
  assert.throws(() => smh.parseResponse(decoded), (e) => e.kind === 'syntax' && /lone UTF-16 surrogate/.test(e.message))
  // Its column: the surrogate is the 7th character (the 7th byte).
  assert.throws(() => smh.parseResponse('{"a":"\ud800"}'), (e) => /line 1, column 7$/.test(e.message))
  // Bytes that are not UTF-8 are another error.
  assert.throws(() => smh.parseResponse(Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0x7d])), (e) => e.kind === 'invalid_utf8')
})

test('4 MiB strings: answered, never shown, never kept', () => {
  const big = 'A'.repeat(FOUR_MIB)
  assert.equal(smh.message(big, 'en-US'), UNKNOWN_ERROR, 'a code too long to show')
  const e = smh.lookup(big, 'en-US')
  assert.equal(e.code.length, FOUR_MIB)
  assert.equal(e.resolution, 'generic')
  assert.equal(smh.message(`InvalidParameterValue.${big}`, 'zh-CN'), '参数取值错误。')
  const bigLocale = `zh-CN, ${'x'.repeat(FOUR_MIB)}`
  for (let i = 0; i < 3; i++) assert.equal(typeof smh.message('ActionOffline', bigLocale), 'string')
  assert.equal(smh.negotiate('x'.repeat(FOUR_MIB)), 'en-US')
  for (const body of [big, Buffer.alloc(FOUR_MIB, 0x20), `{"Response":{"RequestId":"${big}"}}`]) {
    assert.throws(
      () => smh.parseResponse(body),
      (e) => e.kind === 'too_large' && /over the 1048576-byte limit/.test(e.message)
    )
  }
  const decoded = { Response: { Error: { Code: 'AuthFailure', Message: big } } }
  assert.throws(() => smh.parseResponse(decoded), (e) => e.kind === 'too_large')
  // A 4 MiB server message: no detail (nothing is read past the limit), and the error's text is whole.
  const err = new smh.SmhError('InvalidParameter', `Parameter \`${big}\` format invalid.`, 'r')
  assert.equal(err.detail('zh-CN'), null)
  assert.ok(err.message.length > FOUR_MIB)
  const multi = '中'.repeat(FOUR_MIB / 4)
  assert.throws(() => smh.parseResponse(multi), (e) => e.kind === 'too_large' && e.message.includes(`${(FOUR_MIB / 4) * 3} bytes`))
})

test('bodies that are not an SMH response: each kind named', () => {
  const cases = [
    ['', 'syntax'],
    ['   ', 'syntax'],
    ['not json', 'syntax'],
    ['{', 'syntax'],
    ['{"Response":{}} trailing', 'syntax'],
    ['\ufeff', 'syntax'],
    ['null', 'not_an_object'],
    ['42', 'not_an_object'],
    ['"text"', 'not_an_object'],
    ['[]', 'not_an_object'],
    ['{}', 'unknown_shape'],
    ['{"response":{}}', 'unknown_shape'],
    ['{"Response":1}', 'wrong_type'],
    ['{"Response":{"Error":{"Code":7}}}', 'wrong_type'],
    ['{"Response":{"Error":{}}}', 'missing_field'],
    ['{"Response":{"Error":{"Code":""}}}', 'missing_field'],
    ['{"code":1.5}', 'wrong_type'],
    [`${'['.repeat(40)}${']'.repeat(40)}`, 'too_deep'],
    [Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), 'invalid_utf8'],
    [Buffer.from('{"Response":{"Error":{"Code":"A\0"}}}'), 'syntax'],
    [Buffer.from('{"Response":{"Error":{"Code":"A\\u0000"}}}'), null],
  ]
  for (const [body, kind] of cases) {
    if (kind === null) {
      assert.equal(smh.parseResponse(body).code, 'A\0')
      continue
    }
    assert.throws(
      () => smh.parseResponse(body),
      (e) => e instanceof smh.ResponseParseError && e instanceof Error && e.kind === kind && e.message.length > 0,
      JSON.stringify(String(body))
    )
  }
})

test('decoded objects JSON cannot represent', () => {
  const cyclic = { Response: {} }
  cyclic.Response.self = cyclic
  let deep = {}
  for (let i = 0; i < 200000; i++) deep = { a: deep }
  let shallow = {}
  for (let i = 0; i < 40; i++) shallow = { a: shallow }
  const cases = [
    [cyclic, 'wrong_type'],
    [{ Response: { Error: { Code: 1n } } }, 'wrong_type'],
    [deep, 'too_deep'],
    [shallow, 'too_deep'],
    [{ toJSON: () => undefined }, 'wrong_type'],
    [new Map([['Response', {}]]), 'unknown_shape'],
    [new Date(0), 'not_an_object'],
    [[{ Response: {} }], 'not_an_object'],
  ]
  for (const [body, kind] of cases) {
    assert.throws(() => smh.parseResponse(body), (e) => e instanceof smh.ResponseParseError && e.kind === kind, kind)
  }
  // The caller's own error from toJSON is the caller's: it passes through.
  const mine = new Error('mine')
  assert.throws(() => smh.parseResponse({ toJSON: () => { throw mine } }), (e) => e === mine)
  // JSON.stringify's rules: undefined and functions are left out, NaN is null.
  assert.equal(smh.parseResponse({ Response: { RequestId: undefined, f() {} } }), null)
})

test('bodies of other types are a TypeError; views and buffers of any kind are bytes', () => {
  for (const v of [null, undefined, 42, 7n, true, Symbol('s'), () => '{}']) {
    assert.throws(() => smh.parseResponse(v), (e) => e instanceof TypeError && /a response body must be/.test(e.message))
    assert.throws(() => smh.checkResponse(v), TypeError)
  }
  // An even number of bytes, so that a Uint16Array can view them.
  const text = '{"Response":{"Error":{"Code":"ResourceNotFound.LibraryNotFound"},"RequestId":"r"}}'.padEnd(80)
  const bytes = Buffer.from(text)
  assert.equal(bytes.length % 2, 0)
  const sab = new SharedArrayBuffer(bytes.length)
  new Uint8Array(sab).set(bytes)
  const padded = Buffer.concat([Buffer.from('xx'), bytes, Buffer.from('yy')])
  for (const body of [
    sab,
    new DataView(padded.buffer, padded.byteOffset + 2, bytes.length),
    new Uint8ClampedArray(bytes),
    padded.subarray(2, 2 + bytes.length),
    new Uint16Array(new Uint8Array(bytes).buffer),
  ]) {
    const e = smh.parseResponse(body)
    assert.equal(e.code, 'ResourceNotFound.LibraryNotFound', Object.prototype.toString.call(body))
    assert.equal(e.requestId, 'r')
  }
})

test('fromError answers null for what is not an API error', () => {
  const econn = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', errno: -111 })
  for (const v of [null, undefined, 42, 'AuthFailure', 7n, Symbol('s'), {}, [], new Error('x'), econn, { code: '', requestId: 'r' }, { code: null, requestId: 'r' }]) {
    assert.equal(smh.fromError(v), null, String(v && v.message))
  }
  const e = smh.fromError({ code: 4000, message: 42, requestId: '' })
  assert.deepEqual([e.code, e.serverMessage, e.requestId], ['4000', '42', null])
  const thrower = { get code() { throw new RangeError('no') }, requestId: 'r' }
  assert.throws(() => smh.fromError(thrower), RangeError)
})

test('SmhError: arguments of the wrong type; hostile text escaped in its message', () => {
  assert.throws(() => new smh.SmhError('X', 42), (e) => e instanceof TypeError && /serverMessage must be a string or null/.test(e.message))
  assert.throws(() => new smh.SmhError('X', null, {}), (e) => e instanceof TypeError && /requestId must be a string or null/.test(e.message))
  const e = new smh.SmhError('AuthFailure.\x1b[2J', 'line\nbreak \u202e rtl', 'r\r')
  assert.equal(e.message, 'AuthFailure.\\u{1b}[2J: line\\nbreak \\u{202e} rtl (RequestId: r\\r)')
  assert.equal(e.serverMessage, 'line\nbreak \u202e rtl', 'the server text itself is kept')
  assert.ok(!/[\x00-\x1f\u202e]/.test(e.stack.split('\n')[0]), 'the stack line shows no control character')
  const d = new smh.SmhError('InvalidParameter', 'Parameter `Library\x1bId` format invalid.').detail('en-US')
  assert.ok(d === null || !d.message.includes('\x1b'))
})

test('answers are frozen', () => {
  const e = smh.lookup('ActionOffline', 'zh-CN')
  assert.throws(() => { e.message = 'x' }, TypeError)
  assert.throws(() => { smh.ErrorCode.ActionOffline = 'x' }, TypeError)
  assert.throws(() => { smh.codes().push('x') }, TypeError)
  assert.throws(() => { smh.categories()[0] = 'x' }, TypeError)
  assert.equal(smh.message('ActionOffline', 'zh-CN'), '接口已下线。')
})
