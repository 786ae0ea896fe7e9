// A typed CommonJS consumer (`import = require`), compiled by `tsc --strict`
// and run by tests/types.test.js.
import smh = require('smh-errors')

const e = smh.parseResponse(new Uint8Array([...'{"Response":{"RequestId":"r"}}'].map((c) => c.charCodeAt(0))))
const code: smh.Code = smh.ErrorCode.ResourceNotFound_Library
const entry: smh.Entry = smh.lookup(code, 'en')
if (e !== null || entry.resolution !== 'exact') throw new Error('consumer.cts: wrong answers')
/** What must not compile (never called). */
export function typeErrors(): void {
  // @ts-expect-error: lookup needs a code
  smh.lookup()
}
declare const console: { log(line: string): void }
console.log(`consumer.cts ${smh.version}: ok`)
