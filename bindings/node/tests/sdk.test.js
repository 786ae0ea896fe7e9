'use strict'
// The official SDK's error: tencentcloud-sdk-nodejs's real SMH client
// (pinned in package-lock.json) calls a loopback HTTP server that answers as
// the SMH API does; the TencentCloudSDKHttpException it throws is turned
// into this package's error with fromError() and shown localized.

const test = require('node:test')
const assert = require('node:assert/strict')
const http = require('node:http')
const { execFileSync } = require('node:child_process')
const path = require('node:path')
const smh = require('..')
const { Client } = require('tencentcloud-sdk-nodejs/tencentcloud/services/smh/v20210712/smh_client')

// What the server answers, by the request's X-TC-Action.
const ANSWERS = {
  DescribeLibraries: {
    Error: {
      Code: 'AuthFailure.SignatureFailure',
      Message: 'The provided credentials could not be validated. Please check your signature is correct.',
    },
    RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
  },
  CreateLibrary: {
    Error: { Code: 'InvalidParameter', Message: 'Parameter `LibraryId` format invalid.' },
    RequestId: 'r-create',
  },
  DeleteLibrary: {
    Error: {
      Code: 'RequestLimitExceeded',
      Message: '您当前每秒请求 `12` 次，超过了每秒频率上限 `10`，请稍后重试。',
    },
    RequestId: 'r-delete',
  },
  ModifyLibrary: { Error: { Code: 'ResourceNotFound.NoSuchLibraryYet', Message: 'gone' }, RequestId: 'r-modify' },
  DescribeOfficialOverview: { RequestId: 'r-ok', Quota: 1 },
}

let server
let client
const seen = []

test.before(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const action = req.headers['x-tc-action']
      seen.push({ action, authorization: req.headers.authorization, version: req.headers['x-tc-version'] })
      if (action === 'DescribeTrafficPackages') {
        res.writeHead(502, 'Bad Gateway')
        return res.end()
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-TC-TraceId': `trace-${action}` })
      res.end(JSON.stringify({ Response: ANSWERS[action] }))
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  client = new Client({
    credential: { secretId: 'AKIDexample', secretKey: 'secret' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: `127.0.0.1:${server.address().port}`, protocol: 'http://', reqTimeout: 10 } },
  })
})

test.after(() => new Promise((resolve) => server.close(resolve)))

/** What the SDK throws for `action`. */
async function thrown(action) {
  try {
    await client[action]({})
  } catch (e) {
    return e
  }
  throw new Error(`${action} did not throw`)
}

test('the SDK signs and sends a real request to the loopback server', async () => {
  await thrown('DescribeLibraries')
  const s = seen.find((x) => x.action === 'DescribeLibraries')
  assert.match(s.authorization, /^TC3-HMAC-SHA256 Credential=AKIDexample\//)
  assert.equal(s.version, '2021-07-12')
})

test("the SDK's exception becomes the category's error, localized", async () => {
  const sdkErr = await thrown('DescribeLibraries')
  assert.equal(sdkErr.constructor.name, 'TencentCloudSDKHttpException')
  assert.equal(sdkErr.code, 'AuthFailure.SignatureFailure')
  const e = smh.fromError(sdkErr)
  assert.ok(e instanceof smh.AuthFailureError && e instanceof smh.SmhError)
  assert.equal(e.cause, sdkErr)
  assert.equal(e.cause.traceId, 'trace-DescribeLibraries')
  assert.equal(e.code, 'AuthFailure.SignatureFailure')
  assert.equal(e.requestId, 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6')
  assert.equal(e.serverMessage, ANSWERS.DescribeLibraries.Error.Message)
  assert.equal(e.retryable, false)
  assert.equal(e.localized('zh-CN'), '签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。')
  assert.equal(e.localized(new Intl.Locale('zh-Hans-CN')), e.localized('zh-CN'))
  assert.deepEqual({ ...e.detail('zh_CN.UTF-8') }, {
    id: 'detail-signature-not-validated',
    message: '无法验证所提供的凭证。请检查签名是否正确。',
    locale: 'zh-CN',
  })
  assert.equal(e.message, `AuthFailure.SignatureFailure: ${e.serverMessage} (RequestId: ${e.requestId})`)
  // The same error as the body read directly.
  const direct = smh.parseResponse({ Response: ANSWERS.DescribeLibraries })
  assert.deepEqual([direct.code, direct.serverMessage, direct.requestId], [e.code, e.serverMessage, e.requestId])
})

test("details of the server's message, English and Chinese", async () => {
  const p = smh.fromError(await thrown('CreateLibrary'))
  assert.ok(p instanceof smh.InvalidParameterError)
  assert.equal(p.detail('zh-CN').message, '参数 LibraryId 的格式无效。')
  const r = smh.fromError(await thrown('DeleteLibrary'))
  assert.ok(r instanceof smh.RequestLimitExceededError)
  assert.equal(r.retryable, true)
  const d = r.detail('en-US')
  assert.equal(d.id, 'detail-rate-limit-count')
  assert.ok(d.message.includes('12') && d.message.includes('10'), d.message)
  // An unregistered code of a known category: its category's class, the parent's message.
  const m = smh.fromError(await thrown('ModifyLibrary'))
  assert.ok(m instanceof smh.ResourceNotFoundError)
  assert.equal(m.lookup('zh-CN').resolution, 'parent')
  assert.equal(m.localized('zh-CN'), smh.message('ResourceNotFound', 'zh-CN'))
})

test("the SDK's failures that are not API errors give null", async () => {
  // An HTTP failure: the SDK's exception has no code.
  const http502 = await thrown('DescribeTrafficPackages')
  assert.equal(http502.httpCode, 502)
  assert.equal(smh.fromError(http502), null)
  // A connection failure.
  const closed = new Client({
    credential: { secretId: 'AKIDexample', secretKey: 'secret' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: '127.0.0.1:1', protocol: 'http://', reqTimeout: 5 } },
  })
  let netErr
  await closed.DescribeLibraries({}).catch((e) => (netErr = e))
  assert.equal(netErr.constructor.name, 'TencentCloudSDKHttpException')
  assert.equal(smh.fromError(netErr), null)
  // A success is no error.
  assert.equal((await client.DescribeOfficialOverview({})).RequestId, 'r-ok')
})

test('the package does not load the SDK', () => {
  const loaded = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(__dirname, '..'))}); console.log(JSON.stringify(Object.keys(require.cache)))`])
  const files = JSON.parse(loaded)
  assert.ok(files.length > 0)
  assert.deepEqual(files.filter((f) => f.includes('tencentcloud')), [])
})
