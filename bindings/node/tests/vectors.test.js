'use strict'
// Every case of tests/vectors/*.json, each field compared, all failures
// reported together (file, index, name).

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const smh = require('..')
const { VECTORS, loadVectors, bodyBytes, Failures, ENTRY_FIELDS } = require('./helpers.js')

const KNOWN = ['lookup.json', 'negotiate.json', 'responses.json']

test('no vector file this runner does not know', () => {
  const found = fs.readdirSync(VECTORS).filter((f) => f.endsWith('.json')).sort()
  assert.deepEqual(found, KNOWN)
})

function compareEntry(f, where, e, want) {
  for (const [js, key] of ENTRY_FIELDS) f.check(where, js, e[js], want[key])
}

test('lookup.json', () => {
  const f = new Failures()
  const builtin = smh.Catalog.builtin()
  loadVectors('lookup').forEach((c, i) => {
    const where = `lookup.json[${i}] ${JSON.stringify(c.code)} in ${JSON.stringify(c.locale)}`
    const e = smh.lookup(c.code, c.locale)
    compareEntry(f, where, e, c.expect)
    f.check(where, 'code', e.code, c.code)
    if (!(e instanceof smh.Entry) || !Object.isFrozen(e)) f.add(`${where}: not a frozen Entry`)
    compareEntry(f, `${where} (Catalog.builtin())`, builtin.lookup(c.code, c.locale), c.expect)
    // message() is the same answer, kept or not (twice: the first call may fill the table).
    for (let n = 0; n < 2; n++) f.check(where, 'message()', smh.message(c.code, c.locale), c.expect.message)
  })
  f.assertNone()
})

test('negotiate.json', () => {
  const f = new Failures()
  loadVectors('negotiate').forEach((c, i) => {
    f.check(`negotiate.json[${i}] ${JSON.stringify(c.requested)}`, 'negotiate()', smh.negotiate(c.requested), c.expect)
    f.check(`negotiate.json[${i}] ${JSON.stringify(c.requested)}`, 'chain()[0]', smh.Catalog.builtin().chain(c.requested)[0], c.expect)
  })
  f.assertNone()
})

function checkResponse(f, where, c, body) {
  const want = c.expect
  let err
  try {
    err = smh.parseResponse(body)
  } catch (e) {
    if (!(e instanceof smh.ResponseParseError)) throw e
    if (want.outcome !== 'invalid') f.add(`${where}: threw ${e.kind}: ${e.message}; want ${want.outcome}`)
    else {
      f.check(where, 'kind', e.kind, want.error_kind)
      if (!(e instanceof Error) || !e.message) f.add(`${where}: not an Error with a message`)
    }
    return
  }
  if (want.outcome === 'invalid') return f.add(`${where}: got ${err}, want invalid ${want.error_kind}`)
  if (want.outcome === 'success') {
    if (err !== null) f.add(`${where}: got ${err}, want success`)
    else assert.doesNotThrow(() => smh.checkResponse(body))
    return
  }
  if (err === null) return f.add(`${where}: got success, want an error`)
  f.check(where, 'code', err.code, want.code)
  f.check(where, 'serverMessage', err.serverMessage, want.server_message)
  f.check(where, 'requestId', err.requestId, want.request_id)
  f.check(where, 'retryable', err.retryable, want.retryable)
  compareEntry(f, `${where} lookup()`, err.lookup(c.locale), want)
  f.check(where, 'localized()', err.localized(c.locale), want.message)
  const d = err.detail(c.locale)
  f.check(where, 'detail()', d && [d.id, d.message, d.locale].join('|'), want.detail && [want.detail.id, want.detail.message, want.detail.locale].join('|'))
  const b = smh.Catalog.builtin().detail(err.code, err.serverMessage, c.locale)
  f.check(where, 'Catalog.detail()', b && b.message, want.detail && want.detail.message)
  const category = want.code.split('.')[0]
  const cls = smh.categories().includes(category) ? smh[`${category}Error`] : smh.SmhError
  if (err.constructor !== cls) f.add(`${where}: class ${err.constructor.name}, want ${cls.name}`)
  f.check(where, 'category', err.category, cls === smh.SmhError ? null : category)
  try {
    smh.checkResponse(body)
    f.add(`${where}: checkResponse did not throw`)
  } catch (e) {
    if (!(e instanceof cls) || e.code !== err.code) f.add(`${where}: checkResponse threw ${e}`)
  }
}

test('responses.json as Buffer, Uint8Array, ArrayBuffer and string', () => {
  const f = new Failures()
  loadVectors('responses').forEach((c, i) => {
    const where = `responses.json[${i}] ${JSON.stringify(c.name)}`
    const body = bodyBytes(c)
    checkResponse(f, `${where} (Buffer)`, c, body)
    const plain = new Uint8Array(body)
    checkResponse(f, `${where} (Uint8Array)`, c, plain)
    checkResponse(f, `${where} (ArrayBuffer)`, c, plain.buffer)
    if ('body' in c) checkResponse(f, `${where} (string)`, c, c.body)
    else if ('body_repeat' in c) checkResponse(f, `${where} (string)`, c, body.toString('utf8'))
  })
  f.assertNone()
})

test('responses.json as the decoded object (JSON.parse of a readable body)', () => {
  const f = new Failures()
  let tried = 0
  loadVectors('responses').forEach((c, i) => {
    if (!('body' in c) || c.expect.outcome === 'invalid') return
    let decoded
    try {
      decoded = JSON.parse(c.body.replace(/^\ufeff/, ''))
    } catch {
      return
    }
    tried++
    checkResponse(f, `responses.json[${i}] ${JSON.stringify(c.name)} (object)`, c, decoded)
  })
  assert.ok(tried > 50, `only ${tried} decodable cases`)
  f.assertNone()
})
