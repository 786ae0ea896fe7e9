// The Node package's speed beside the floor and the peer, in one run
// (`make -C bindings/node bench`; numbers in ../../BENCHMARKS.md, "Node").
//
// - floor: a Map.get of the same zh-CN answers (`floor.get(code)`);
// - this package: message(code, "zh-CN") and its neighbours;
// - peer: @fluent/bundle's formatPattern on the same catalog (zh-CN/errors.ftl);
// - start: a fresh `node` per run: `require` of this package plus its first
//   answer, against @fluent/bundle parsing the two errors.ftl files (and all
//   four .ftl files; and with its own require), the median and best of RUNS
//   runs of each, interleaved, each process having loaded one tiny module
//   first (bench/warm.cjs);
// - the addon's size on disk.
//
// Each timed call gets its arguments as mitata's computed parameters, so the
// JIT cannot hoist it out of the loop; every answer is checked first.

import { bench, run, do_not_optimize } from 'mitata'
import { FluentBundle, FluentResource } from '@fluent/bundle'
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import os from 'node:os'
import smh from '../index.js'

const PKG = fileURLToPath(new URL('..', import.meta.url))
const ROOT = path.join(PKG, '..', '..')
const CATALOG = path.join(ROOT, 'catalog')
const ADDON = path.join(PKG, 'smh-errors.linux-x64-gnu.node')
const RUNS = Number(process.env.RUNS || 20)
const CODE = 'AuthFailure.SignatureFailure'
const BODY = readFileSync(path.join(ROOT, 'examples', 'signature-failure.json'))
const BODY_TEXT = BODY.toString('utf8')

const ftl = (locale, file) => readFileSync(path.join(CATALOG, locale, file), 'utf8')
const fluentId = (code) => code.replaceAll('.', '-')

// The floor: the same answers in a Map.
const floor = new Map(smh.codes().map((c) => [c, smh.message(c, 'zh-CN')]))
// The peer: one bundle of the zh-CN catalog, isolation marks off as in the core.
const bundle = new FluentBundle('zh-CN', { useIsolating: false })
for (const f of ['errors.ftl', 'details.ftl']) {
  const errors = bundle.addResource(new FluentResource(ftl('zh-CN', f)))
  if (errors.length) throw new Error(`zh-CN/${f}: ${errors}`)
}
const peer = (id) => bundle.formatPattern(bundle.getMessage(id).value)
for (const c of smh.codes()) {
  if (peer(fluentId(c)) !== floor.get(c)) throw new Error(`${c}: @fluent/bundle says ${peer(fluentId(c))}, the package ${floor.get(c)}`)
}
const zhLocale = new Intl.Locale('zh-CN')
if (smh.message(CODE, zhLocale) !== floor.get(CODE) || smh.message(CODE, 'zh_CN.UTF-8') !== floor.get(CODE)) throw new Error('locales')
if (smh.parseResponse(BODY).code !== CODE || smh.parseResponse(BODY_TEXT).code !== CODE) throw new Error('parseResponse')

const FLOOR = 'floor: Map.get(code)'
const MESSAGE = 'message(code, "zh-CN")'
const PEER = '@fluent/bundle: formatPattern(getMessage(id).value)'
const rows = [
  [FLOOR, (code) => floor.get(code)],
  [MESSAGE, (code) => smh.message(code, 'zh-CN')],
  ['message(code, "zh_CN.UTF-8")', (code) => smh.message(code, 'zh_CN.UTF-8')],
  ['message(code, new Intl.Locale("zh-CN"))', (code) => smh.message(code, zhLocale)],
  ['lookup(code, "zh-CN") (a kept Entry)', (code) => smh.lookup(code, 'zh-CN')],
  ['message("InvalidParameterValue.Foo", "zh-CN") (parent: the kept table)', () => smh.message('InvalidParameterValue.Foo', 'zh-CN')],
  [PEER, (code) => peer(fluentId(code))],
  ['parseResponse(seed body Buffer)', () => smh.parseResponse(BODY)],
  ['parseResponse(seed body string)', () => smh.parseResponse(BODY_TEXT)],
  ['(for scale) new Error(text): the stack capture every error costs', (code) => new Error(code)],
]
const peerIds = new Map(smh.codes().map((c) => [c, fluentId(c)]))
for (const [name, fn] of rows) {
  const arg = name === PEER ? peerIds.get(CODE) : CODE
  const call = name === PEER ? (id) => bundle.formatPattern(bundle.getMessage(id).value) : fn
  bench(name, function* () {
    yield {
      [0]() {
        return arg
      },
      bench(a) {
        return do_not_optimize(call(a))
      },
    }
  })
}
const { benchmarks } = await run({ format: 'quiet' })
const time = new Map(benchmarks.map((b) => [b.alias, b.runs[0].stats]))

/** Each `node -e` script RUNS times, interleaved (so that the machine's load
 * falls on all alike), each printing its milliseconds: [median, best] each. */
function fresh(scripts) {
  const ms = scripts.map(() => [])
  for (let i = 0; i < RUNS; i++) {
    scripts.forEach((script, k) => {
      ms[k].push(Number(execFileSync(process.execPath, ['-e', script], { cwd: PKG, encoding: 'utf8', env: { PATH: process.env.PATH } })))
    })
  }
  return ms.map((m) => {
    m.sort((a, b) => a - b)
    return [m[Math.floor(m.length / 2)], m[0]]
  })
}
const files = (names) => JSON.stringify(names.map((n) => path.join(CATALOG, n)))
// Every start-up script first loads one tiny module, so that the module
// loader's own first-use cost (about 1 ms) is counted for neither side.
const WARM = `require(${JSON.stringify(path.join(PKG, 'bench', 'warm.cjs'))})\n`
const ours = `${WARM}const t0 = performance.now()
const smh = require(${JSON.stringify(PKG)})
const m = smh.message(${JSON.stringify(CODE)}, 'zh-CN')
process.stdout.write(String(performance.now() - t0))`
const parse = (names, withImport) => `${WARM}${withImport ? 'const t0 = performance.now()\n' : ''}const { FluentResource } = require('@fluent/bundle')
const texts = ${files(names)}.map((f) => require('node:fs').readFileSync(f, 'utf8'))
${withImport ? '' : 'const t0 = performance.now()\n'}for (const t of texts) new FluentResource(t)
process.stdout.write(String(performance.now() - t0))`
const TWO = ['en-US/errors.ftl', 'zh-CN/errors.ftl']
const peerFull = `${WARM}const t0 = performance.now()
const { FluentBundle, FluentResource } = require('@fluent/bundle')
const b = new FluentBundle('zh-CN', { useIsolating: false })
b.addResource(new FluentResource(require('node:fs').readFileSync(${JSON.stringify(path.join(CATALOG, 'zh-CN', 'errors.ftl'))}, 'utf8')))
b.formatPattern(b.getMessage(${JSON.stringify(fluentId(CODE))}).value)
process.stdout.write(String(performance.now() - t0))`
const [startOurs, startPeer2, startPeer4, startPeerImport, startPeerFull] = fresh([
  ours,
  parse(TWO, false),
  parse([...TWO, 'en-US/details.ftl', 'zh-CN/details.ftl'], false),
  parse(TWO, true),
  peerFull,
])

const ns = (s) => s.toFixed(1)
// Ratios are of the medians (p50): on a shared machine the averages carry
// other processes' interruptions.
const f = time.get(FLOOR).p50
const p = time.get(PEER).p50
console.log(`node ${process.version}, ${os.cpus()[0].model} (${os.cpus().length} cores), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log(`code ${CODE}; ns per call (mitata's samples: min, median, mean)\n`)
console.log('| call | min ns | p50 ns | avg ns | × floor (p50) | peer ÷ this (p50) |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const [name] of rows) {
  const s = time.get(name)
  console.log(`| ${name} | ${ns(s.min)} | ${ns(s.p50)} | ${ns(s.avg)} | ${(s.p50 / f).toFixed(2)} | ${(p / s.p50).toFixed(2)} |`)
}
console.log(`\n| start, fresh node, ${RUNS} runs | median ms | best ms |`)
console.log('|---|---:|---:|')
console.log(`| require('smh-errors') + message(code, "zh-CN") | ${startOurs[0].toFixed(2)} | ${startOurs[1].toFixed(2)} |`)
console.log(`| @fluent/bundle: new FluentResource() of en-US and zh-CN errors.ftl | ${startPeer2[0].toFixed(2)} | ${startPeer2[1].toFixed(2)} |`)
console.log(`| @fluent/bundle: the same with both details.ftl (all four files) | ${startPeer4[0].toFixed(2)} | ${startPeer4[1].toFixed(2)} |`)
console.log(`| @fluent/bundle: require + read + parse the two errors.ftl | ${startPeerImport[0].toFixed(2)} | ${startPeerImport[1].toFixed(2)} |`)
console.log(`| @fluent/bundle: require + parse zh-CN errors.ftl + first formatPattern | ${startPeerFull[0].toFixed(2)} | ${startPeerFull[1].toFixed(2)} |`)
console.log(`\naddon: ${path.basename(ADDON)}, ${statSync(ADDON).size.toLocaleString('en')} bytes (stripped, release)`)
console.log(`\ntargets: message ${(time.get(MESSAGE).p50 / f).toFixed(2)}× the floor (≤ 1.5×), ${(p / time.get(MESSAGE).p50).toFixed(1)}× faster than @fluent/bundle (> 1×); ` +
  `start ${startOurs[1].toFixed(2)} ms vs parsing the two .ftl files ${startPeer2[1].toFixed(2)} ms, best of ${RUNS} (less)`)
