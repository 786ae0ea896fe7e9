'use strict'
// The differential run (tests/differential/README.md): every question of the
// Rust core's file, answered again through this package and compared field by
// field. `make -C bindings/node test-unit` writes the file first and names it
// in SMH_ERRORS_DIFFERENTIAL.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { isUtf8 } = require('node:buffer')
const smh = require('..')
const { REPO, ENTRY_FIELDS } = require('./helpers.js')

const FILE = process.env.SMH_ERRORS_DIFFERENTIAL || path.join(REPO, 'target', 'differential', 'cases.jsonl')

/** The length of the valid UTF-8 sequence at b[i], or 0 (Unicode's table 3-7). */
function sequenceLength(b, i) {
  const x = b[i]
  const cont = (j, lo = 0x80, hi = 0xbf) => j < b.length && b[j] >= lo && b[j] <= hi
  if (x < 0x80) return 1
  if (x >= 0xc2 && x <= 0xdf) return cont(i + 1) ? 2 : 0
  if (x >= 0xe0 && x <= 0xef) {
    const [lo, hi] = x === 0xe0 ? [0xa0, 0xbf] : x === 0xed ? [0x80, 0x9f] : [0x80, 0xbf]
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const [lo, hi] = x === 0xf0 ? [0x90, 0xbf] : x === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0
  }
  return 0
}

/**
 * A question's bytes as a JavaScript string: each byte that is not part of
 * valid UTF-8 as one lone surrogate (U+DC80 + byte, as Python's
 * surrogateescape), which the package reads as one U+FFFD: what the file's
 * text_ answers are for.
 */
function bytesAsString(b) {
  if (isUtf8(b)) return b.toString('utf8')
  let out = ''
  for (let i = 0; i < b.length; ) {
    const n = sequenceLength(b, i)
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + b[i])
      i++
    } else {
      out += b.toString('utf8', i, i + n)
      i += n
    }
  }
  return out
}

const text = (c, key) => (c[key] === null ? null : Buffer.from(c[key], 'hex').toString('utf8'))

// The differential file has no status (tests/differential/README.md).
const FIELDS = ENTRY_FIELDS.filter(([js]) => js !== 'status')

function compareEntry(d, e, c, prefix) {
  for (const [js, key] of FIELDS) {
    const want = key === 'retryable' ? c[prefix + key] : text(c, prefix + key)
    if (!Object.is(e[js], want)) d.push(`${js}: got ${JSON.stringify(e[js])}, want ${JSON.stringify(want)}`)
  }
}

test('the decoding of questions that are not UTF-8', () => {
  assert.equal(bytesAsString(Buffer.from([0x41, 0xe2, 0x82, 0x41, 0xff])), 'A\udce2\udc82A\udcff')
  assert.equal(bytesAsString(Buffer.from('é\u{1f600}', 'utf8')), 'é\u{1f600}')
  assert.equal(bytesAsString(Buffer.from([0xed, 0xa0, 0x80])), '\udced\udca0\udc80')
  assert.equal(bytesAsString(Buffer.from([0xf4, 0x90, 0x80, 0x80])), '\udcf4\udc90\udc80\udc80')
})

test('every binding gives the core\'s answer (the 100,000 questions)', () => {
  assert.ok(fs.existsSync(FILE), `${FILE}: \`make -C bindings/node test-unit\` writes it`)
  const lines = fs.readFileSync(FILE, 'ascii').split('\n').filter((l) => l !== '')
  const mismatches = []
  let bad = 0
  const counts = { lookup: 0, response: 0, text: 0 }
  for (const line of lines) {
    const c = JSON.parse(line)
    const d = []
    let question
    if (c.op === 'lookup') {
      counts.lookup++
      const cb = Buffer.from(c.in_code, 'hex')
      const lb = Buffer.from(c.in_locale, 'hex')
      const code = bytesAsString(cb)
      const locale = bytesAsString(lb)
      question = `lookup ${JSON.stringify(code)} in ${JSON.stringify(locale)}`
      // A question that is not UTF-8 is answered as the text a string can
      // hold: the core's answer for it is under text_.
      const asText = !isUtf8(cb) || !isUtf8(lb)
      if (asText !== 'text_message' in c) d.push('text_ answers are for exactly the questions that are not UTF-8')
      const prefix = asText ? 'text_' : ''
      if (asText) counts.text++
      compareEntry(d, smh.lookup(code, locale), c, prefix)
      const m = smh.message(code, locale)
      if (m !== text(c, prefix + 'message')) d.push(`message(): got ${JSON.stringify(m)}`)
    } else if (c.op === 'response') {
      counts.response++
      const body = Buffer.from(c.in_body, 'hex')
      const locale = text(c, 'in_locale')
      question = `response ${JSON.stringify(body.toString('latin1'))} in ${JSON.stringify(locale)}`
      const forms = [['bytes', body]]
      if (isUtf8(body)) forms.push(['string', body.toString('utf8')])
      for (const [form, b] of forms) {
        let err = null
        let outcome
        try {
          err = smh.parseResponse(b)
          outcome = err === null ? 'success' : 'error'
        } catch (e) {
          if (!(e instanceof smh.ResponseParseError)) throw e
          outcome = 'invalid'
          if (e.kind !== text(c, 'error_kind')) d.push(`${form}: kind: got ${e.kind}, want ${text(c, 'error_kind')}`)
        }
        if (outcome !== text(c, 'outcome')) {
          d.push(`${form}: outcome: got ${outcome}, want ${text(c, 'outcome')}`)
        } else if (err !== null) {
          for (const [js, key] of [['code', 'code'], ['serverMessage', 'server_message'], ['requestId', 'request_id']]) {
            if (err[js] !== text(c, key)) d.push(`${form}: ${js}: got ${JSON.stringify(err[js])}, want ${JSON.stringify(text(c, key))}`)
          }
          compareEntry(d, err.lookup(locale), c, '')
          if (err.localized(locale) !== text(c, 'message')) d.push(`${form}: localized(): got ${JSON.stringify(err.localized(locale))}`)
          if (err.retryable !== c.retryable) d.push(`${form}: retryable: got ${err.retryable}`)
        }
        // A success's request id is not part of the package's API.
      }
    } else {
      throw new Error(`case ${c.n}: unknown op ${c.op}`)
    }
    if (d.length) {
      bad++
      if (mismatches.length < 20) mismatches.push(`case ${c.n}, ${question}:\n    ${d.join('\n    ')}`)
    }
  }
  assert.ok(lines.length >= 1000, `only ${lines.length} cases in ${FILE}`)
  assert.ok(counts.text > 0, 'no question that is not UTF-8')
  assert.equal(bad, 0, `${bad} of ${lines.length} cases differ from the Rust core; the first:\n  ${mismatches.join('\n  ')}`)
})
