'use strict'
// A platform without a prebuilt addon gets a clear error that names it.
// The platform is changed for a child process by a preloaded script
// (process.platform, process.arch; for musl, dlopen and the libc report).

const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const PKG = path.join(__dirname, '..')

/** require('smh-errors') after `preload`: the error's fields as JSON, or 'loaded'. */
function load(preload) {
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `${preload}
      try { require(${JSON.stringify(PKG)}); console.log('"loaded"') }
      catch (e) { console.log(JSON.stringify({ code: e.code, platform: e.platform, message: e.message, cause: e.cause && e.cause.message })) }`,
    ],
    { encoding: 'utf8' }
  )
  assert.equal(r.status, 0, r.stderr)
  return JSON.parse(r.stdout)
}

const pretend = (platform, arch) =>
  `Object.defineProperty(process, 'platform', { value: ${JSON.stringify(platform)} });` +
  `Object.defineProperty(process, 'arch', { value: ${JSON.stringify(arch)} });`

test('this platform loads the prebuilt addon', () => {
  assert.equal(load(''), 'loaded')
})

test('another operating system or architecture is named', () => {
  for (const [platform, arch] of [['darwin', 'arm64'], ['win32', 'x64'], ['freebsd', 'x64'], ['linux', 'arm64'], ['linux', 'riscv64']]) {
    const e = load(pretend(platform, arch))
    assert.equal(e.code, 'ERR_SMH_ERRORS_UNSUPPORTED_PLATFORM')
    assert.equal(e.platform, `${platform}-${arch}`)
    assert.ok(e.message.startsWith(`smh-errors: no prebuilt native addon for ${platform}-${arch} (Node.js v`), e.message)
    assert.ok(e.message.includes('this package has one for linux-x64-gnu only'), e.message)
  }
})

test('musl libc is named, with the loader error as the cause', () => {
  const musl =
    "process.dlopen = () => { throw new Error('Error loading shared library libgcc_s.so.1: No such file or directory') };" +
    "process.report.getReport = () => ({ header: { osName: 'Linux' } });"
  const e = load(musl)
  assert.equal(e.code, 'ERR_SMH_ERRORS_UNSUPPORTED_PLATFORM')
  assert.equal(e.platform, 'linux-x64-musl')
  assert.match(e.cause, /libgcc_s/)
})

test('a glibc system whose loader refuses the addon says why', () => {
  const e = load("process.dlopen = () => { throw new Error('GLIBC_2.99 not found') };")
  assert.equal(e.code, undefined)
  assert.equal(e.message, 'smh-errors: the prebuilt addon for linux-x64-gnu did not load: GLIBC_2.99 not found')
})
