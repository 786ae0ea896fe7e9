// ES modules and CommonJS: the same instance, the same names.

import test from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import * as esm from 'smh-errors'
import smhDefault, { message, AuthFailureError, SmhError, parseResponse, Catalog } from 'smh-errors'

const require = createRequire(import.meta.url)
const cjs = require('smh-errors')

test('import and require give the same module', () => {
  assert.equal(smhDefault, cjs)
  assert.equal(cjs, require('..'))
  const names = Object.keys(esm).filter((k) => k !== 'default').sort()
  assert.deepEqual(names, Object.keys(cjs).sort(), 'every CommonJS export is an ES export, and no more')
  for (const k of names) assert.equal(esm[k], cjs[k], k)
  const other = ['Catalog', 'CatalogError', 'Entry', 'ErrorCode', 'ResponseParseError', 'SmhError', 'categories', 'checkResponse',
    'codes', 'defaultLocale', 'fromError', 'lookup', 'message', 'negotiate', 'parseResponse', 'version']
  assert.deepEqual(names, [...other, ...cjs.categories().map((c) => `${c}Error`)].sort(), 'one class per category beside the rest')
})

test('named imports work, and instanceof holds across both', () => {
  const e = parseResponse('{"Response":{"Error":{"Code":"AuthFailure.TokenFailure"},"RequestId":"r"}}')
  assert.ok(e instanceof AuthFailureError && e instanceof cjs.AuthFailureError && e instanceof SmhError)
  assert.equal(message('ActionOffline', 'zh-CN'), '接口已下线。')
  assert.equal(Catalog, cjs.Catalog)
})
