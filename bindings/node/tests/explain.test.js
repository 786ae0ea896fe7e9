'use strict'
// What a person should read: SmhError.explain() and Catalog.explain() give
// exactly what `smh-errors parse` prints for the same body and locale.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const smh = require('..')
const { REPO, OVERLAYS, loadVectors, bodyBytes } = require('./helpers.js')

const CLI = process.env.SMH_ERRORS_CLI || path.join(REPO, 'target', 'debug', 'smh-errors')

function parsePrints(body, locale, env = {}) {
  return execFileSync(CLI, ['parse', '-', '--locale', locale], { input: body, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } }).replace(/\n$/, '')
}

test('explain() is what `smh-errors parse` prints, for every error of responses.json', () => {
  assert.ok(fs.existsSync(CLI), `${CLI}: \`make -C bindings/node test-unit\` builds it`)
  let n = 0
  for (const c of loadVectors('responses')) {
    if (c.expect.outcome !== 'error' || 'body_repeat' in c) continue
    const body = bodyBytes(c)
    const e = smh.parseResponse(body)
    assert.equal(e.explain(c.locale), parsePrints(body, c.locale), c.name)
    assert.equal(smh.Catalog.builtin().explain(e, c.locale), e.explain(c.locale), c.name)
    n++
  }
  assert.ok(n > 100, `${n} error cases`)
})

test('explain() shows the detail and escapes what the server sent', () => {
  const e = new smh.SmhError('InvalidParameter', 'Parameter `LibraryId` format invalid.', 'r-1')
  assert.deepEqual(e.explain('zh-CN').split('\n').slice(-3), [
    '  detail: 参数 LibraryId 的格式无效。',
    '  server: Parameter `LibraryId` format invalid.',
    '  request id: r-1',
  ])
  const hostile = new smh.SmhError('Nope\x1b[2J', 'a\nb\u202e', 'r\r')
  const text = hostile.explain('en-US')
  assert.ok(!/[\x00-\x09\x0b-\x1f\u202e]/.test(text), JSON.stringify(text))
  assert.ok(text.includes('server: a\\nb\\u{202e}') && text.includes('request id: r\\r'), text)
})

test('Catalog.explain answers from its own catalog', () => {
  const cat = smh.Catalog.open(path.join(OVERLAYS, 'ja-partial'))
  const e = new smh.SmhError('AuthFailure.SignatureFailure', null, 'r')
  const body = JSON.stringify({ Response: { Error: { Code: e.code }, RequestId: 'r' } })
  assert.equal(cat.explain(e, 'ja'), parsePrints(body, 'ja', { SMH_ERRORS_CATALOG_DIR: path.join(OVERLAYS, 'ja-partial') }))
  assert.ok(cat.explain(e, 'ja').includes('署名が正しくありません。'))
  assert.throws(() => cat.explain({ code: 'X' }), TypeError)
  cat.close()
  assert.throws(() => cat.explain(e, 'ja'), (x) => x.code === 'ERR_SMH_ERRORS_CLOSED')
})

test('defaultLocale() is negotiate() with no locale', () => {
  assert.equal(smh.defaultLocale(), smh.negotiate())
  assert.equal(smh.defaultLocale(), smh.negotiate(undefined))
})
