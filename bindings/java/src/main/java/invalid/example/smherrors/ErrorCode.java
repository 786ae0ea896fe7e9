// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every SMH error code of the registry: {@code ErrorCode.AuthFailure_SignatureFailure.code()} is
 * {@code "AuthFailure.SignatureFailure"} (constant names are the codes with {@code .} as {@code _},
 * as in the Python package). Each constant's doc is its en-US message.
 */
public enum ErrorCode {
    /** {@code ActionOffline}: This API has been taken offline. */
    ActionOffline("ActionOffline"),
    /** {@code AuthFailure.InvalidAuthorization}: The Authorization header of the request does not follow the Tencent Cloud standard. */
    AuthFailure_InvalidAuthorization("AuthFailure.InvalidAuthorization"),
    /** {@code AuthFailure.InvalidSecretId}: The key is invalid: it is not a Tencent Cloud API key. */
    AuthFailure_InvalidSecretId("AuthFailure.InvalidSecretId"),
    /** {@code AuthFailure.MFAFailure}: MFA (multi-factor authentication) failed. */
    AuthFailure_MFAFailure("AuthFailure.MFAFailure"),
    /** {@code AuthFailure.SecretIdNotFound}: The key does not exist. In the console, check whether the key has been deleted or disabled; if it is active, check that the key was entered correctly, with no spaces before or after it. */
    AuthFailure_SecretIdNotFound("AuthFailure.SecretIdNotFound"),
    /** {@code AuthFailure.SignatureExpire}: The signature has expired. The request's Timestamp must be within five minutes of the server's time; check that your local clock is synchronized with standard time. */
    AuthFailure_SignatureExpire("AuthFailure.SignatureExpire"),
    /** {@code AuthFailure.SignatureFailure}: The signature is incorrect. Check how the signature was computed against the signature method in the API documentation. */
    AuthFailure_SignatureFailure("AuthFailure.SignatureFailure"),
    /** {@code AuthFailure.TokenFailure}: The token is invalid. */
    AuthFailure_TokenFailure("AuthFailure.TokenFailure"),
    /** {@code AuthFailure.UnauthorizedOperation}: The request is not authorized. See the CAM documentation on authorization. */
    AuthFailure_UnauthorizedOperation("AuthFailure.UnauthorizedOperation"),
    /** {@code DryRunOperation}: DryRun operation: the request would have succeeded, but the DryRun parameter was set. */
    DryRunOperation("DryRunOperation"),
    /** {@code FailedOperation}: The operation failed. */
    FailedOperation("FailedOperation"),
    /** {@code InternalError}: An internal error occurred. */
    InternalError("InternalError"),
    /** {@code InternalError.BillingRequestFail}: The call to the billing system failed. */
    InternalError_BillingRequestFail("InternalError.BillingRequestFail"),
    /** {@code InternalError.ModifyResourceStatusFail}: The media library's resources could not be deleted. */
    InternalError_ModifyResourceStatusFail("InternalError.ModifyResourceStatusFail"),
    /** {@code InternalError.PostpaidFail}: Pay-as-you-go (postpaid) billing could not be activated. */
    InternalError_PostpaidFail("InternalError.PostpaidFail"),
    /** {@code InternalError.SendSms}: An error occurred while sending the SMS verification code. */
    InternalError_SendSms("InternalError.SendSms"),
    /** {@code InvalidAction}: This API does not exist. */
    InvalidAction("InvalidAction"),
    /** {@code InvalidParameter}: A parameter is invalid (for example, its format or type is wrong). */
    InvalidParameter("InvalidParameter"),
    /** {@code InvalidParameter.TagsRequired}: A tag must be chosen when creating a media library. */
    InvalidParameter_TagsRequired("InvalidParameter.TagsRequired"),
    /** {@code InvalidParameterValue}: A parameter has an invalid value. */
    InvalidParameterValue("InvalidParameterValue"),
    /** {@code InvalidParameterValue.AdvancedSearchOption}: Advanced multimodal search is not enabled by default, or your account is not on its allowlist. */
    InvalidParameterValue_AdvancedSearchOption("InvalidParameterValue.AdvancedSearchOption"),
    /** {@code InvalidParameterValue.BucketNameInvalid}: The bucket name is invalid. */
    InvalidParameterValue_BucketNameInvalid("InvalidParameterValue.BucketNameInvalid"),
    /** {@code InvalidParameterValue.BucketNameNotBelongYou}: The bucket does not belong to your root account. */
    InvalidParameterValue_BucketNameNotBelongYou("InvalidParameterValue.BucketNameNotBelongYou"),
    /** {@code InvalidParameterValue.BucketNotFound}: The bucket does not exist or is not in the specified region. */
    InvalidParameterValue_BucketNotFound("InvalidParameterValue.BucketNotFound"),
    /** {@code InvalidParameterValue.BucketNotSupport}: The service no longer supports choosing your own bucket. */
    InvalidParameterValue_BucketNotSupport("InvalidParameterValue.BucketNotSupport"),
    /** {@code InvalidParameterValue.BucketRegionInvalid}: The bucket's region is invalid. */
    InvalidParameterValue_BucketRegionInvalid("InvalidParameterValue.BucketRegionInvalid"),
    /** {@code InvalidParameterValue.CosStorageClass}: The specified storage class is invalid. */
    InvalidParameterValue_CosStorageClass("InvalidParameterValue.CosStorageClass"),
    /** {@code InvalidParameterValue.CosStorageClassIntelligentTiering}: Intelligent tiering storage is not enabled for the specified bucket. Enable it for the bucket first. */
    InvalidParameterValue_CosStorageClassIntelligentTiering("InvalidParameterValue.CosStorageClassIntelligentTiering"),
    /** {@code InvalidParameterValue.CountryCode}: The specified country code is invalid. */
    InvalidParameterValue_CountryCode("InvalidParameterValue.CountryCode"),
    /** {@code InvalidParameterValue.LibraryQuotaRequired}: A quota size is required when enabling the media library quota. */
    InvalidParameterValue_LibraryQuotaRequired("InvalidParameterValue.LibraryQuotaRequired"),
    /** {@code InvalidParameterValue.LibraryQuotaRequiresMultiSpace}: Only a multi-tenant media library can have a media library quota. */
    InvalidParameterValue_LibraryQuotaRequiresMultiSpace("InvalidParameterValue.LibraryQuotaRequiresMultiSpace"),
    /** {@code InvalidParameterValue.LimitExceeded}: The number of parameter values or characters exceeds the limit. */
    InvalidParameterValue_LimitExceeded("InvalidParameterValue.LimitExceeded"),
    /** {@code InvalidParameterValue.NotModified}: The specified phone number is the same as the current one. */
    InvalidParameterValue_NotModified("InvalidParameterValue.NotModified"),
    /** {@code InvalidParameterValue.NotSuperAdmin}: The specified phone number is not the enterprise's super administrator. */
    InvalidParameterValue_NotSuperAdmin("InvalidParameterValue.NotSuperAdmin"),
    /** {@code InvalidParameterValue.PhoneNumber}: The specified phone number is invalid. */
    InvalidParameterValue_PhoneNumber("InvalidParameterValue.PhoneNumber"),
    /** {@code InvalidRequest}: The multipart format of the request body is invalid. */
    InvalidRequest("InvalidRequest"),
    /** {@code IpInBlacklist}: The IP address is on the blocklist. */
    IpInBlacklist("IpInBlacklist"),
    /** {@code IpNotInWhitelist}: The IP address is not on the allowlist. */
    IpNotInWhitelist("IpNotInWhitelist"),
    /** {@code LimitExceeded}: The quota limit has been exceeded. */
    LimitExceeded("LimitExceeded"),
    /** {@code LimitExceeded.UserLimit}: The limit on the number of users has been reached. Upgrade your product edition (plan) first. */
    LimitExceeded_UserLimit("LimitExceeded.UserLimit"),
    /** {@code MissingParameter}: A required parameter is missing. */
    MissingParameter("MissingParameter"),
    /** {@code NoSuchProduct}: The product does not exist. */
    NoSuchProduct("NoSuchProduct"),
    /** {@code NoSuchVersion}: This API version does not exist. */
    NoSuchVersion("NoSuchVersion"),
    /** {@code OperationDenied.PartnerAccountNotSupported}: A partner-only account cannot make purchases. */
    OperationDenied_PartnerAccountNotSupported("OperationDenied.PartnerAccountNotSupported"),
    /** {@code RequestLimitExceeded}: The number of requests exceeds the rate limit. */
    RequestLimitExceeded("RequestLimitExceeded"),
    /** {@code RequestLimitExceeded.GlobalRegionUinLimitExceeded}: Your root account has exceeded its rate limit across all regions. */
    RequestLimitExceeded_GlobalRegionUinLimitExceeded("RequestLimitExceeded.GlobalRegionUinLimitExceeded"),
    /** {@code RequestLimitExceeded.IPLimitExceeded}: This IP address has exceeded its rate limit. */
    RequestLimitExceeded_IPLimitExceeded("RequestLimitExceeded.IPLimitExceeded"),
    /** {@code RequestLimitExceeded.SendSms}: The SMS verification codes sent to the specified phone number have reached the rate limit. */
    RequestLimitExceeded_SendSms("RequestLimitExceeded.SendSms"),
    /** {@code RequestLimitExceeded.UinLimitExceeded}: Your root account has exceeded its rate limit in this region. */
    RequestLimitExceeded_UinLimitExceeded("RequestLimitExceeded.UinLimitExceeded"),
    /** {@code RequestSizeLimitExceeded}: The request exceeds the size limit. */
    RequestSizeLimitExceeded("RequestSizeLimitExceeded"),
    /** {@code ResourceInUse}: The resource is in use. */
    ResourceInUse("ResourceInUse"),
    /** {@code ResourceInUse.MultiSpace}: The multi-tenant media library still has tenant spaces in use. */
    ResourceInUse_MultiSpace("ResourceInUse.MultiSpace"),
    /** {@code ResourceInsufficient}: There are not enough resources. */
    ResourceInsufficient("ResourceInsufficient"),
    /** {@code ResourceNotFound}: The resource does not exist. */
    ResourceNotFound("ResourceNotFound"),
    /** {@code ResourceNotFound.Library}: The media library does not exist or does not belong to your account. */
    ResourceNotFound_Library("ResourceNotFound.Library"),
    /** {@code ResourceNotFound.OfficialInstance}: The official cloud disk instance does not exist or does not belong to your account. */
    ResourceNotFound_OfficialInstance("ResourceNotFound.OfficialInstance"),
    /** {@code ResourceNotFound.PrepaidInstance}: No prepaid instance that has not been destroyed exists for the given LibraryId and AccountUserId: it was never purchased, or it was refunded and destroyed. */
    ResourceNotFound_PrepaidInstance("ResourceNotFound.PrepaidInstance"),
    /** {@code ResourceUnavailable}: The resource is unavailable. */
    ResourceUnavailable("ResourceUnavailable"),
    /** {@code ResponseSizeLimitExceeded}: The response exceeds the size limit. */
    ResponseSizeLimitExceeded("ResponseSizeLimitExceeded"),
    /** {@code ServiceUnavailable}: The service is temporarily unavailable. */
    ServiceUnavailable("ServiceUnavailable"),
    /** {@code UnauthorizedOperation}: The operation is not authorized. */
    UnauthorizedOperation("UnauthorizedOperation"),
    /** {@code UnauthorizedOperation.FinanceTradeNotAuthorized}: Your account lacks the finance trade permission (finance:trade). Grant it and try again. */
    UnauthorizedOperation_FinanceTradeNotAuthorized("UnauthorizedOperation.FinanceTradeNotAuthorized"),
    /** {@code UnauthorizedOperation.InvalidOperateUin}: The operating account is invalid: only a root account, sub-account, collaborator or role can operate on this resource. */
    UnauthorizedOperation_InvalidOperateUin("UnauthorizedOperation.InvalidOperateUin"),
    /** {@code UnauthorizedOperation.PassRole}: The cam:PassRole permission has not been granted. */
    UnauthorizedOperation_PassRole("UnauthorizedOperation.PassRole"),
    /** {@code UnauthorizedOperation.PostpaidFail}: The pay-as-you-go (postpaid) order was rejected by the billing system. */
    UnauthorizedOperation_PostpaidFail("UnauthorizedOperation.PostpaidFail"),
    /** {@code UnauthorizedOperation.ServiceLinkedRole}: The SMH service-linked role has not been granted. */
    UnauthorizedOperation_ServiceLinkedRole("UnauthorizedOperation.ServiceLinkedRole"),
    /** {@code UnauthorizedOperation.SmsCode}: The SMS verification code is incorrect or has expired. */
    UnauthorizedOperation_SmsCode("UnauthorizedOperation.SmsCode"),
    /** {@code UnauthorizedOperation.SmsCodeExceeded}: Too many attempts to verify the SMS verification code. Send a new SMS verification code. */
    UnauthorizedOperation_SmsCodeExceeded("UnauthorizedOperation.SmsCodeExceeded"),
    /** {@code UnknownParameter}: Unknown parameter: the request contains a parameter that is not defined. */
    UnknownParameter("UnknownParameter"),
    /** {@code UnsupportedOperation}: The operation is not supported. */
    UnsupportedOperation("UnsupportedOperation"),
    /** {@code UnsupportedOperation.BalanceLess}: Your account balance is insufficient. */
    UnsupportedOperation_BalanceLess("UnsupportedOperation.BalanceLess"),
    /** {@code UnsupportedOperation.Purpose}: The specified Purpose is not supported. */
    UnsupportedOperation_Purpose("UnsupportedOperation.Purpose"),
    /** {@code UnsupportedProtocol}: The HTTP(S) request protocol is invalid: only GET and POST requests are supported. */
    UnsupportedProtocol("UnsupportedProtocol"),
    /** {@code UnsupportedRegion}: This API does not support the specified region. */
    UnsupportedRegion("UnsupportedRegion");

    private static final Map<String, ErrorCode> BY_CODE = new HashMap<>();

    static {
        for (ErrorCode c : values()) {
            BY_CODE.put(c.code, c);
        }
    }

    /** The code as the API sends it. */
    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The code as the API sends it ({@code "AuthFailure.SignatureFailure"}). */
    public String code() {
        return code;
    }

    /** The code, as {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }

    /** The constant of a registered code; empty for any other string (and null). */
    public static Optional<ErrorCode> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
