'use strict'
// smh-errors: localized messages for every Tencent Cloud SMH API error code,
// and errors to catch them by category.
//
//   const smh = require('smh-errors')   // or: import * as smh from 'smh-errors'
//   try { smh.checkResponse(body) }
//   catch (e) { if (e instanceof smh.AuthFailureError) show(e.localized('zh-CN'), e.requestId) }
//
// Every rule (locale negotiation, code fallback, response parsing, the
// category of a code, retry policy, the text shown) is answered by the Rust
// core in the native addon; this file turns its answers into JavaScript
// values and errors, and keeps each locale's answers for registered codes in
// Maps: its messages read in one native call, its whole answers in one more
// on its first lookup.

const { types } = require('node:util')
const { fileURLToPath } = require('node:url')

/** The platforms this package has a prebuilt addon for. */
const PREBUILT = ['linux-x64-gnu']

/** The addon for this platform, or an error that names the platform. */
function loadNative() {
  const platform = `${process.platform}-${process.arch}`
  if (platform === 'linux-x64') {
    try {
      return require('./smh-errors.linux-x64-gnu.node')
    } catch (e) {
      // musl (Alpine) cannot load a glibc addon; say so by name. The report
      // is slow (milliseconds), so it is only read on this path.
      const header = process.report && process.report.getReport().header
      const libc = header && header.glibcVersionRuntime ? 'gnu' : 'musl'
      if (libc === 'gnu') {
        throw new Error(`smh-errors: the prebuilt addon for linux-x64-gnu did not load: ${e.message}`, { cause: e })
      }
      throw unsupported(`${platform}-${libc}`, e)
    }
  }
  throw unsupported(platform)
}

function unsupported(platform, cause) {
  const e = new Error(
    `smh-errors: no prebuilt native addon for ${platform} (Node.js ${process.version}); ` +
      `this package has one for ${PREBUILT.join(', ')} only. To build it for this platform, ` +
      'run `make -C bindings/node build` in a checkout of the repository (needs cargo).',
    cause === undefined ? undefined : { cause }
  )
  e.code = 'ERR_SMH_ERRORS_UNSUPPORTED_PLATFORM'
  e.platform = platform
  return e
}

const native = loadNative()

/** The package's version: the one version of every smh-errors package. */
const version = native.version()

// At most this many distinct locale arguments get a table of answers each,
// and only those of at most MAX_CACHED_LOCALE_LEN characters.
const MAX_CACHED_LOCALES = 64
const MAX_CACHED_LOCALE_LEN = 256
// The table key of "no locale" (the environment's), and a locale argument
// no caller can pass.
const DEFAULT_KEY = Symbol('default locale')
const NEVER = Symbol('no locale yet')

// Each registry code's row: [code, memberName].
const CODE_ROWS = native.codes()
const CODES = Object.freeze(CODE_ROWS.map((r) => r[0]))
const CATEGORIES = Object.freeze(native.categories())
// The core's parent rule (see parentOf): the separator and the longest
// registered code. A registered code is ASCII, so its length in UTF-16 units
// is its length in bytes, and the core's bound reads the same in both.
const [PARENT_SEPARATOR, MAX_CODE_LEN] = native.parentRule()

/**
 * Every registered code by its member name (the code with `.` as `_`):
 * `ErrorCode.AuthFailure_SignatureFailure === 'AuthFailure.SignatureFailure'`.
 */
const ErrorCode = Object.freeze(Object.fromEntries(CODE_ROWS.map((r) => [r[1], r[0]])))

const intlLocaleToString = Intl.Locale.prototype.toString

/** A value's type, for a TypeError's text. */
function describe(v) {
  if (v === null) return 'null'
  if (typeof v === 'object' || typeof v === 'function') {
    let name = ''
    try {
      name = v.constructor && typeof v.constructor.name === 'string' ? v.constructor.name : ''
    } catch {
      // A getter that throws (a Proxy): the type alone.
    }
    return name ? `${typeof v} (${name})` : typeof v
  }
  return typeof v
}

function needString(what, v) {
  if (typeof v !== 'string') throw new TypeError(`${what} must be a string, not ${describe(v)}`)
  return v
}

function optionalString(what, v) {
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') throw new TypeError(`${what} must be a string or null, not ${describe(v)}`)
  return v
}

/**
 * A locale argument as the core reads it: a string as given (BCP 47, POSIX
 * or an Accept-Language value), an Intl.Locale as its tag, and undefined or
 * null as "no locale" (the environment's, then en-US).
 */
function localeText(locale) {
  if (typeof locale === 'string') return locale
  if (locale === undefined || locale === null) return undefined
  if (typeof locale === 'object') {
    try {
      // Intl.Locale's own toString: it checks that this is an Intl.Locale
      // (of any realm) and runs no code of the caller's.
      return intlLocaleToString.call(locale)
    } catch {
      // Not an Intl.Locale: the TypeError below.
    }
  }
  throw new TypeError(
    `a locale must be a string (BCP 47, POSIX or Accept-Language), an Intl.Locale, null or undefined, not ${describe(locale)}`
  )
}

/**
 * The answer to "what does this code mean, in this locale?": the same
 * fields in every binding. Frozen.
 */
class Entry {
  /** @internal Made by lookups: `row` is the addon's answer. */
  constructor(code, row) {
    /** The code as asked. */
    this.code = code
    /** The registry code whose message answered; null when generic. */
    this.matched = row[3]
    /** `exact`, `parent` or `generic`. */
    this.resolution = row[2]
    /** The catalog locale that answered (`zh-CN`). */
    this.locale = row[1]
    /** The localized text. */
    this.message = row[0]
    /** `common` or `business` (of `matched`); null when generic. */
    this.kind = row[4]
    /** Whether a client may retry after a backoff (`matched`'s policy). */
    this.retryable = row[5]
    /** `current` or `retired` (no current official source lists it) of `matched`; null when generic. */
    this.status = row[6]
    /** The answering message's documentation link, or null. */
    this.docUrl = row[7]
    Object.freeze(this)
  }
}

function detailOf(row) {
  return row === null ? null : Object.freeze({ id: row[0], message: row[1], locale: row[2] })
}

function closedError() {
  const e = new Error('smh-errors: this catalog is closed')
  e.code = 'ERR_SMH_ERRORS_CLOSED'
  return e
}

/**
 * The answers of one native catalog, with each locale's answers for the
 * registered codes kept in Maps (its messages read in one native call, its
 * whole answers in one more on its first lookup).
 * A code the registry lacks is answered from the kept answer of its
 * nearest registered ancestor, by the parent rule the core states
 * (parentOf); the generic message is asked of the core each time, so that
 * arbitrary codes cannot grow the cache. The last
 * locale argument's Map is kept in the closure, so that a repeated question
 * costs one comparison and one Map.get.
 */
function answers(nat) {
  const tables = new Map()
  let lastLocale = NEVER
  let lastMessages = null
  let lastTable = null
  let closed = false

  /** The table for a locale argument (`text` is its localeText), or null when it is not kept. */
  function table(locale, text) {
    if (closed) throw closedError()
    const key = text === undefined ? DEFAULT_KEY : text
    let t = tables.get(key)
    if (t === undefined) {
      if (tables.size >= MAX_CACHED_LOCALES || (text !== undefined && text.length > MAX_CACHED_LOCALE_LEN)) {
        return null
      }
      const [name, texts] = nat.messages(text)
      const messages = new Map()
      for (let i = 0; i < texts.length; i++) messages.set(CODES[i], texts[i])
      t = { locale: name, text, messages, entries: null }
      tables.set(key, t)
    }
    lastLocale = locale
    lastMessages = t.messages
    lastTable = t
    return t
  }

  /**
   * The kept value of code's nearest registered ancestor in map (the core's
   * parent rule: its longest prefix that ends just before PARENT_SEPARATOR
   * and is a registered code, within its first MAX_CODE_LEN + 1 units), or
   * undefined.
   */
  function parentOf(map, code) {
    const head = code.length > MAX_CODE_LEN + 1 ? code.slice(0, MAX_CODE_LEN + 1) : code
    for (let i = head.lastIndexOf(PARENT_SEPARATOR); i > 0; i = head.lastIndexOf(PARENT_SEPARATOR, i - 1)) {
      const v = map.get(code.slice(0, i))
      if (v !== undefined) return v
    }
    return undefined
  }

  // Small enough for the JIT to inline into the caller: the rest is messageSlow.
  function message(code, locale) {
    if (locale === lastLocale) {
      const m = lastMessages.get(code)
      if (m !== undefined) return m
    }
    return messageSlow(code, locale)
  }

  function messageSlow(code, locale) {
    needString('code', code)
    const text = localeText(locale)
    const t = table(locale, text)
    if (t !== null) {
      const m = t.messages.get(code)
      if (m !== undefined) return m
      const p = parentOf(t.messages, code)
      if (p !== undefined) return p
    }
    return nat.message(code, text)
  }

  // As message(): a small fast path, the rest in lookupSlow.
  function lookup(code, locale) {
    if (locale === lastLocale && lastTable.entries !== null) {
      const e = lastTable.entries.get(code)
      if (e !== undefined) return e
    }
    return lookupSlow(code, locale)
  }

  function lookupSlow(code, locale) {
    needString('code', code)
    const text = localeText(locale)
    const t = table(locale, text)
    if (t !== null) {
      if (t.entries === null) {
        // The whole answers, read when the locale's first lookup asks.
        const rows = nat.table(t.text)[1]
        t.entries = new Map()
        for (let i = 0; i < rows.length; i++) t.entries.set(CODES[i], new Entry(CODES[i], rows[i]))
      }
      const e = t.entries.get(code)
      if (e !== undefined) return e
      const p = parentOf(t.entries, code)
      if (p !== undefined) return new Entry(code, [p.message, p.locale, 'parent', p.matched, p.kind, p.retryable, p.status, p.docUrl])
    }
    return new Entry(code, nat.lookup(code, text))
  }

  function negotiate(locale) {
    const text = localeText(locale)
    const t = table(locale, text)
    return t !== null ? t.locale : nat.negotiate(text)
  }

  function chain(locale) {
    const text = localeText(locale)
    if (closed) throw closedError()
    return nat.chain(text)
  }

  function detail(code, serverMessage, locale) {
    needString('code', code)
    const m = optionalString('serverMessage', serverMessage)
    const text = localeText(locale)
    if (closed) throw closedError()
    return m === null ? null : detailOf(nat.detail(code, m, text))
  }

  function explain(error, locale) {
    if (!(error instanceof SmhError)) throw new TypeError(`an error to explain must be an SmhError, not ${describe(error)}`)
    const text = localeText(locale)
    if (closed) throw closedError()
    return nat.explain(error.code, error.serverMessage, error.requestId, text)
  }

  function locales() {
    if (closed) throw closedError()
    return nat.locales()
  }

  function close() {
    closed = true
    tables.clear()
    lastLocale = NEVER
    lastMessages = null
    lastTable = null
    nat.close()
  }

  return { message, lookup, negotiate, chain, detail, explain, locales, close, isClosed: () => closed }
}

const GLOBAL = answers(native.NativeCatalog.global())

/**
 * The localized message of `code` in `locale`. Never fails for a string
 * code: an unknown code gets its parent's or the generic message.
 */
const message = GLOBAL.message

/** The full answer for `code` in `locale`: an Entry. */
const lookup = GLOBAL.lookup

/**
 * The catalog locale that `locale` resolves to (`zh-CN` for `zh_CN.UTF-8`,
 * `en-US` for `C` or garbage); with no locale, the environment's.
 */
const negotiate = GLOBAL.negotiate

/**
 * The catalog locale used when no locale is given: the environment's
 * (SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG), else en-US.
 */
function defaultLocale() {
  return GLOBAL.negotiate(undefined)
}

/** Every code of the registry, in registry order. */
function codes() {
  return CODES
}

/** The registry's top-level categories: one error class each. */
function categories() {
  return CATEGORIES
}

// ---------------------------------------------------------------------------
// Errors.

/**
 * A body that is not an SMH API response. `kind` names what was wrong, as in
 * every binding: too_large, invalid_utf8, too_deep, syntax, not_an_object,
 * unknown_shape, wrong_type or missing_field.
 */
class ResponseParseError extends Error {
  constructor(message, kind) {
    super(message)
    this.kind = kind
  }
}
ResponseParseError.prototype.name = 'ResponseParseError'

/** An overlay catalog that could not be opened; `diagnostics` lists every problem. */
class CatalogError extends Error {
  constructor(text, diagnostics) {
    super(text)
    this.diagnostics = Object.freeze(diagnostics.map((d) => Object.freeze(d)))
  }
}
CatalogError.prototype.name = 'CatalogError'

const CATEGORY_CLASSES = new Map()

/**
 * An error the SMH API returned. `message` is `Code: server message
 * (RequestId: id)`, escaped, for logs; `serverMessage` is the server's own
 * text; `localized(locale)` is the catalog's message for a person.
 * `new SmhError(code, ...)` makes an instance of the code's category class
 * (`AuthFailureError` for `AuthFailure.SignatureFailure`) when the registry
 * has that category.
 */
class SmhError extends Error {
  constructor(code, serverMessage, requestId, options) {
    if (new.target === SmhError && typeof code === 'string') {
      const category = native.categoryOf(code)
      if (category !== null) return new (CATEGORY_CLASSES.get(category))(code, serverMessage, requestId, options)
    }
    needString('code', code)
    const m = optionalString('serverMessage', serverMessage)
    const r = optionalString('requestId', requestId)
    super(native.errorText(code, m, r), options)
    /** The code as the server sent it. */
    this.code = code
    /** The server's own message, or null. */
    this.serverMessage = m
    /** The request id, or null. */
    this.requestId = r
  }

  /** Whether the request may be sent again after a backoff (the code's, or its nearest parent's, policy). */
  get retryable() {
    return native.retryable(this.code)
  }

  /** The catalog's message for this error in `locale`. */
  localized(locale) {
    return GLOBAL.message(this.code, locale)
  }

  /** The catalog's full answer for this error's code. */
  lookup(locale) {
    return GLOBAL.lookup(this.code, locale)
  }

  /**
   * The server message's localized detail in `locale` (for `Parameter
   * \`LibraryId\` format invalid.`, `参数 LibraryId 的格式无效。` in zh-CN),
   * or null when the message is absent or matches no known pattern.
   */
  detail(locale) {
    return GLOBAL.detail(this.code, this.serverMessage, locale)
  }

  /**
   * What a person should read about this error in `locale`, as `smh-errors
   * parse` prints it: the catalog's answer for the code (`Code [locale,
   * resolution, kind, retryable]`, then the message and its link, indented),
   * then `detail:`, `server:` and `request id:` lines, each left out when
   * absent, the server's text escaped.
   */
  explain(locale) {
    return GLOBAL.explain(this, locale)
  }
}
SmhError.prototype.name = 'SmhError'
SmhError.prototype.category = null
SmhError.category = null

for (const category of CATEGORIES) {
  const name = `${category}Error`
  // A class with the category's name, made from a computed key.
  const cls = { [name]: class extends SmhError {} }[name]
  cls.category = category
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true })
  Object.defineProperty(cls.prototype, 'category', { value: category, configurable: true })
  CATEGORY_CLASSES.set(category, cls)
}

// ---------------------------------------------------------------------------
// Responses.

/** The addon's answer for a body of any accepted type. */
function parseRow(body) {
  if (typeof body === 'string') {
    return body.isWellFormed() ? native.parseText(body) : native.parseUtf16(body)
  }
  if (ArrayBuffer.isView(body)) {
    const bytes = body instanceof Uint8Array ? body : new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    return native.parse(bytes)
  }
  if (types.isAnyArrayBuffer(body)) return native.parse(new Uint8Array(body))
  if (typeof body === 'object' && body !== null) {
    let text
    try {
      text = JSON.stringify(body)
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) return native.decodedError('too_deep')
      if (e instanceof TypeError) return native.decodedError('not_json')
      throw e
    }
    if (text === undefined) return native.decodedError('not_json')
    return native.parseText(text)
  }
  throw new TypeError(
    `a response body must be a Buffer, Uint8Array, ArrayBuffer, string or the decoded JSON object, not ${describe(body)}`
  )
}

/**
 * Reads an SMH API response body (a Buffer, Uint8Array, ArrayBuffer, string,
 * or what JSON.parse made of it). Returns the error as an SmhError (of its
 * category's class) to throw or inspect, or null for a success. Throws
 * ResponseParseError, saying what was wrong, for anything else; TypeError
 * for a body of another type.
 */
function parseResponse(body) {
  const r = parseRow(body)
  if (r[0] === 'error') return new SmhError(r[1], r[2], r[3])
  if (r[0] === 'success') return null
  throw new ResponseParseError(r[1], r[2])
}

/** Throws the response's SmhError if it is an error; returns for a success. */
function checkResponse(body) {
  const e = parseResponse(body)
  if (e !== null) throw e
}

/** A property of a foreign error, or its getter's answer (`getRequestId()`). */
function field(err, name, getter) {
  const v = err[name]
  if (v !== undefined) return v
  const g = err[getter]
  return typeof g === 'function' ? g.call(err) : undefined
}

function fieldText(v) {
  return v === undefined || v === null || v === '' ? null : String(v)
}

/**
 * The SmhError of an error carrying `code`, `message` and `requestId` (or
 * `getRequestId()`), such as the TencentCloudSDKHttpException that
 * tencentcloud-sdk-nodejs throws; its `cause` is `err`. null for anything
 * else: an error with no code (the SDK's HTTP and network failures), no
 * request id (Node's own errors, whose `code` is not the API's), or not an
 * object. An SmhError is returned as it is.
 */
function fromError(err) {
  if (err instanceof SmhError) return err
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return null
  const code = fieldText(err.code)
  if (code === null || !('requestId' in err || typeof err.getRequestId === 'function')) return null
  const msg = fieldText(field(err, 'message', 'getMessage'))
  const rid = fieldText(field(err, 'requestId', 'getRequestId'))
  return new SmhError(code, msg, rid, { cause: err })
}

// ---------------------------------------------------------------------------
// Catalogs with overlays.

const PRIVATE = Symbol('Catalog')

/** A directory argument as the addon takes it: text, or a path's bytes. */
function dirArg(dir) {
  if (typeof dir === 'string') return dir
  if (dir instanceof URL) return fileURLToPath(dir)
  if (ArrayBuffer.isView(dir)) return Buffer.from(dir.buffer, dir.byteOffset, dir.byteLength)
  throw new TypeError(`a catalog directory must be a string, a file: URL or a Buffer, not ${describe(dir)}`)
}

/**
 * A catalog: the builtin one (`Catalog.builtin()`), the global one the
 * package's functions use (`Catalog.global()`: builtin plus
 * SMH_ERRORS_CATALOG_DIR), or one with overlay directories
 * (`Catalog.open(dir, ...)`: `<dir>/<locale>/*.ftl`, validated as the build
 * validates the shipped catalog). `close()` frees an opened catalog at once
 * (otherwise the garbage collector does); a closed catalog's methods throw.
 */
class Catalog {
  #answers

  /** @internal Use Catalog.open(), Catalog.builtin() or Catalog.global(). */
  constructor(token, nat) {
    if (token !== PRIVATE) throw new TypeError('use Catalog.open(), Catalog.builtin() or Catalog.global()')
    this.#answers = answers(nat)
  }

  /**
   * The builtin catalog with overlay directories (strings, file: URLs or
   * Buffers), later ones overriding earlier ones. Throws CatalogError (every
   * problem as file:line:col) for a broken overlay.
   */
  static open(...dirs) {
    const r = native.open(dirs.map(dirArg))
    if (r instanceof native.NativeCatalog) return new Catalog(PRIVATE, r)
    throw new CatalogError(r.text, r.diagnostics)
  }

  /** The catalog compiled into the library (en-US, zh-CN and the pseudo-locales en-XA, ar-XB). */
  static builtin() {
    return new Catalog(PRIVATE, native.NativeCatalog.builtin())
  }

  /** The catalog the package's functions use (builtin plus SMH_ERRORS_CATALOG_DIR). */
  static global() {
    return new Catalog(PRIVATE, native.NativeCatalog.global())
  }

  /** Why the overlays of SMH_ERRORS_CATALOG_DIR were not loaded (then the global catalog is the builtin one), or null. */
  static globalError() {
    return native.globalError()
  }

  /** The localized message of `code` in `locale`. */
  message(code, locale) {
    return this.#answers.message(code, locale)
  }

  /** The full answer for `code` in `locale`. */
  lookup(code, locale) {
    return this.#answers.lookup(code, locale)
  }

  /** The catalog locale that `locale` resolves to. */
  negotiate(locale) {
    return this.#answers.negotiate(locale)
  }

  /** Every catalog locale tried for `locale`, best first, ending in en-US. */
  chain(locale) {
    return this.#answers.chain(locale)
  }

  /** The localized detail of an error's server message, or null. */
  detail(code, serverMessage, locale) {
    return this.#answers.detail(code, serverMessage, locale)
  }

  /** What a person should read about `error` in `locale`, as SmhError's explain() says, from this catalog. */
  explain(error, locale) {
    return this.#answers.explain(error, locale)
  }

  /** The catalog's locales: en-US first, then zh-CN, en-XA, ar-XB, then overlays'. */
  locales() {
    return this.#answers.locales()
  }

  /** Whether close() was called. */
  get closed() {
    return this.#answers.isClosed()
  }

  /** Frees an opened catalog now; later calls throw. Closing twice does nothing. */
  close() {
    this.#answers.close()
  }

  /** close(), for `using`. */
  [Symbol.dispose]() {
    this.close()
  }
}

const category = (name) => CATEGORY_CLASSES.get(name)

// One object literal, so that the engine keeps its properties fast
// (`smh.message` costs what `message` does). The category classes are
// listed by `smh-errors generate`, which writes the block below.
module.exports = {
  Catalog,
  CatalogError,
  Entry,
  ErrorCode,
  ResponseParseError,
  SmhError,
  categories,
  checkResponse,
  codes,
  defaultLocale,
  fromError,
  lookup,
  message,
  negotiate,
  parseResponse,
  version,
  // BEGIN GENERATED: categories
  ActionOfflineError: category("ActionOffline"),
  AuthFailureError: category("AuthFailure"),
  DryRunOperationError: category("DryRunOperation"),
  FailedOperationError: category("FailedOperation"),
  InternalErrorError: category("InternalError"),
  InvalidActionError: category("InvalidAction"),
  InvalidParameterError: category("InvalidParameter"),
  InvalidParameterValueError: category("InvalidParameterValue"),
  InvalidRequestError: category("InvalidRequest"),
  IpInBlacklistError: category("IpInBlacklist"),
  IpNotInWhitelistError: category("IpNotInWhitelist"),
  LimitExceededError: category("LimitExceeded"),
  MissingParameterError: category("MissingParameter"),
  NoSuchProductError: category("NoSuchProduct"),
  NoSuchVersionError: category("NoSuchVersion"),
  OperationDeniedError: category("OperationDenied"),
  RequestLimitExceededError: category("RequestLimitExceeded"),
  RequestSizeLimitExceededError: category("RequestSizeLimitExceeded"),
  ResourceInUseError: category("ResourceInUse"),
  ResourceInsufficientError: category("ResourceInsufficient"),
  ResourceNotFoundError: category("ResourceNotFound"),
  ResourceUnavailableError: category("ResourceUnavailable"),
  ResponseSizeLimitExceededError: category("ResponseSizeLimitExceeded"),
  ServiceUnavailableError: category("ServiceUnavailable"),
  UnauthorizedOperationError: category("UnauthorizedOperation"),
  UnknownParameterError: category("UnknownParameter"),
  UnsupportedOperationError: category("UnsupportedOperation"),
  UnsupportedProtocolError: category("UnsupportedProtocol"),
  UnsupportedRegionError: category("UnsupportedRegion"),
  // END GENERATED: categories
}
