### English (United States) messages for SMH (Smart Media Hosting) API errors.
###
### This is the source locale: every other locale is checked against it, and
### any message a locale lacks falls back to the one here.
###
### One message per code: the message id is the code with "." turned into "-"
### (AuthFailure.SignatureFailure -> AuthFailure-SignatureFailure).
### Plain text only: no Markdown, no backticks; a link goes in `.doc-url`.
### Terms follow catalog/sources/glossary.tsv. Guide: catalog/README.md.
### Voice: address the user as "you"; API parameter names as the API spells them.
### Every message has a comment for translators right above it: when the
### error occurs, and which names in it stay as they are.


## Product names (change once, used everywhere)

-smh = SMH
-cam = CAM
-cos = COS
-tencent-cloud = Tencent Cloud
# The product's name for the API key pair (SecretId / SecretKey).
-cloud-api-key = { -tencent-cloud } API key

## Identifiers: names of the API, shown exactly as they are in every language
##
## A term named exactly as its text is an identifier (catalog/README.md).
## Copy these lines unchanged; in a message write { -DryRun }, not DryRun.

# Request parameter: asks the service to check the request without running it.
-DryRun = DryRun
# HTTP request header that carries the request's signature.
-Authorization = Authorization
# Common parameter (header X-TC-Timestamp): the time the request was sent.
-Timestamp = Timestamp
# Common parameter (header X-TC-Token): the Token of temporary credentials.
-Token = Token
# Request parameter: the media library's tags (CreateLibrary, ModifyLibrary).
-Tags = Tags
# Request parameter: whether a media library has a quota (CreateLibrary).
-EnableQuota = EnableQuota
# Request parameter: the media library's quota, in bytes (CreateLibrary).
-LibraryQuota = LibraryQuota
# Request parameter: the ID of a media library.
-LibraryId = LibraryId
# Request parameter: the ID of a user account.
-AccountUserId = AccountUserId
# Request parameter: what an SMS verification code is for (SendSmsCode, VerifySmsCode).
-Purpose = Purpose
# CAM permission, named as CAM names it.
-cam-PassRole = cam:PassRole
# Finance trade permission, named as CAM names it.
-finance-trade = finance:trade
# HTTP request method.
-GET = GET
# HTTP request method.
-POST = POST
# HTTP request header: the hash of the request body, for TC3-HMAC-SHA256.
-X-TC-Content-SHA256 = X-TC-Content-SHA256
# HTTP request header: the type of the request body.
-Content-Type = Content-Type
# The value of Content-Type for a JSON body.
-application-json = application/json
# The name of the signature method of API 3.0 (signature v3).
-TC3-HMAC-SHA256 = TC3-HMAC-SHA256
# The public half of an API key pair (SecretId / SecretKey).
-SecretId = SecretId
# Request parameter: the name of a user account.
-AccountName = AccountName
# Request parameter: the password of a user account.
-AccountPassword = AccountPassword
# Request parameter: the country code of a user's phone number.
-CountryCode = CountryCode
# Request parameter: a user's phone number.
-PhoneNumber = PhoneNumber
# Request parameter: when a resource is destroyed.
-DestroyTime = DestroyTime
# Request parameter: when a resource is isolated.
-IsolateTime = IsolateTime
# Request parameter: a user's email address.
-Email = Email
# Request parameter: a filter of a listing.
-Filter = Filter
# Request parameter: a user's role.
-Role = Role

## Codes this catalog does not know

# Shown for an error code this catalog does not know, so that the user still
# sees the code.
# $code (String) - the error code the service returned, shown as is.
unknown-code = The request failed with error code { $code }.
# Shown when the error code is empty or cannot be shown (too long, or not
# made of the characters of a code).
unknown-error = The request failed for an unknown reason.

## Error codes

# The request called an API that the service has withdrawn for good.
ActionOffline = This API has been permanently withdrawn.
# The request's Authorization header, which carries the signature, is not in
# the form the Tencent Cloud API requires. Keep: Authorization.
AuthFailure-InvalidAuthorization = The { -Authorization } header of the request does not follow the { -tencent-cloud } standard.
# The key (SecretId) in the request is not of the Tencent Cloud API key type.
AuthFailure-InvalidSecretId = The key is invalid: it is not a { -cloud-api-key }.
# Multi-factor authentication (MFA) of the request failed. The link is
# Tencent Cloud's page of questions on MFA devices.
AuthFailure-MFAFailure = MFA (multi-factor authentication) failed.
    .doc-url = https://intl.cloud.tencent.com/document/product/378/12036
# The key (SecretId) in the request does not exist: it was deleted, disabled
# or entered wrongly. The link is the console's API key page.
AuthFailure-SecretIdNotFound = The key does not exist. In the console, check whether the key has been deleted or disabled; if it is active, check that the key was entered correctly, with no spaces before or after it.
    .doc-url = https://console.tencentcloud.com/cam/capi
# The request's Timestamp is more than five minutes away from the server's
# time, so its signature is no longer accepted. The link is SMH's page on
# signing requests. Keep: Timestamp.
AuthFailure-SignatureExpire = The signature has expired. The request's { -Timestamp } must be within five minutes of the server's time; check that your local clock is synchronized with standard time.
    .doc-url = https://www.tencentcloud.com/document/product/1283/74874
# The request's signature does not match the one the service computed. The
# link is SMH's page on signing requests.
AuthFailure-SignatureFailure = The signature is incorrect. Check how the signature was computed against the signature method in the API documentation.
    .doc-url = https://www.tencentcloud.com/document/product/1283/74874
# The request was signed with temporary credentials and their Token is wrong.
# Keep: Token.
AuthFailure-TokenFailure = The { -Token } of your temporary credentials is invalid.
# The request is not authorized by CAM (Cloud Access Management). The link is
# CAM's documentation.
AuthFailure-UnauthorizedOperation = The request is not authorized. See the { -cam } documentation on authorization.
    .doc-url = https://www.tencentcloud.com/document/product/598
# The request set the DryRun parameter: the service only checked it, and it
# would have succeeded. Keep: DryRun.
DryRunOperation = { -DryRun } operation: the request would have succeeded, but the { -DryRun } parameter was set.
# The requested operation failed (a general code, with no more detail).
FailedOperation = The operation failed.
# An internal error of the service.
InternalError = An internal error occurred.
# The account's balance is too low for the request (SDK text: 账户余额不足). Retired: later SDK releases list the same text as UnsupportedOperation.BalanceLess.
InternalError-BalanceLess = Your account balance is insufficient.
# The service's call to the billing system failed.
InternalError-BillingRequestFail = The call to the billing system failed.
# Deleting the resources of a media library failed.
InternalError-ModifyResourceStatusFail = The media library's resources could not be deleted.
# Turning on pay-as-you-go (postpaid) billing failed.
InternalError-PostpaidFail = Pay-as-you-go billing could not be activated.
# An error occurred while the service was sending an SMS verification code.
InternalError-SendSms = An error occurred while sending the SMS verification code.
# The request names an API (its Action) that does not exist.
InvalidAction = This API does not exist.
# A request parameter is wrong, for example in its format or type.
InvalidParameter = A parameter is invalid (for example, its format or type is wrong).
# A request gave only one of the parameters AccountName and AccountPassword. Keep AccountName and AccountPassword as they are: API parameter names.
InvalidParameter-OneOfAccountNameAndAccountPasswordIsEmpty = { -AccountName } and { -AccountPassword } must be specified together or not at all.
# A request gave only one of the parameters CountryCode and PhoneNumber. Keep CountryCode and PhoneNumber as they are: API parameter names.
InvalidParameter-OneOfCountryCodeAndPhoneNumberIsEmpty = { -CountryCode } and { -PhoneNumber } must be specified together or not at all.
# A media library was being created without a tag; the tag goes in the Tags
# parameter. Keep: Tags.
InvalidParameter-TagsRequired = A tag is required when creating a media library: specify it in { -Tags }.
# A request parameter has a value the service does not accept.
InvalidParameterValue = A parameter has an invalid value.
# The value of the parameter AccountName is longer than allowed. Keep: AccountName.
InvalidParameterValue-AccountNameTooLong = { -AccountName } is too long.
# The value of the parameter AccountPassword is not valid. Keep: AccountPassword.
InvalidParameterValue-AccountPassword = { -AccountPassword } is invalid.
# The value of the parameter AccountUserId is longer than allowed. Keep: AccountUserId.
InvalidParameterValue-AccountUserIdTooLong = { -AccountUserId } is too long.
# The request asked for advanced multimodal search, which is not turned on
# by default, or the account is not on the search's allowlist.
InvalidParameterValue-AdvancedSearchOption = Advanced multimodal search is not enabled by default, or your account is not on its allowlist.
# The bucket name in the request is not a valid bucket name.
InvalidParameterValue-BucketNameInvalid = The bucket name is invalid.
# The bucket named in the request belongs to another root account.
InvalidParameterValue-BucketNameNotBelongYou = The bucket does not belong to your root account.
# The bucket named in the request does not exist, or is in another region.
InvalidParameterValue-BucketNotFound = The bucket does not exist or is not in the specified region.
# The request names a bucket, which the service no longer lets you choose.
InvalidParameterValue-BucketNotSupport = The service no longer supports choosing your own bucket.
# The region of the bucket named in the request is not valid.
InvalidParameterValue-BucketRegionInvalid = The bucket's region is invalid.
# The storage class in the request (for files saved in COS) is not valid.
InvalidParameterValue-CosStorageClass = The specified storage class is invalid.
# The request asks for intelligent tiering storage, but the bucket does not
# have it turned on.
InvalidParameterValue-CosStorageClassIntelligentTiering = Intelligent tiering storage is not enabled for the specified bucket. Enable it for the bucket first.
# The country code of the phone number in the request is not valid.
InvalidParameterValue-CountryCode = The specified country code is invalid.
# The value of the parameter CountryCode is longer than allowed. Keep: CountryCode.
InvalidParameterValue-CountryCodeTooLong = { -CountryCode } is too long.
# The value of the parameter DestroyTime is not valid. Keep: DestroyTime.
InvalidParameterValue-DestroyTime = { -DestroyTime } is invalid.
# The value of the parameter AccountName is a duplicate (SDK text: AccountName 重复). Keep: AccountName.
InvalidParameterValue-DuplicateAccountName = { -AccountName } is a duplicate.
# The value of the parameter AccountUserId is a duplicate (SDK text: AccountUserId 重复). Keep: AccountUserId.
InvalidParameterValue-DuplicateAccountUserId = { -AccountUserId } is a duplicate.
# The value of the parameter Email is a duplicate (SDK text: Email 重复). Keep: Email.
InvalidParameterValue-DuplicateEmail = { -Email } is a duplicate.
# The values of the parameters CountryCode and PhoneNumber, as a pair, are a duplicate (SDK text: CountryCode 和 PhoneNumber 重复). Keep CountryCode and PhoneNumber as they are: API parameter names.
InvalidParameterValue-DuplicateUserPhoneNumber = The pair of { -CountryCode } and { -PhoneNumber } is a duplicate.
# The value of the parameter Email is longer than allowed. Keep: Email.
InvalidParameterValue-EmailTooLong = { -Email } is too long.
# A value given in the parameter Filter is not valid. Keep: Filter.
InvalidParameterValue-Filter = The specified { -Filter } is invalid.
# The value of the parameter AccountName is not valid. Keep: AccountName.
InvalidParameterValue-InvalidAccountName = { -AccountName } is invalid.
# The value of the parameter AccountUserId is not valid. Keep: AccountUserId.
InvalidParameterValue-InvalidAccountUserId = { -AccountUserId } is invalid.
# The value of the parameter CountryCode is not valid. Keep: CountryCode.
InvalidParameterValue-InvalidCountryCode = { -CountryCode } is invalid.
# The value of the parameter Email is not valid. Keep: Email.
InvalidParameterValue-InvalidEmail = { -Email } is invalid.
# The value of the parameter PhoneNumber is not valid. Keep: PhoneNumber.
InvalidParameterValue-InvalidPhoneNumber = { -PhoneNumber } is invalid.
# The value of the parameter IsolateTime is not valid. Keep: IsolateTime.
InvalidParameterValue-IsolateTime = { -IsolateTime } is invalid.
# A media library was being created with its quota turned on (EnableQuota)
# but without the quota's size (LibraryQuota). Keep: EnableQuota, LibraryQuota.
InvalidParameterValue-LibraryQuotaRequired = When { -EnableQuota } turns on the media library quota, { -LibraryQuota } must give its size.
# The media library quota (EnableQuota) was turned on for a media library
# that is not multi-tenant. Keep: EnableQuota.
InvalidParameterValue-LibraryQuotaRequiresMultiSpace = Only a multi-tenant media library can turn on the media library quota with { -EnableQuota }.
# A parameter has more values, or more characters, than its limit allows.
InvalidParameterValue-LimitExceeded = The number of parameter values or characters exceeds the limit.
# The new phone number in the request is the one already in use.
InvalidParameterValue-NotModified = The specified phone number is the same as the current one.
# The phone number in the request is not the phone number of the
# enterprise's super administrator.
InvalidParameterValue-NotSuperAdmin = The specified phone number does not belong to the enterprise's super administrator.
# The phone number in the request is not valid.
InvalidParameterValue-PhoneNumber = The specified phone number is invalid.
# The value of the parameter PhoneNumber is longer than allowed. Keep: PhoneNumber.
InvalidParameterValue-PhoneNumberTooLong = { -PhoneNumber } is too long.
# The value of the parameter Role is not one the service supports. Keep: Role.
InvalidParameterValue-RoleNotSupport = The specified { -Role } is not supported.
# A request gave more than 100 filters. Keep the number 100 as it is.
InvalidParameterValue-TooManyFilters = Too many filters are specified: at most 100 are allowed.
# The request body is multipart (multipart/form-data) but badly formed.
InvalidRequest = The multipart format of the request body is invalid.
# The request came from an IP address on the blocklist.
IpInBlacklist = The IP address is on the blocklist.
# The request came from an IP address that is not on the allowlist.
IpNotInWhitelist = The IP address is not on the allowlist.
# The request would go beyond a quota.
LimitExceeded = The quota has been exceeded.
# The account already has as many users as its product edition allows.
LimitExceeded-UserLimit = The limit on the number of users has been reached. Upgrade your product edition first.
# A parameter the request needs is missing.
MissingParameter = A required parameter is missing.
# The request names a product that does not exist.
NoSuchProduct = The product does not exist.
# The request names an API version (its Version) that does not exist.
NoSuchVersion = This API version does not exist.
# The account is a partner-only account, which cannot make purchases.
OperationDenied-PartnerAccountNotSupported = A partner-only account cannot make purchases.
# The caller is sending requests faster than the rate limit allows.
RequestLimitExceeded = The number of requests exceeds the rate limit.
# The root account's requests went beyond its rate limit.
RequestLimitExceeded-GlobalRegionUinLimitExceeded = Your root account has exceeded its rate limit.
# Requests from this IP address went beyond its rate limit.
RequestLimitExceeded-IPLimitExceeded = This IP address has exceeded its rate limit.
# Too many SMS verification codes were sent to the phone number in the
# request within the limit's period.
RequestLimitExceeded-SendSms = The rate limit for sending SMS verification codes to the specified phone number has been reached.
# The root account's requests are being rate limited.
RequestLimitExceeded-UinLimitExceeded = Requests from your root account are being rate limited.
# The request is larger than the service accepts.
RequestSizeLimitExceeded = The request exceeds the size limit.
# The resource the request acts on is in use.
ResourceInUse = The resource is in use.
# The multi-tenant media library in the request still has tenant spaces in
# use.
ResourceInUse-MultiSpace = The multi-tenant media library still has tenant spaces in use.
# There are not enough resources to carry out the request.
ResourceInsufficient = There are not enough resources.
# The resource the request names does not exist.
ResourceNotFound = The resource does not exist.
# The media library in the request does not exist, or belongs to another
# account.
ResourceNotFound-Library = The media library does not exist or does not belong to your account.
# The official cloud drive instance in the request does not exist, or
# belongs to another account. Cloud drive: SMH's file storage for users, not
# a block-storage disk.
ResourceNotFound-OfficialInstance = The official cloud drive instance does not exist or does not belong to your account.
# The media library and user account in the request have no prepaid
# instance left: none was bought, or it was cancelled and destroyed.
# Keep: LibraryId, AccountUserId.
ResourceNotFound-PrepaidInstance = The given { -LibraryId } and { -AccountUserId } have no prepaid instance left: it may never have been purchased, or it may have been cancelled and destroyed.
# No user matches the one the request names.
ResourceNotFound-User = The specified user does not exist.
# The resource the request names exists but cannot be used now.
ResourceUnavailable = The resource is unavailable.
# The response would be larger than the service can return.
ResponseSizeLimitExceeded = The response exceeds the size limit.
# The service is temporarily unavailable.
ServiceUnavailable = The service is temporarily unavailable.
# The caller is not allowed to perform the operation.
UnauthorizedOperation = The operation is not authorized.
# The account has not activated COS data processing, the service Tencent Cloud calls Cloud Infinite (CI; 数据万象 in Chinese). Use your language's name for Cloud Infinite where Tencent Cloud publishes one.
UnauthorizedOperation-CreateMediaBucket = { -cos } data processing (Cloud Infinite) has not been activated.
# The account making a purchase lacks CAM's finance:trade permission.
# Keep: finance:trade.
UnauthorizedOperation-FinanceTradeNotAuthorized = Your account lacks the finance trade permission ({ -finance-trade }). Grant it and try again.
# The account making the request is not of a kind that may operate on the
# resource (root account, sub-account, collaborator or role).
UnauthorizedOperation-InvalidOperateUin = The account making the request is invalid: only a root account, sub-account, collaborator or role can operate on this resource.
# The caller has not been granted CAM's cam:PassRole permission. The link is
# CAM's overview of roles. Keep: cam:PassRole.
UnauthorizedOperation-PassRole = The { -cam-PassRole } permission has not been granted.
    .doc-url = https://www.tencentcloud.com/document/product/598/19420
# The billing system rejected a pay-as-you-go (postpaid) order.
UnauthorizedOperation-PostpaidFail = The billing system rejected the pay-as-you-go order.
# SMH's service-linked role (a CAM role) has not been granted. The link is
# CAM's overview of roles.
UnauthorizedOperation-ServiceLinkedRole = The { -smh } service-linked role has not been granted.
    .doc-url = https://www.tencentcloud.com/document/product/598/19420
# The SMS verification code in the request is wrong or has expired.
UnauthorizedOperation-SmsCode = The SMS verification code is incorrect or has expired.
# The SMS verification code was checked too many times; a new one must be
# sent.
UnauthorizedOperation-SmsCodeExceeded = Too many attempts to verify the SMS verification code. Send a new SMS verification code.
# The request has a parameter that the API does not define.
UnknownParameter = Unknown parameter: the request contains a parameter that is not defined.
# The operation is not supported.
UnsupportedOperation = The operation is not supported.
# The account's balance is too low for the operation.
UnsupportedOperation-BalanceLess = Your account balance is insufficient.
# An SMS verification code was requested or checked with a Purpose (what the
# code is for) that the service does not support. Keep: Purpose.
UnsupportedOperation-Purpose = The specified { -Purpose } is not supported.
# The request used an HTTP method other than GET or POST. Keep: GET, POST.
UnsupportedProtocol = The HTTP(S) request is invalid: only the { -GET } and { -POST } methods are supported.
# The API is not offered in the region the request names.
UnsupportedRegion = This API does not support the specified region.
