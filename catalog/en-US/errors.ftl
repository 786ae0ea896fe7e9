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


## Product names (change once, used everywhere)

-smh = SMH
-cam = CAM
-cos = COS
-tencent-cloud = Tencent Cloud
# The product's name for the API key pair (SecretId / SecretKey).
-cloud-api-key = { -tencent-cloud } API key

## Codes this catalog does not know

# $code (String) - the error code the service returned, shown as is.
unknown-code = The request failed with error code { $code }.
# Used when the code is empty or cannot be shown.
unknown-error = The request failed for an unknown reason.

## Error codes

ActionOffline = This API has been taken offline.
AuthFailure-InvalidAuthorization = The Authorization header of the request does not follow the { -tencent-cloud } standard.
AuthFailure-InvalidSecretId = The key is invalid: it is not a { -cloud-api-key }.
AuthFailure-MFAFailure = MFA (multi-factor authentication) failed.
    .doc-url = https://www.tencentcloud.com/document/product/378/32528
AuthFailure-SecretIdNotFound = The key does not exist. In the console, check whether the key has been deleted or disabled; if it is active, check that the key was entered correctly, with no spaces before or after it.
    .doc-url = https://console.tencentcloud.com/cam/capi
AuthFailure-SignatureExpire = The signature has expired. The request's Timestamp must be within five minutes of the server's time; check that your local clock is synchronized with standard time.
AuthFailure-SignatureFailure = The signature is incorrect. Check how the signature was computed against the signature method in the API documentation.
AuthFailure-TokenFailure = The token is invalid.
AuthFailure-UnauthorizedOperation = The request is not authorized. See the { -cam } documentation on authorization.
    .doc-url = https://www.tencentcloud.com/document/product/598
DryRunOperation = DryRun operation: the request would have succeeded, but the DryRun parameter was set.
FailedOperation = The operation failed.
InternalError = An internal error occurred.
InternalError-BillingRequestFail = The call to the billing system failed.
InternalError-ModifyResourceStatusFail = The media library's resources could not be deleted.
InternalError-PostpaidFail = Pay-as-you-go (postpaid) billing could not be activated.
InternalError-SendSms = An error occurred while sending the SMS verification code.
InvalidAction = This API does not exist.
InvalidParameter = A parameter is invalid (for example, its format or type is wrong).
InvalidParameter-TagsRequired = A tag must be chosen when creating a media library.
InvalidParameterValue = A parameter has an invalid value.
InvalidParameterValue-AdvancedSearchOption = Advanced multimodal search is not enabled by default, or your account is not on its allowlist.
InvalidParameterValue-BucketNameInvalid = The bucket name is invalid.
InvalidParameterValue-BucketNameNotBelongYou = The bucket does not belong to your root account.
InvalidParameterValue-BucketNotFound = The bucket does not exist or is not in the specified region.
InvalidParameterValue-BucketNotSupport = The service no longer supports choosing your own bucket.
InvalidParameterValue-BucketRegionInvalid = The bucket's region is invalid.
InvalidParameterValue-CosStorageClass = The specified storage class is invalid.
InvalidParameterValue-CosStorageClassIntelligentTiering = Intelligent tiering storage is not enabled for the specified bucket. Enable it for the bucket first.
InvalidParameterValue-CountryCode = The specified country code is invalid.
InvalidParameterValue-LibraryQuotaRequired = A quota size is required when enabling the media library quota.
InvalidParameterValue-LibraryQuotaRequiresMultiSpace = Only a multi-tenant media library can have a media library quota.
InvalidParameterValue-LimitExceeded = The number of parameter values or characters exceeds the limit.
InvalidParameterValue-NotModified = The specified phone number is the same as the current one.
InvalidParameterValue-NotSuperAdmin = The specified phone number is not the enterprise's super administrator.
InvalidParameterValue-PhoneNumber = The specified phone number is invalid.
InvalidRequest = The multipart format of the request body is invalid.
IpInBlacklist = The IP address is on the blocklist.
IpNotInWhitelist = The IP address is not on the allowlist.
LimitExceeded = The quota limit has been exceeded.
LimitExceeded-UserLimit = The limit on the number of users has been reached. Upgrade your product edition (plan) first.
MissingParameter = A required parameter is missing.
NoSuchProduct = The product does not exist.
NoSuchVersion = This API version does not exist.
OperationDenied-PartnerAccountNotSupported = A partner-only account cannot make purchases.
RequestLimitExceeded = The number of requests exceeds the rate limit.
RequestLimitExceeded-GlobalRegionUinLimitExceeded = Your root account has exceeded its rate limit across all regions.
RequestLimitExceeded-IPLimitExceeded = This IP address has exceeded its rate limit.
RequestLimitExceeded-SendSms = The SMS verification codes sent to the specified phone number have reached the rate limit.
RequestLimitExceeded-UinLimitExceeded = Your root account has exceeded its rate limit in this region.
RequestSizeLimitExceeded = The request exceeds the size limit.
ResourceInUse = The resource is in use.
ResourceInUse-MultiSpace = The multi-tenant media library still has tenant spaces in use.
ResourceInsufficient = There are not enough resources.
ResourceNotFound = The resource does not exist.
ResourceNotFound-Library = The media library does not exist or does not belong to your account.
ResourceNotFound-OfficialInstance = The official cloud disk instance does not exist or does not belong to your account.
ResourceNotFound-PrepaidInstance = No prepaid instance that has not been destroyed exists for the given LibraryId and AccountUserId: it was never purchased, or it was refunded and destroyed.
ResourceUnavailable = The resource is unavailable.
ResponseSizeLimitExceeded = The response exceeds the size limit.
ServiceUnavailable = The service is temporarily unavailable.
UnauthorizedOperation = The operation is not authorized.
UnauthorizedOperation-FinanceTradeNotAuthorized = Your account lacks the finance trade permission (finance:trade). Grant it and try again.
UnauthorizedOperation-InvalidOperateUin = The operating account is invalid: only a root account, sub-account, collaborator or role can operate on this resource.
UnauthorizedOperation-PassRole = The cam:PassRole permission has not been granted.
UnauthorizedOperation-PostpaidFail = The pay-as-you-go (postpaid) order was rejected by the billing system.
UnauthorizedOperation-ServiceLinkedRole = The { -smh } service-linked role has not been granted.
UnauthorizedOperation-SmsCode = The SMS verification code is incorrect or has expired.
UnauthorizedOperation-SmsCodeExceeded = Too many attempts to verify the SMS verification code. Send a new SMS verification code.
UnknownParameter = Unknown parameter: the request contains a parameter that is not defined.
UnsupportedOperation = The operation is not supported.
UnsupportedOperation-BalanceLess = Your account balance is insufficient.
UnsupportedOperation-Purpose = The specified Purpose is not supported.
UnsupportedProtocol = The HTTP(S) request protocol is invalid: only GET and POST requests are supported.
UnsupportedRegion = This API does not support the specified region.
