'use strict'
// Catalogs: overlays opened at run time, SMH_ERRORS_CATALOG_DIR, the default
// locale's environment chain, and close: during use, twice, and left to the
// garbage collector (nothing leaks).

const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { pathToFileURL } = require('node:url')
const { execFileSync } = require('node:child_process')
const smh = require('..')
const { Catalog, CatalogError } = smh
const { OVERLAYS, REPO } = require('./helpers.js')

// What tests/fixtures/overlays/ja-partial/ja-JP/errors.ftl translates.
const JA = {
  'AuthFailure.SignatureFailure': '署名が正しくありません。',
  'AuthFailure.MFAFailure': 'MFA 認証に失敗しました。',
  InvalidParameterValue: 'パラメータの値が無効です。',
}
const JA_PARTIAL = path.join(OVERLAYS, 'ja-partial')

/** Runs `code` in a fresh node with only `env` of the SMH_ERRORS_/locale variables; its JSON output. */
function runNode(code, env) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SMH_ERRORS_|LC_|LANG)/.test(k)))
  const out = execFileSync(process.execPath, ['-e', `const smh = require(${JSON.stringify(path.join(__dirname, '..'))});\n${code}`], {
    cwd: REPO,
    env: { ...clean, ...env },
    encoding: 'utf8',
  })
  return JSON.parse(out)
}

test('Catalog.open: a partial overlay answers where it translates and falls back along the chain', () => {
  const cat = Catalog.open(JA_PARTIAL)
  assert.deepEqual(cat.locales(), [...Catalog.builtin().locales(), 'ja-JP'])
  assert.equal(cat.negotiate('ja_JP.UTF-8'), 'ja-JP')
  assert.equal(cat.negotiate(new Intl.Locale('ja', { region: 'JP' })), 'ja-JP')
  assert.deepEqual(cat.chain('ja'), ['ja-JP', 'en-US'])
  for (const [code, text] of Object.entries(JA)) {
    assert.equal(cat.message(code, 'ja-JP'), text)
    const e = cat.lookup(code, 'ja')
    assert.deepEqual([e.locale, e.resolution, e.message], ['ja-JP', 'exact', text])
  }
  assert.equal(cat.lookup('AuthFailure.MFAFailure', 'ja').docUrl, 'https://intl.cloud.tencent.com/ja/document/product/378')
  const fb = cat.lookup('ResourceNotFound.LibraryNotFound', 'ja-JP')
  assert.deepEqual([fb.locale, fb.message], ['en-US', smh.message('ResourceNotFound.LibraryNotFound', 'en-US')])
  assert.equal(cat.message('Nope.Nope', 'ja'), 'リクエストはエラーコード Nope.Nope で失敗しました。')
  assert.equal(cat.lookup('InvalidParameterValue.Nope', 'ja').message, JA.InvalidParameterValue)
  // The package's functions still use the global (builtin) catalog.
  assert.equal(smh.negotiate('ja'), 'en-US')
  // Strings, file: URLs and Buffers name directories; later overlays override earlier ones.
  const layered = Catalog.open(pathToFileURL(JA_PARTIAL), Buffer.from(path.join(OVERLAYS, 'ja-layer')))
  assert.ok(layered.locales().includes('ja-JP'))
  assert.deepEqual(Catalog.open().locales(), Catalog.builtin().locales())
  cat.close()
  layered.close()
})

test('Catalog.open: a broken overlay is a CatalogError with every problem', () => {
  const f = path.join(OVERLAYS, 'broken-syntax', 'ja-JP', 'errors.ftl')
  assert.throws(
    () => Catalog.open(path.join(OVERLAYS, 'broken-syntax')),
    (e) => {
      assert.ok(e instanceof CatalogError && e instanceof Error)
      assert.ok(e.message.includes(`${f}:4:15: error: `) && e.message.includes(`${f}:6:24: error: `), e.message)
      assert.deepEqual(
        e.diagnostics.map((d) => [d.path, d.line, d.col, d.severity, d.rule]),
        [[f, 4, 15, 'error', 'syntax-error'], [f, 6, 24, 'error', 'syntax-error']]
      )
      assert.ok(Object.isFrozen(e.diagnostics) && Object.isFrozen(e.diagnostics[0]))
      return true
    }
  )
  assert.throws(() => Catalog.open(path.join(OVERLAYS, 'does-not-exist')), (e) => e instanceof CatalogError && e.message.includes('does-not-exist'))
  for (const bad of [42, null, undefined, {}, Symbol('s')]) {
    assert.throws(() => Catalog.open(bad), (e) => e instanceof TypeError && /a catalog directory must be/.test(e.message))
  }
  assert.throws(() => new Catalog(), TypeError)
})

test('SMH_ERRORS_CATALOG_DIR: a preview without rebuilding; a broken one says why', () => {
  const got = runNode(
    `console.log(JSON.stringify([smh.Catalog.globalError(), smh.negotiate('ja_JP.UTF-8'), smh.message('AuthFailure.SignatureFailure'),
      smh.message('ResourceNotFound.LibraryNotFound', 'ja'), smh.lookup('InvalidParameterValue.X', 'ja').message]))`,
    { SMH_ERRORS_CATALOG_DIR: 'tests/fixtures/overlays/ja-partial', SMH_ERRORS_LOCALE: 'ja' }
  )
  assert.deepEqual(got, [null, 'ja-JP', JA['AuthFailure.SignatureFailure'], smh.message('ResourceNotFound.LibraryNotFound', 'en-US'), JA.InvalidParameterValue])
  const [err, neg] = runNode(`console.log(JSON.stringify([smh.Catalog.globalError(), smh.negotiate('ja')]))`, {
    SMH_ERRORS_CATALOG_DIR: 'tests/fixtures/overlays/broken-syntax',
  })
  assert.ok(err.includes('errors.ftl:4:15'), err)
  assert.equal(neg, 'en-US')
})

test('no locale: SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US', () => {
  const code = `console.log(JSON.stringify([smh.negotiate(), smh.message('ActionOffline'), smh.lookup('ActionOffline', null).locale]))`
  const zh = '接口已下线。'
  const en = smh.message('ActionOffline', 'en-US')
  assert.deepEqual(runNode(code, {}), ['en-US', en, 'en-US'])
  assert.deepEqual(runNode(code, { LANG: 'zh_CN.UTF-8' }), ['zh-CN', zh, 'zh-CN'])
  assert.deepEqual(runNode(code, { LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }), ['en-US', en, 'en-US'])
  assert.deepEqual(runNode(code, { LC_MESSAGES: 'en_GB', LC_ALL: 'zh_TW.UTF-8' }), ['zh-CN', zh, 'zh-CN'])
  assert.deepEqual(runNode(code, { LC_ALL: 'C', SMH_ERRORS_LOCALE: 'zh' }), ['zh-CN', zh, 'zh-CN'])
})

test('close during use: later calls throw a clear error, earlier answers stay good', () => {
  const cat = Catalog.open(JA_PARTIAL)
  const entry = cat.lookup('AuthFailure.SignatureFailure', 'ja')
  const answers = []
  // Closed in the middle of a run of calls that the table serves.
  const results = smh.codes().map((code, i) => {
    if (i === 10) cat.close()
    try {
      answers.push(cat.message(code, 'ja'))
      return 'answered'
    } catch (e) {
      assert.equal(e.code, 'ERR_SMH_ERRORS_CLOSED')
      assert.match(e.message, /this catalog is closed/)
      return 'closed'
    }
  })
  assert.deepEqual(results, [...Array(10).fill('answered'), ...Array(results.length - 10).fill('closed')])
  assert.equal(cat.closed, true)
  for (const call of [
    () => cat.lookup('X', 'ja'),
    () => cat.negotiate('ja'),
    () => cat.chain('ja'),
    () => cat.locales(),
    () => cat.detail('InvalidParameter', 'Parameter `X` format invalid.', 'ja'),
    () => cat.message('AuthFailure.SignatureFailure', 'ja'),
  ]) {
    assert.throws(call, (e) => e.code === 'ERR_SMH_ERRORS_CLOSED')
  }
  cat.close()
  assert.equal(entry.message, JA['AuthFailure.SignatureFailure'], 'an answer given before close is still whole')
  // Closing one handle leaves the others, and the package's functions, alone.
  const a = Catalog.builtin()
  const b = Catalog.builtin()
  a.close()
  assert.equal(b.message('ActionOffline', 'zh-CN'), '接口已下线。')
  const g = Catalog.global()
  g.close()
  assert.equal(smh.message('ActionOffline', 'zh-CN'), '接口已下线。')
  // `using` (Symbol.dispose) closes too.
  const d = Catalog.open(JA_PARTIAL)
  d[Symbol.dispose]()
  assert.equal(d.closed, true)
})

test('close during use, between awaits of concurrent tasks', async () => {
  const cat = Catalog.open(JA_PARTIAL)
  const outcomes = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      await new Promise((resolve) => setImmediate(resolve))
      if (i === 25) cat.close()
      try {
        return cat.lookup(smh.codes()[i], 'ja-JP').locale
      } catch (e) {
        return e.code
      }
    })
  )
  assert.deepEqual(outcomes.slice(25), Array(25).fill('ERR_SMH_ERRORS_CLOSED'))
  assert.ok(outcomes.slice(0, 25).every((l) => l === 'ja-JP' || l === 'en-US'))
})

test('nothing leaks: closed catalogs are freed at once, dropped ones by the collector', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '-e',
      `
      const smh = require(${JSON.stringify(path.join(__dirname, '..'))})
      const native = require(${JSON.stringify(path.join(__dirname, '..', 'smh-errors.linux-x64-gnu.node'))})
      const dir = ${JSON.stringify(JA_PARTIAL)}
      const before = native.openCatalogs()
      for (let i = 0; i < 50; i++) smh.Catalog.open(dir).close()
      const afterClose = native.openCatalogs()
      let kept = []
      for (let i = 0; i < 50; i++) kept.push(smh.Catalog.open(dir))
      const whileKept = native.openCatalogs()
      kept.forEach((c) => c.message('AuthFailure.SignatureFailure', 'ja'))
      kept = null
      const rss0 = process.memoryUsage().rss
      ;(async () => {
        for (let i = 0; i < 20 && native.openCatalogs() > before; i++) {
          globalThis.gc()
          await new Promise((r) => setTimeout(r, 20))
        }
        for (let i = 0; i < 400; i++) smh.Catalog.open(dir).close()
        globalThis.gc()
        console.log(JSON.stringify([before, afterClose, whileKept, native.openCatalogs(), process.memoryUsage().rss - rss0]))
      })()
      `,
    ],
    { encoding: 'utf8' }
  )
  const [before, afterClose, whileKept, collected, grew] = JSON.parse(out)
  assert.deepEqual([before, afterClose, whileKept, collected], [0, 0, 50, 0])
  assert.ok(grew < 16 * 1024 * 1024, `400 opened and closed catalogs grew the process by ${grew} bytes`)
})
