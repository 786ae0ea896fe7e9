'use strict'
// index.d.ts: typed consumers (ESM and CommonJS) compile under `tsc --strict`
// with the package's pinned TypeScript, every `@ts-expect-error` line being
// an error, and the compiled consumers run.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const PKG = path.join(__dirname, '..')
const OUT = path.join(PKG, 'build', 'types')
const TSC = path.join(PKG, 'node_modules', '.bin', 'tsc')

test('tsc --strict compiles the consumers, and they run', () => {
  fs.rmSync(OUT, { recursive: true, force: true })
  execFileSync(TSC, ['-p', path.join(__dirname, 'types', 'tsconfig.json')], { cwd: PKG, stdio: 'pipe' })
  for (const [file, want] of [['consumer.mjs', 'consumer.mts'], ['consumer.cjs', 'consumer.cts']]) {
    const out = execFileSync(process.execPath, [path.join(OUT, file)], { encoding: 'utf8' })
    assert.match(out, new RegExp(`^${want.replace('.', '\\.')} \\d+\\.\\d+\\.\\d+: ok\\n$`))
  }
})

test('a consumer that misuses the types does not compile', () => {
  fs.mkdirSync(path.join(PKG, 'build'), { recursive: true })
  const dir = fs.mkdtempSync(path.join(PKG, 'build', 'misuse-'))
  try {
    fs.writeFileSync(path.join(dir, 'bad.mts'), "import { lookup, type Code } from 'smh-errors'\nconst c: Code = 'Not.A.Code'\nlookup(c).message = 'x'\n")
    const config = { extends: path.join(__dirname, 'types', 'tsconfig.json'), compilerOptions: { noEmit: true, rootDir: dir }, files: [path.join(dir, 'bad.mts')] }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config))
    let out = ''
    try {
      execFileSync(TSC, ['-p', path.join(dir, 'tsconfig.json')], { cwd: PKG, encoding: 'utf8', stdio: 'pipe' })
    } catch (e) {
      out = e.stdout
    }
    assert.match(out, /bad\.mts\(2,7\): error TS2322: Type '"Not\.A\.Code"' is not assignable to type 'Code'/)
    assert.match(out, /bad\.mts\(3,11\): error TS2540: Cannot assign to 'message' because it is a read-only property/)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
