'use strict'
// Shared paths and helpers of the smh-errors Node tests.

const fs = require('node:fs')
const path = require('node:path')

/** The repository root. */
const REPO = path.resolve(__dirname, '..', '..', '..')
const VECTORS = path.join(REPO, 'tests', 'vectors')
const OVERLAYS = path.join(REPO, 'tests', 'fixtures', 'overlays')

/** The cases of tests/vectors/<name>.json, after checking its count. */
function loadVectors(name) {
  const data = JSON.parse(fs.readFileSync(path.join(VECTORS, `${name}.json`), 'utf8'))
  if (data.cases.length !== data.count) throw new Error(`${name}.json: count ${data.count} != ${data.cases.length} cases`)
  return data.cases
}

/** A responses.json case's body as bytes (body, body_hex or body_repeat). */
function bodyBytes(c) {
  const keys = ['body', 'body_hex', 'body_repeat'].filter((k) => k in c)
  if (keys.length !== 1) throw new Error(`case ${c.name}: body keys ${keys}`)
  if ('body' in c) return Buffer.from(c.body, 'utf8')
  if ('body_hex' in c) return Buffer.from(c.body_hex, 'hex')
  const r = c.body_repeat
  return Buffer.from(r.head + r.unit.repeat(r.times) + r.tail, 'utf8')
}

/** Failures collected over many cases, reported together. */
class Failures {
  constructor() {
    this.list = []
  }
  /** Records `field` of `where` when `got` is not `want` (same type, same value). */
  check(where, field, got, want) {
    if (!Object.is(got, want)) this.list.push(`${where}: ${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`)
  }
  add(text) {
    this.list.push(text)
  }
  /** Throws with every failure (the first 50) when there is one. */
  assertNone() {
    if (this.list.length) {
      throw new Error(`${this.list.length} failure(s):\n${this.list.slice(0, 50).join('\n')}`)
    }
  }
}

/** The fields an Entry shares with the vectors (their snake_case names). */
const ENTRY_FIELDS = [
  ['message', 'message'],
  ['locale', 'locale'],
  ['resolution', 'resolution'],
  ['matched', 'matched'],
  ['kind', 'kind'],
  ['retryable', 'retryable'],
  ['status', 'status'],
  ['docUrl', 'doc_url'],
]

module.exports = { REPO, VECTORS, OVERLAYS, loadVectors, bodyBytes, Failures, ENTRY_FIELDS }
