### 参考网站（smh-errors site）自己的文字：标题、标签和重试策略的理由。
### 错误消息本身来自目录（catalog/<locale>/*.ftl），不在这里。

## 每一页

site-title = SMH API 错误码
skip-to-content = 跳到正文
nav-label = 网站
nav-home = 全部错误码
nav-coverage = 翻译覆盖率
language-switch = 语言
footer-generated = 由 smh-errors site 根据目录生成，版本 { $version }。请勿手工修改这些页面：重新生成即可。

## 首页（选择语言）

root-intro = 腾讯云智能媒资托管（SMH）API 的每个错误码：各语言的说明、是否应当重试，以及服务端随之返回的消息。
root-choose = 选择语言

## 某个语言的首页

home-intro = 共 { $count } 个错误码，按类别分组。打开一个错误码，可以看到它在各语言中的说明、是否应当重试、已知的服务端消息、响应示例，以及取得这条说明的代码。
search-heading = 搜索
search-button = 搜索
search-label = 搜索错误码、说明和服务端消息
search-hint = 例如：签名、signature、LibraryId
search-count = { $count ->
   *[other] 找到 { $count } 个错误码。
}
search-none = 没有匹配的错误码。
noscript-search = 搜索需要 JavaScript；下面列出了全部错误码。
categories-heading = 按类别列出的错误码
col-code = 错误码
col-message = 说明
col-retry = 重试
retry-yes = 可重试
retry-no = 不要重试
badge-retired = 已停用

## 错误码页面

section-messages = 说明
section-retry = 重试与类型
section-related = 相关错误码
section-docs = 文档
section-server = 已知的服务端消息
section-provenance = 错误码的来源
section-example = 响应示例
section-snippets = 在代码中取得这条说明
fallback-note = 尚未翻译成 { $locale }：显示的是 { $answered }。
kind-common = 公共错误码：任何腾讯云 API 都可能返回。
kind-business = 业务错误码：SMH 自己的错误码。
retryable-yes = 客户端可以在退避等待后再次发送同一请求。
retryable-no = 不要原样再次发送同一请求。
retry-reason-rate-limit = 限制按秒计算，退避等待后即可恢复。
retry-reason-transient = 服务端的暂时性故障：正适合退避后重试。
retry-reason-per-phone = 限制按手机号计算，时间跨度为几分钟到几小时：很快重试只会白白消耗次数。
retry-reason-downstream = 这个错误指向的步骤（一条短信、一次扣费、一个订单、一次删除）可能已部分完成，盲目重试可能做两遍。由应用自行决定。
retry-reason-billing = 计费或余额类错误码：需要先处理资金问题。重试不会改变结果，还可能重复扣费。
retry-reason-request = 这个错误说的是请求本身或账号，再次发送不会改变它们。
retry-policy = 重试策略及其理由写在注册表 catalog/codes.toml 的开头。
parent-heading = 上级错误码
children-heading = 下级错误码
parent-none = 无：这是顶级错误码。
children-none = 无。
related-note = 目录不认识的错误码，由已注册的最近上级错误码来回答。
docs-none = 目录中没有这个错误码在此语言下的文档链接。
server-intro = 服务端自己的 Message 往往比错误码说得更多。如果它是下列之一，库会用读者的语言给出详情。花括号中的部分（如 {"{"}param{"}"}）是可变的。
server-says = 服务端消息
server-detail = 详情
server-source = 出处
server-none = 目录中没有这个错误码的已知服务端消息。
provenance-status = 状态
provenance-current = 现行：服务的错误码页面或现行的官方 SDK 版本列出了它。
provenance-retired = 服务的页面和现行的官方 SDK 版本都不再列出它，只有较早的版本列出过。它仍可精确解析。
provenance-page = 见于服务的错误码页面
provenance-page-yes = 是
provenance-page-no = 否
provenance-sdk = 包含它的官方 SDK 版本
provenance-sdk-none = 没有官方 SDK 包含过它。
provenance-note = 来自注册表 catalog/codes.toml，并对照 catalog/sources/ 中服务的错误码页面和各 SDK 的发布历史核对。
col-language = 语言
col-first = 最早见于
col-last = 最后见于
example-intro = 出现这个错误时 API 返回的响应体（每个请求的 RequestId 都不同）。
example-known = 其中的 Message 是已知的服务端消息；尖括号中的部分是可变的。
example-catalog = 服务端对这个错误码的原话未知：这里的 Message 是目录中的 en-US 文本。
snippets-intro = 各语言绑定中取得这个错误码在此语言下说明的调用。

## 翻译覆盖率页面

coverage-title = 翻译覆盖率：{ $locale }
coverage-summary = 已翻译 { $translated }/{ $total } 条消息（{ $percent }%）。
coverage-counts = 缺少：{ $missing }。过时：{ $obsolete }。
coverage-source = 这是源语言：其他语言都从它翻译。每条消息旁的注释是写给译者看的。
coverage-missing = 缺少的消息
coverage-missing-none = 无：每条消息都已翻译。
coverage-missing-note = 缺少的消息会沿语言链回退，最终回退到 en-US。
coverage-obsolete = 过时的消息
coverage-obsolete-none = 无。
coverage-obsolete-note = 已不被任何错误码使用的消息：请删除。
coverage-all = 全部消息
col-id = 消息 id
col-comment = 给译者的注释
col-source = 源文本（en-US）
col-translation = 此语言
coverage-no-comment = （无注释）
coverage-absent = （缺少）
coverage-how = 检查一个语言：smh-errors check catalog my-overlay
