"""Type stub of ``smh_errors.ErrorCode``, built at run time from the
registry. The block between ``BEGIN GENERATED`` and ``END GENERATED`` is
written by ``python tools/gen_stubs.py``."""

from enum import Enum
from typing import Optional

class ErrorCode(str, Enum):
    """Every SMH error code of the registry (member names: the code, ``.`` as ``_``)."""

    # BEGIN GENERATED: error codes
    ActionOffline = "ActionOffline"
    AuthFailure_InvalidAuthorization = "AuthFailure.InvalidAuthorization"
    AuthFailure_InvalidSecretId = "AuthFailure.InvalidSecretId"
    AuthFailure_MFAFailure = "AuthFailure.MFAFailure"
    AuthFailure_SecretIdNotFound = "AuthFailure.SecretIdNotFound"
    AuthFailure_SignatureExpire = "AuthFailure.SignatureExpire"
    AuthFailure_SignatureFailure = "AuthFailure.SignatureFailure"
    AuthFailure_TokenFailure = "AuthFailure.TokenFailure"
    AuthFailure_UnauthorizedOperation = "AuthFailure.UnauthorizedOperation"
    DryRunOperation = "DryRunOperation"
    FailedOperation = "FailedOperation"
    InternalError = "InternalError"
    InternalError_BillingRequestFail = "InternalError.BillingRequestFail"
    InternalError_ModifyResourceStatusFail = "InternalError.ModifyResourceStatusFail"
    InternalError_PostpaidFail = "InternalError.PostpaidFail"
    InternalError_SendSms = "InternalError.SendSms"
    InvalidAction = "InvalidAction"
    InvalidParameter = "InvalidParameter"
    InvalidParameter_TagsRequired = "InvalidParameter.TagsRequired"
    InvalidParameterValue = "InvalidParameterValue"
    InvalidParameterValue_AdvancedSearchOption = "InvalidParameterValue.AdvancedSearchOption"
    InvalidParameterValue_BucketNameInvalid = "InvalidParameterValue.BucketNameInvalid"
    InvalidParameterValue_BucketNameNotBelongYou = "InvalidParameterValue.BucketNameNotBelongYou"
    InvalidParameterValue_BucketNotFound = "InvalidParameterValue.BucketNotFound"
    InvalidParameterValue_BucketNotSupport = "InvalidParameterValue.BucketNotSupport"
    InvalidParameterValue_BucketRegionInvalid = "InvalidParameterValue.BucketRegionInvalid"
    InvalidParameterValue_CosStorageClass = "InvalidParameterValue.CosStorageClass"
    InvalidParameterValue_CosStorageClassIntelligentTiering = "InvalidParameterValue.CosStorageClassIntelligentTiering"
    InvalidParameterValue_CountryCode = "InvalidParameterValue.CountryCode"
    InvalidParameterValue_LibraryQuotaRequired = "InvalidParameterValue.LibraryQuotaRequired"
    InvalidParameterValue_LibraryQuotaRequiresMultiSpace = "InvalidParameterValue.LibraryQuotaRequiresMultiSpace"
    InvalidParameterValue_LimitExceeded = "InvalidParameterValue.LimitExceeded"
    InvalidParameterValue_NotModified = "InvalidParameterValue.NotModified"
    InvalidParameterValue_NotSuperAdmin = "InvalidParameterValue.NotSuperAdmin"
    InvalidParameterValue_PhoneNumber = "InvalidParameterValue.PhoneNumber"
    InvalidRequest = "InvalidRequest"
    IpInBlacklist = "IpInBlacklist"
    IpNotInWhitelist = "IpNotInWhitelist"
    LimitExceeded = "LimitExceeded"
    LimitExceeded_UserLimit = "LimitExceeded.UserLimit"
    MissingParameter = "MissingParameter"
    NoSuchProduct = "NoSuchProduct"
    NoSuchVersion = "NoSuchVersion"
    OperationDenied_PartnerAccountNotSupported = "OperationDenied.PartnerAccountNotSupported"
    RequestLimitExceeded = "RequestLimitExceeded"
    RequestLimitExceeded_GlobalRegionUinLimitExceeded = "RequestLimitExceeded.GlobalRegionUinLimitExceeded"
    RequestLimitExceeded_IPLimitExceeded = "RequestLimitExceeded.IPLimitExceeded"
    RequestLimitExceeded_SendSms = "RequestLimitExceeded.SendSms"
    RequestLimitExceeded_UinLimitExceeded = "RequestLimitExceeded.UinLimitExceeded"
    RequestSizeLimitExceeded = "RequestSizeLimitExceeded"
    ResourceInUse = "ResourceInUse"
    ResourceInUse_MultiSpace = "ResourceInUse.MultiSpace"
    ResourceInsufficient = "ResourceInsufficient"
    ResourceNotFound = "ResourceNotFound"
    ResourceNotFound_Library = "ResourceNotFound.Library"
    ResourceNotFound_OfficialInstance = "ResourceNotFound.OfficialInstance"
    ResourceNotFound_PrepaidInstance = "ResourceNotFound.PrepaidInstance"
    ResourceUnavailable = "ResourceUnavailable"
    ResponseSizeLimitExceeded = "ResponseSizeLimitExceeded"
    ServiceUnavailable = "ServiceUnavailable"
    UnauthorizedOperation = "UnauthorizedOperation"
    UnauthorizedOperation_FinanceTradeNotAuthorized = "UnauthorizedOperation.FinanceTradeNotAuthorized"
    UnauthorizedOperation_InvalidOperateUin = "UnauthorizedOperation.InvalidOperateUin"
    UnauthorizedOperation_PassRole = "UnauthorizedOperation.PassRole"
    UnauthorizedOperation_PostpaidFail = "UnauthorizedOperation.PostpaidFail"
    UnauthorizedOperation_ServiceLinkedRole = "UnauthorizedOperation.ServiceLinkedRole"
    UnauthorizedOperation_SmsCode = "UnauthorizedOperation.SmsCode"
    UnauthorizedOperation_SmsCodeExceeded = "UnauthorizedOperation.SmsCodeExceeded"
    UnknownParameter = "UnknownParameter"
    UnsupportedOperation = "UnsupportedOperation"
    UnsupportedOperation_BalanceLess = "UnsupportedOperation.BalanceLess"
    UnsupportedOperation_Purpose = "UnsupportedOperation.Purpose"
    UnsupportedProtocol = "UnsupportedProtocol"
    UnsupportedRegion = "UnsupportedRegion"
    # END GENERATED: error codes

    @property
    def kind(self) -> str: ...
    @property
    def retryable(self) -> bool: ...
    @property
    def category(self) -> str: ...
    @property
    def doc_url(self) -> Optional[str]: ...
    @property
    def parent(self) -> Optional[ErrorCode]: ...
