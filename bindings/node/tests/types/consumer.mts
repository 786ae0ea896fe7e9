// A typed ES module consumer of the package: compiled by `tsc --strict` (no
// @types/node: the package's types stand alone), then run by
// tests/types.test.js. Each @ts-expect-error line must be an error, or the
// compilation fails.
import {
  Catalog,
  CatalogError,
  ErrorCode,
  ResponseParseError,
  SmhError,
  AuthFailureError,
  InternalErrorError,
  checkResponse,
  codes,
  categories,
  fromError,
  lookup,
  message,
  negotiate,
  parseResponse,
  version,
  type Code,
  type Category,
  type Detail,
  type Entry,
  type Kind,
  type Resolution,
} from 'smh-errors'

/** What must not compile (never called: the runtime would refuse it too). */
export function typeErrors(entry: Entry, code: Code): void {
  // @ts-expect-error: not a registered code
  const wrong: Code = 'AuthFailure.Nope'
  void wrong
  // @ts-expect-error: entries are read-only
  entry.message = 'x'
  // @ts-expect-error: a number is not a code
  message(42)
  // @ts-expect-error: a Date is not a locale
  message(code, new Date())
  // @ts-expect-error: a body is not a number
  parseResponse(42)
  // @ts-expect-error: the category of an AuthFailureError is AuthFailure
  const c: 'InternalError' = new AuthFailureError('AuthFailure').category
  void c
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`consumer.mts: ${what}`)
}

const code: Code = ErrorCode.AuthFailure_SignatureFailure
const cat: Category = 'InternalError'
const entry: Entry = lookup(code, 'zh_CN.UTF-8')
const resolution: Resolution = entry.resolution
const kind: Kind | null = entry.kind
const matched: Code | null = entry.matched
check(entry.locale === 'zh-CN' && resolution === 'exact' && kind === 'common' && matched === code, 'lookup')
check(message('InvalidParameterValue.Anything', new Intl.Locale('zh-Hans')) === message('InvalidParameterValue', 'zh'), 'a parent')
check(message('any string at all') !== '' && negotiate() === negotiate(null), 'no locale')
check(codes().includes(code) && categories().includes(cat), 'codes, categories')

const body = '{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter `LibraryId` format invalid."},"RequestId":"r"}}'
const err: SmhError | null = parseResponse(body)
check(err !== null && err.category === 'InvalidParameter' && err.requestId === 'r', 'parseResponse')
const detail: Detail | null = err === null ? null : err.detail('zh-CN')
check(detail?.message === '参数 LibraryId 的格式无效。', 'detail')
try {
  checkResponse({ Response: { Error: { Code: 'AuthFailure.TokenFailure' } } })
  check(false, 'checkResponse threw nothing')
} catch (e) {
  if (e instanceof AuthFailureError) {
    const c: 'AuthFailure' = e.category
    check(c === 'AuthFailure' && !e.retryable && e.localized('zh-CN').length > 0, 'AuthFailureError')
  } else throw e
}
try {
  parseResponse(new Uint8Array([0xff]))
} catch (e) {
  check(e instanceof ResponseParseError && e.kind === 'invalid_utf8', 'ResponseParseError')
}
check(new SmhError('InternalError') instanceof InternalErrorError, 'SmhError makes the category class')
check(fromError(new Error('x')) === null, 'fromError')

const overlay: Catalog = Catalog.builtin()
check(overlay.locales()[0] === 'en-US', 'Catalog')
overlay.close()
try {
  Catalog.open('/does/not/exist')
} catch (e) {
  check(e instanceof CatalogError && e.diagnostics[0]?.severity === 'error', 'CatalogError')
}
declare const console: { log(line: string): void }
console.log(`consumer.mts ${version}: ok`)
