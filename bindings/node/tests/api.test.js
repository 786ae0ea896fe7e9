'use strict'
// The package's API as a user meets it: the answer cache agrees with the
// core, locales as strings and Intl.Locale, the error classes, ErrorCode,
// the version.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const smh = require('..')
const { REPO } = require('./helpers.js')

const native = require('../smh-errors.linux-x64-gnu.node')
const core = native.NativeCatalog.global()

test('the version is the one of Cargo.toml and package.json', () => {
  const cargo = fs.readFileSync(path.join(REPO, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1]
  assert.equal(smh.version, cargo)
  assert.equal(require('../package.json').version, cargo)
})

test('codes, ErrorCode and categories come from the registry', () => {
  const codes = smh.codes()
  const registry = fs.readFileSync(path.join(REPO, 'catalog', 'codes.toml'), 'utf8').match(/^\[codes\."[^"]+"\]$/gm)
  assert.equal(codes.length, registry.length)
  assert.ok(codes.length >= 74)
  assert.deepEqual([...codes], [...codes].sort(), 'registry order is code order')
  assert.deepEqual(Object.values(smh.ErrorCode), [...codes])
  for (const [name, code] of Object.entries(smh.ErrorCode)) assert.equal(name, code.replaceAll('.', '_'))
  assert.equal(smh.ErrorCode.AuthFailure_SignatureFailure, 'AuthFailure.SignatureFailure')
  assert.deepEqual([...smh.categories()], [...new Set(codes.map((c) => c.split('.')[0]))])
  for (const c of smh.categories()) {
    const cls = smh[`${c}Error`]
    assert.equal(cls.name, `${c}Error`)
    assert.equal(cls.category, c)
    assert.ok(cls.prototype instanceof smh.SmhError)
    const e = new smh.SmhError(`${c}.Whatever`, 'm', 'r')
    assert.ok(e instanceof cls && e.name === `${c}Error` && e.category === c)
    assert.ok(new cls(c) instanceof cls)
  }
  const none = new smh.SmhError('NoSuchCategory.At.All')
  assert.equal(none.constructor, smh.SmhError)
  assert.equal(none.category, null)
  assert.equal(none.name, 'SmhError')
})

test('kept answers are the core\'s, whatever the order of locales and codes', () => {
  const locales = ['zh-CN', 'en', 'zh_CN.UTF-8', undefined, 'fr, zh;q=0.5', 'en-XA', 'ar-XB', 'C', '', 'zh-TW']
  const codes = [...smh.codes(), 'InvalidParameterValue.Foo', 'Nope', '', 'Auth Failure']
  for (let round = 0; round < 3; round++) {
    for (const code of codes) {
      for (const l of round === 1 ? [...locales].reverse() : locales) {
        const want = core.lookup(code, l)
        assert.equal(smh.message(code, l), want[0], `${code} in ${l}`)
        const e = smh.lookup(code, l)
        assert.deepEqual([e.message, e.locale, e.resolution, e.matched, e.kind, e.retryable, e.status, e.docUrl], want, `${code} in ${l}`)
        assert.equal(e.code, code)
      }
    }
  }
})

test('more distinct locales than are kept still get the right answers', () => {
  for (let i = 0; i < 300; i++) {
    const l = i % 2 ? `zh-CN, x-${i}` : `en-US, x-${i}`
    assert.equal(smh.message('ActionOffline', l), core.message('ActionOffline', l))
    assert.equal(smh.negotiate(l), i % 2 ? 'zh-CN' : 'en-US')
  }
  const long = `zh-CN, ${'x'.repeat(300)}`
  assert.equal(smh.message('ActionOffline', long), '接口已下线。')
})

test('a locale is BCP 47, POSIX, Accept-Language or an Intl.Locale', () => {
  const zh = '接口已下线。'
  for (const l of ['zh-CN', 'zh', 'zh-Hans-CN', 'ZH-cn', 'zh_CN.UTF-8', 'zh_CN', 'fr-CH, fr;q=0.9, zh;q=0.8', 'zh-TW', 'yue']) {
    assert.equal(smh.message('ActionOffline', l), zh, l)
  }
  for (const l of [new Intl.Locale('zh'), new Intl.Locale('zh-Hant-TW'), new Intl.Locale('zh', { region: 'CN', calendar: 'chinese' })]) {
    assert.equal(smh.message('ActionOffline', l), zh, String(l))
    assert.equal(smh.negotiate(l), 'zh-CN')
    assert.equal(smh.lookup('ActionOffline', l).locale, 'zh-CN')
  }
  assert.equal(smh.negotiate(new Intl.Locale('de-DE')), 'en-US')
  // An Intl.Locale of another realm is one too.
  const other = require('node:vm').runInNewContext("new Intl.Locale('zh-CN')")
  assert.equal(smh.negotiate(other), 'zh-CN')
})

test('SmhError: fields, text, localized answers, detail', () => {
  const e = new smh.SmhError('InvalidParameter', 'Parameter `LibraryId` format invalid.', 'r-1', { cause: 'why' })
  assert.ok(e instanceof smh.InvalidParameterError && e instanceof Error)
  assert.equal(e.message, 'InvalidParameter: Parameter `LibraryId` format invalid. (RequestId: r-1)')
  assert.equal(e.cause, 'why')
  assert.equal(String(e), `InvalidParameterError: ${e.message}`)
  assert.equal(e.retryable, false)
  assert.equal(new smh.SmhError('RequestLimitExceeded.UinLimitExceeded').retryable, true)
  assert.equal(new smh.SmhError('InternalError').message, 'InternalError')
  assert.equal(new smh.SmhError('InternalError', '', '').message, 'InternalError')
  assert.equal(e.localized('zh-CN'), smh.message('InvalidParameter', 'zh-CN'))
  assert.deepEqual(e.lookup('zh-CN'), smh.lookup('InvalidParameter', 'zh-CN'))
  assert.deepEqual({ ...e.detail('zh-CN') }, { id: 'detail-parameter-format-invalid', message: '参数 LibraryId 的格式无效。', locale: 'zh-CN' })
  assert.equal(e.detail('en-US').locale, 'en-US')
  assert.equal(new smh.SmhError('InvalidParameter').detail('zh-CN'), null)
  assert.equal(new smh.SmhError('InvalidParameter', 'something else').detail('zh-CN'), null)
  assert.ok(e.stack.startsWith('InvalidParameterError: InvalidParameter: Parameter'))
})

test('fromError reads the SDK-shaped fields and getters, and keeps an SmhError', () => {
  const withGetters = {
    code: 'ResourceNotFound.LibraryNotFound',
    getMessage: () => 'm',
    getRequestId: () => 'r',
  }
  const e = smh.fromError(withGetters)
  assert.ok(e instanceof smh.ResourceNotFoundError)
  assert.deepEqual([e.code, e.serverMessage, e.requestId, e.cause], ['ResourceNotFound.LibraryNotFound', 'm', 'r', withGetters])
  const mine = new smh.SmhError('InternalError')
  assert.equal(smh.fromError(mine), mine)
})

test('Catalog.globalError is null without SMH_ERRORS_CATALOG_DIR', () => {
  assert.equal(smh.Catalog.globalError(), null)
  assert.deepEqual(smh.Catalog.global().locales(), ['en-US', 'zh-CN', 'en-XA', 'ar-XB'])
})
