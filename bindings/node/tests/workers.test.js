'use strict'
// The package under worker_threads: 8 workers, started together, each
// answering the same questions as the main thread (the shared vectors, the
// first differential questions, an overlay catalog), and agreeing with it.

const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { Worker } = require('node:worker_threads')
const { answers } = require('./fixtures/answers.js')

const OPTIONS = { differential: process.env.SMH_ERRORS_DIFFERENTIAL, count: 4000 }
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { answers } = require(${JSON.stringify(path.join(__dirname, 'fixtures', 'answers.js'))})
parentPort.postMessage(answers(workerData))
`

function run(n, options) {
  return Promise.all(
    Array.from({ length: n }, () => {
      const w = new Worker(WORKER, { eval: true, workerData: options })
      return new Promise((resolve, reject) => {
        let result
        w.once('message', (m) => (result = m))
        w.once('error', reject)
        w.once('exit', (code) => (code === 0 ? resolve(result) : reject(new Error(`worker exited with ${code}`))))
      })
    })
  )
}

test('8 worker threads agree with the main thread', async () => {
  const one = answers(OPTIONS)
  assert.ok(one.length > 4000)
  const eight = await run(8, { ...OPTIONS, rounds: 2 })
  for (const [i, got] of eight.entries()) {
    assert.equal(got.length, one.length * 2, `worker ${i}`)
    assert.deepEqual(got.slice(0, one.length), one, `worker ${i}, first round`)
    assert.deepEqual(got.slice(one.length), one, `worker ${i}, second round`)
  }
})

test('workers that stop mid-work, and new ones after them', async () => {
  const busy = Array.from({ length: 4 }, () => new Worker(WORKER, { eval: true, workerData: { ...OPTIONS, rounds: 50 } }))
  await new Promise((resolve) => setTimeout(resolve, 200))
  // Stopped wherever they are (an exit code each; 1 for one stopped mid-work).
  const codes = await Promise.all(busy.map((w) => w.terminate()))
  assert.equal(codes.length, 4)
  assert.ok(codes.every((c) => c === 0 || c === 1), String(codes))
  const [after] = await run(1, { ...OPTIONS, count: 100 })
  assert.deepEqual(after, answers({ ...OPTIONS, count: 100 }))
})
