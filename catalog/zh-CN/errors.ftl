### 智能媒资托管（SMH）API 错误码的简体中文说明。
###
### 每个错误码一条消息：消息 id 是错误码把 "." 换成 "-"
### （AuthFailure.SignatureFailure -> AuthFailure-SignatureFailure）。
### 文本取自服务的错误码文档，写成纯文本：Markdown 链接只留文字（链接两侧
### 只为隔开链接而加的空格一并去掉），
### 链接地址放进 .doc-url 属性；不用反引号。
### 翻译指南见 catalog/README.md。


## 产品名称（改一次，处处生效）

-smh = SMH
-cam = CAM
-cos = COS
-tencent-cloud = 腾讯云
# 产品对 API 密钥（SecretId / SecretKey）的称呼。
-cloud-api-key = 云 API 密钥

## 标识符：API 的名称，各语言原样显示
##
## 名称与文本相同的术语是标识符（见 catalog/README.md），照抄不译；
## 消息里写 { -DryRun }，不写 DryRun。

-DryRun = DryRun
-Authorization = Authorization
-Timestamp = Timestamp
-Token = Token
-Tags = Tags
-EnableQuota = EnableQuota
-LibraryQuota = LibraryQuota
-LibraryId = LibraryId
-AccountUserId = AccountUserId
-Purpose = Purpose
-cam-PassRole = cam:PassRole
-finance-trade = finance:trade
-GET = GET
-POST = POST
-X-TC-Content-SHA256 = X-TC-Content-SHA256
-Content-Type = Content-Type
-application-json = application/json
-TC3-HMAC-SHA256 = TC3-HMAC-SHA256
-SecretId = SecretId
-AccountName = AccountName
-AccountPassword = AccountPassword
-CountryCode = CountryCode
-PhoneNumber = PhoneNumber
-DestroyTime = DestroyTime
-IsolateTime = IsolateTime
-Email = Email
-Filter = Filter
-Role = Role

## 本目录不认识的错误码

# $code (String) - 服务返回的错误码，原样显示。
unknown-code = 请求失败，错误码：{ $code }。
# 错误码为空或无法显示时使用。
unknown-error = 请求失败，原因未知。

## 错误码

ActionOffline = 接口已下线。
AuthFailure-InvalidAuthorization = 请求头部的 { -Authorization } 不符合{ -tencent-cloud }标准。
AuthFailure-InvalidSecretId = 密钥非法（不是{ -cloud-api-key }类型）。
AuthFailure-MFAFailure = MFA 错误。
    .doc-url = https://cloud.tencent.com/document/product/378/12036
AuthFailure-SecretIdNotFound = 密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。
    .doc-url = https://console.cloud.tencent.com/cam/capi
AuthFailure-SignatureExpire = 签名过期。{ -Timestamp } 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。
    .doc-url = https://cloud.tencent.com/document/api/1339/69091
AuthFailure-SignatureFailure = 签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。
    .doc-url = https://cloud.tencent.com/document/api/1339/69091
AuthFailure-TokenFailure = token 错误。
AuthFailure-UnauthorizedOperation = 请求未授权。请参考 { -cam } 文档对鉴权的说明。
    .doc-url = https://cloud.tencent.com/document/product/598
DryRunOperation = { -DryRun } 操作，代表请求将会是成功的，只是多传了 { -DryRun } 参数。
FailedOperation = 操作失败。
InternalError = 内部错误。
InternalError-BalanceLess = 账户余额不足
InternalError-BillingRequestFail = 调用计费系统失败
InternalError-ModifyResourceStatusFail = 媒体库资源删除失败
InternalError-PostpaidFail = 后付费开通失败
InternalError-SendSms = 发送短信验证码时发生错误。
InvalidAction = 接口不存在。
InvalidParameter = 参数错误（包括参数格式、类型等错误）。
InvalidParameter-OneOfAccountNameAndAccountPasswordIsEmpty = { -AccountName } 和 { -AccountPassword } 必须同时指定或同时不指定。
InvalidParameter-OneOfCountryCodeAndPhoneNumberIsEmpty = { -CountryCode } 和 { -PhoneNumber } 必须同时指定或同时不指定。
InvalidParameter-TagsRequired = 创建媒体库时必须选择一个标签
InvalidParameterValue = 参数取值错误。
InvalidParameterValue-AccountNameTooLong = { -AccountName } 过长。
InvalidParameterValue-AccountPassword = { -AccountPassword } 无效。
InvalidParameterValue-AccountUserIdTooLong = { -AccountUserId } 过长。
InvalidParameterValue-AdvancedSearchOption = 后端没有默认开启高级多模态检索能力或用户没在白名单中
InvalidParameterValue-BucketNameInvalid = 存储桶名称无效。
InvalidParameterValue-BucketNameNotBelongYou = 存储桶名称不属于当前主账号。
InvalidParameterValue-BucketNotFound = 存储桶不存在或不在指定地域。
InvalidParameterValue-BucketNotSupport = 服务已不支持自选桶
InvalidParameterValue-BucketRegionInvalid = 存储桶所在地域无效。
InvalidParameterValue-CosStorageClass = 指定的存储类型无效。
InvalidParameterValue-CosStorageClassIntelligentTiering = 指定的存储桶未开启智能分层存储，请先开通存储桶的智能分层存储功能。
InvalidParameterValue-CountryCode = 指定的国家代码无效。
InvalidParameterValue-CountryCodeTooLong = { -CountryCode } 过长。
InvalidParameterValue-DestroyTime = { -DestroyTime } 无效。
InvalidParameterValue-DuplicateAccountName = { -AccountName } 重复。
InvalidParameterValue-DuplicateAccountUserId = { -AccountUserId } 重复。
InvalidParameterValue-DuplicateEmail = { -Email } 重复。
InvalidParameterValue-DuplicateUserPhoneNumber = { -CountryCode } 和 { -PhoneNumber } 重复。
InvalidParameterValue-EmailTooLong = { -Email } 过长。
InvalidParameterValue-Filter = 指定的 { -Filter } 无效。
InvalidParameterValue-InvalidAccountName = { -AccountName } 无效。
InvalidParameterValue-InvalidAccountUserId = { -AccountUserId } 无效。
InvalidParameterValue-InvalidCountryCode = { -CountryCode } 无效。
InvalidParameterValue-InvalidEmail = { -Email } 无效。
InvalidParameterValue-InvalidPhoneNumber = { -PhoneNumber } 无效。
InvalidParameterValue-IsolateTime = { -IsolateTime } 无效。
InvalidParameterValue-LibraryQuotaRequired = 开启媒体库配额时需要指定配额大小
InvalidParameterValue-LibraryQuotaRequiresMultiSpace = 仅多租户媒体库支持开启媒体库配额
InvalidParameterValue-LimitExceeded = 参数值数量或字符数超过限制。
InvalidParameterValue-NotModified = 指定的手机号码与当前的相同。
InvalidParameterValue-NotSuperAdmin = 指定的手机号码非该企业的超级管理员。
InvalidParameterValue-PhoneNumber = 指定的手机号码无效。
InvalidParameterValue-PhoneNumberTooLong = { -PhoneNumber } 过长。
InvalidParameterValue-RoleNotSupport = 指定的 { -Role } 不支持。
InvalidParameterValue-TooManyFilters = 指定了太多的过滤器，过滤器最多为 100 个。
InvalidRequest = 请求 body 的 multipart 格式错误。
IpInBlacklist = IP地址在黑名单中。
IpNotInWhitelist = IP地址不在白名单中。
LimitExceeded = 超过配额限制。
LimitExceeded-UserLimit = 已达到用户数量限制，请先升级产品规格。
MissingParameter = 缺少参数。
NoSuchProduct = 产品不存在
NoSuchVersion = 接口版本不存在。
OperationDenied-PartnerAccountNotSupported = 合作伙伴专用账号无法进行消费
RequestLimitExceeded = 请求的次数超过了频率限制。
RequestLimitExceeded-GlobalRegionUinLimitExceeded = 主账号超过频率限制。
RequestLimitExceeded-IPLimitExceeded = IP限频。
RequestLimitExceeded-SendSms = 发送至指定手机号码的短信验证码已达到频率限制。
RequestLimitExceeded-UinLimitExceeded = 主账号限频。
RequestSizeLimitExceeded = 请求包超过限制大小。
ResourceInUse = 资源被占用。
ResourceInUse-MultiSpace = 多租户空间媒体库中存在正在使用的租户空间。
ResourceInsufficient = 资源不足。
ResourceNotFound = 资源不存在。
ResourceNotFound-Library = 媒体库不存在或不属于当前账号。
ResourceNotFound-OfficialInstance = 官方云盘实例不存在或不属于当前账号。
ResourceNotFound-PrepaidInstance = 同 ({ -LibraryId }, { -AccountUserId }) 下不存在非销毁状态的预付费实例（可能从未购买，或已被退订销毁）
ResourceNotFound-User = 指定的用户不存在。
ResourceUnavailable = 资源不可用。
ResponseSizeLimitExceeded = 返回包超过限制大小。
ServiceUnavailable = 当前服务暂时不可用。
UnauthorizedOperation = 未授权操作。
UnauthorizedOperation-CreateMediaBucket = 尚未开通 { -cos } 数据处理（数据万象）服务。
UnauthorizedOperation-FinanceTradeNotAuthorized = 账号缺少财务交易权限（{ -finance-trade }），请授权后重试
UnauthorizedOperation-InvalidOperateUin = 操作账号无效：仅支持主账号、子账号、协作者或角色操作该资源
UnauthorizedOperation-PassRole = 未授予 { -cam-PassRole } 权限。
    .doc-url = https://cloud.tencent.com/document/product/598/19420
UnauthorizedOperation-PostpaidFail = 后付费下单被计费拒绝
UnauthorizedOperation-ServiceLinkedRole = 未授予 { -smh } 服务相关角色。
    .doc-url = https://cloud.tencent.com/document/product/598/19420
UnauthorizedOperation-SmsCode = 短信验证码错误或已过期。
UnauthorizedOperation-SmsCodeExceeded = 短信验证码验证次数超限，请重新发送短信验证码。
UnknownParameter = 未知参数错误，用户多传未定义的参数会导致错误。
UnsupportedOperation = 操作不支持。
UnsupportedOperation-BalanceLess = 账户余额不足
UnsupportedOperation-Purpose = 指定的目的不受支持。
UnsupportedProtocol = http(s) 请求协议错误，只支持 { -GET } 和 { -POST } 请求。
UnsupportedRegion = 接口不支持所传地域。
