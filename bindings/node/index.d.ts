// Types of the `smh-errors` package (CommonJS `require` and ESM `import` alike).
// The blocks between `BEGIN GENERATED` and `END GENERATED` come from the
// registry (catalog/codes.toml) and the shared vocabulary: `smh-errors
// generate` (`make generate`) writes them, and the Rust suite fails when one
// is stale. Needs TypeScript's ES2020 library or later (Intl.Locale).

// BEGIN GENERATED: codes
/** Every SMH error code of the registry (`catalog/codes.toml`). */
export type Code =
  | "ActionOffline"
  | "AuthFailure.InvalidAuthorization"
  | "AuthFailure.InvalidSecretId"
  | "AuthFailure.MFAFailure"
  | "AuthFailure.SecretIdNotFound"
  | "AuthFailure.SignatureExpire"
  | "AuthFailure.SignatureFailure"
  | "AuthFailure.TokenFailure"
  | "AuthFailure.UnauthorizedOperation"
  | "DryRunOperation"
  | "FailedOperation"
  | "InternalError"
  | "InternalError.BalanceLess"
  | "InternalError.BillingRequestFail"
  | "InternalError.ModifyResourceStatusFail"
  | "InternalError.PostpaidFail"
  | "InternalError.SendSms"
  | "InvalidAction"
  | "InvalidParameter"
  | "InvalidParameter.OneOfAccountNameAndAccountPasswordIsEmpty"
  | "InvalidParameter.OneOfCountryCodeAndPhoneNumberIsEmpty"
  | "InvalidParameter.TagsRequired"
  | "InvalidParameterValue"
  | "InvalidParameterValue.AccountNameTooLong"
  | "InvalidParameterValue.AccountPassword"
  | "InvalidParameterValue.AccountUserIdTooLong"
  | "InvalidParameterValue.AdvancedSearchOption"
  | "InvalidParameterValue.BucketNameInvalid"
  | "InvalidParameterValue.BucketNameNotBelongYou"
  | "InvalidParameterValue.BucketNotFound"
  | "InvalidParameterValue.BucketNotSupport"
  | "InvalidParameterValue.BucketRegionInvalid"
  | "InvalidParameterValue.CosStorageClass"
  | "InvalidParameterValue.CosStorageClassIntelligentTiering"
  | "InvalidParameterValue.CountryCode"
  | "InvalidParameterValue.CountryCodeTooLong"
  | "InvalidParameterValue.DestroyTime"
  | "InvalidParameterValue.DuplicateAccountName"
  | "InvalidParameterValue.DuplicateAccountUserId"
  | "InvalidParameterValue.DuplicateEmail"
  | "InvalidParameterValue.DuplicateUserPhoneNumber"
  | "InvalidParameterValue.EmailTooLong"
  | "InvalidParameterValue.Filter"
  | "InvalidParameterValue.InvalidAccountName"
  | "InvalidParameterValue.InvalidAccountUserId"
  | "InvalidParameterValue.InvalidCountryCode"
  | "InvalidParameterValue.InvalidEmail"
  | "InvalidParameterValue.InvalidPhoneNumber"
  | "InvalidParameterValue.IsolateTime"
  | "InvalidParameterValue.LibraryQuotaRequired"
  | "InvalidParameterValue.LibraryQuotaRequiresMultiSpace"
  | "InvalidParameterValue.LimitExceeded"
  | "InvalidParameterValue.NotModified"
  | "InvalidParameterValue.NotSuperAdmin"
  | "InvalidParameterValue.PhoneNumber"
  | "InvalidParameterValue.PhoneNumberTooLong"
  | "InvalidParameterValue.RoleNotSupport"
  | "InvalidParameterValue.TooManyFilters"
  | "InvalidRequest"
  | "IpInBlacklist"
  | "IpNotInWhitelist"
  | "LimitExceeded"
  | "LimitExceeded.UserLimit"
  | "MissingParameter"
  | "NoSuchProduct"
  | "NoSuchVersion"
  | "OperationDenied.PartnerAccountNotSupported"
  | "RequestLimitExceeded"
  | "RequestLimitExceeded.GlobalRegionUinLimitExceeded"
  | "RequestLimitExceeded.IPLimitExceeded"
  | "RequestLimitExceeded.SendSms"
  | "RequestLimitExceeded.UinLimitExceeded"
  | "RequestSizeLimitExceeded"
  | "ResourceInUse"
  | "ResourceInUse.MultiSpace"
  | "ResourceInsufficient"
  | "ResourceNotFound"
  | "ResourceNotFound.Library"
  | "ResourceNotFound.OfficialInstance"
  | "ResourceNotFound.PrepaidInstance"
  | "ResourceNotFound.User"
  | "ResourceUnavailable"
  | "ResponseSizeLimitExceeded"
  | "ServiceUnavailable"
  | "UnauthorizedOperation"
  | "UnauthorizedOperation.CreateMediaBucket"
  | "UnauthorizedOperation.FinanceTradeNotAuthorized"
  | "UnauthorizedOperation.InvalidOperateUin"
  | "UnauthorizedOperation.PassRole"
  | "UnauthorizedOperation.PostpaidFail"
  | "UnauthorizedOperation.ServiceLinkedRole"
  | "UnauthorizedOperation.SmsCode"
  | "UnauthorizedOperation.SmsCodeExceeded"
  | "UnknownParameter"
  | "UnsupportedOperation"
  | "UnsupportedOperation.BalanceLess"
  | "UnsupportedOperation.Purpose"
  | "UnsupportedProtocol"
  | "UnsupportedRegion";

/**
 * Every registered code by name (the code with `.` as `_`):
 * `ErrorCode.AuthFailure_SignatureFailure === "AuthFailure.SignatureFailure"`.
 */
export declare const ErrorCode: {
  /** `ActionOffline` (common, not retryable). */
  readonly ActionOffline: "ActionOffline";
  /** `AuthFailure.InvalidAuthorization` (common, not retryable). */
  readonly AuthFailure_InvalidAuthorization: "AuthFailure.InvalidAuthorization";
  /** `AuthFailure.InvalidSecretId` (common, not retryable). */
  readonly AuthFailure_InvalidSecretId: "AuthFailure.InvalidSecretId";
  /** `AuthFailure.MFAFailure` (common, not retryable). */
  readonly AuthFailure_MFAFailure: "AuthFailure.MFAFailure";
  /** `AuthFailure.SecretIdNotFound` (common, not retryable). */
  readonly AuthFailure_SecretIdNotFound: "AuthFailure.SecretIdNotFound";
  /** `AuthFailure.SignatureExpire` (common, not retryable). */
  readonly AuthFailure_SignatureExpire: "AuthFailure.SignatureExpire";
  /** `AuthFailure.SignatureFailure` (common, not retryable). */
  readonly AuthFailure_SignatureFailure: "AuthFailure.SignatureFailure";
  /** `AuthFailure.TokenFailure` (common, not retryable). */
  readonly AuthFailure_TokenFailure: "AuthFailure.TokenFailure";
  /** `AuthFailure.UnauthorizedOperation` (common, not retryable). */
  readonly AuthFailure_UnauthorizedOperation: "AuthFailure.UnauthorizedOperation";
  /** `DryRunOperation` (common, not retryable). */
  readonly DryRunOperation: "DryRunOperation";
  /** `FailedOperation` (common, not retryable). */
  readonly FailedOperation: "FailedOperation";
  /** `InternalError` (common, retryable). */
  readonly InternalError: "InternalError";
  /** `InternalError.BalanceLess` (business, not retryable). */
  readonly InternalError_BalanceLess: "InternalError.BalanceLess";
  /** `InternalError.BillingRequestFail` (business, not retryable). */
  readonly InternalError_BillingRequestFail: "InternalError.BillingRequestFail";
  /** `InternalError.ModifyResourceStatusFail` (business, not retryable). */
  readonly InternalError_ModifyResourceStatusFail: "InternalError.ModifyResourceStatusFail";
  /** `InternalError.PostpaidFail` (business, not retryable). */
  readonly InternalError_PostpaidFail: "InternalError.PostpaidFail";
  /** `InternalError.SendSms` (business, not retryable). */
  readonly InternalError_SendSms: "InternalError.SendSms";
  /** `InvalidAction` (common, not retryable). */
  readonly InvalidAction: "InvalidAction";
  /** `InvalidParameter` (common, not retryable). */
  readonly InvalidParameter: "InvalidParameter";
  /** `InvalidParameter.OneOfAccountNameAndAccountPasswordIsEmpty` (business, not retryable). */
  readonly InvalidParameter_OneOfAccountNameAndAccountPasswordIsEmpty: "InvalidParameter.OneOfAccountNameAndAccountPasswordIsEmpty";
  /** `InvalidParameter.OneOfCountryCodeAndPhoneNumberIsEmpty` (business, not retryable). */
  readonly InvalidParameter_OneOfCountryCodeAndPhoneNumberIsEmpty: "InvalidParameter.OneOfCountryCodeAndPhoneNumberIsEmpty";
  /** `InvalidParameter.TagsRequired` (business, not retryable). */
  readonly InvalidParameter_TagsRequired: "InvalidParameter.TagsRequired";
  /** `InvalidParameterValue` (common, not retryable). */
  readonly InvalidParameterValue: "InvalidParameterValue";
  /** `InvalidParameterValue.AccountNameTooLong` (business, not retryable). */
  readonly InvalidParameterValue_AccountNameTooLong: "InvalidParameterValue.AccountNameTooLong";
  /** `InvalidParameterValue.AccountPassword` (business, not retryable). */
  readonly InvalidParameterValue_AccountPassword: "InvalidParameterValue.AccountPassword";
  /** `InvalidParameterValue.AccountUserIdTooLong` (business, not retryable). */
  readonly InvalidParameterValue_AccountUserIdTooLong: "InvalidParameterValue.AccountUserIdTooLong";
  /** `InvalidParameterValue.AdvancedSearchOption` (business, not retryable). */
  readonly InvalidParameterValue_AdvancedSearchOption: "InvalidParameterValue.AdvancedSearchOption";
  /** `InvalidParameterValue.BucketNameInvalid` (business, not retryable). */
  readonly InvalidParameterValue_BucketNameInvalid: "InvalidParameterValue.BucketNameInvalid";
  /** `InvalidParameterValue.BucketNameNotBelongYou` (business, not retryable). */
  readonly InvalidParameterValue_BucketNameNotBelongYou: "InvalidParameterValue.BucketNameNotBelongYou";
  /** `InvalidParameterValue.BucketNotFound` (business, not retryable). */
  readonly InvalidParameterValue_BucketNotFound: "InvalidParameterValue.BucketNotFound";
  /** `InvalidParameterValue.BucketNotSupport` (business, not retryable). */
  readonly InvalidParameterValue_BucketNotSupport: "InvalidParameterValue.BucketNotSupport";
  /** `InvalidParameterValue.BucketRegionInvalid` (business, not retryable). */
  readonly InvalidParameterValue_BucketRegionInvalid: "InvalidParameterValue.BucketRegionInvalid";
  /** `InvalidParameterValue.CosStorageClass` (business, not retryable). */
  readonly InvalidParameterValue_CosStorageClass: "InvalidParameterValue.CosStorageClass";
  /** `InvalidParameterValue.CosStorageClassIntelligentTiering` (business, not retryable). */
  readonly InvalidParameterValue_CosStorageClassIntelligentTiering: "InvalidParameterValue.CosStorageClassIntelligentTiering";
  /** `InvalidParameterValue.CountryCode` (business, not retryable). */
  readonly InvalidParameterValue_CountryCode: "InvalidParameterValue.CountryCode";
  /** `InvalidParameterValue.CountryCodeTooLong` (business, not retryable). */
  readonly InvalidParameterValue_CountryCodeTooLong: "InvalidParameterValue.CountryCodeTooLong";
  /** `InvalidParameterValue.DestroyTime` (business, not retryable). */
  readonly InvalidParameterValue_DestroyTime: "InvalidParameterValue.DestroyTime";
  /** `InvalidParameterValue.DuplicateAccountName` (business, not retryable). */
  readonly InvalidParameterValue_DuplicateAccountName: "InvalidParameterValue.DuplicateAccountName";
  /** `InvalidParameterValue.DuplicateAccountUserId` (business, not retryable). */
  readonly InvalidParameterValue_DuplicateAccountUserId: "InvalidParameterValue.DuplicateAccountUserId";
  /** `InvalidParameterValue.DuplicateEmail` (business, not retryable). */
  readonly InvalidParameterValue_DuplicateEmail: "InvalidParameterValue.DuplicateEmail";
  /** `InvalidParameterValue.DuplicateUserPhoneNumber` (business, not retryable). */
  readonly InvalidParameterValue_DuplicateUserPhoneNumber: "InvalidParameterValue.DuplicateUserPhoneNumber";
  /** `InvalidParameterValue.EmailTooLong` (business, not retryable). */
  readonly InvalidParameterValue_EmailTooLong: "InvalidParameterValue.EmailTooLong";
  /** `InvalidParameterValue.Filter` (business, not retryable). */
  readonly InvalidParameterValue_Filter: "InvalidParameterValue.Filter";
  /** `InvalidParameterValue.InvalidAccountName` (business, not retryable). */
  readonly InvalidParameterValue_InvalidAccountName: "InvalidParameterValue.InvalidAccountName";
  /** `InvalidParameterValue.InvalidAccountUserId` (business, not retryable). */
  readonly InvalidParameterValue_InvalidAccountUserId: "InvalidParameterValue.InvalidAccountUserId";
  /** `InvalidParameterValue.InvalidCountryCode` (business, not retryable). */
  readonly InvalidParameterValue_InvalidCountryCode: "InvalidParameterValue.InvalidCountryCode";
  /** `InvalidParameterValue.InvalidEmail` (business, not retryable). */
  readonly InvalidParameterValue_InvalidEmail: "InvalidParameterValue.InvalidEmail";
  /** `InvalidParameterValue.InvalidPhoneNumber` (business, not retryable). */
  readonly InvalidParameterValue_InvalidPhoneNumber: "InvalidParameterValue.InvalidPhoneNumber";
  /** `InvalidParameterValue.IsolateTime` (business, not retryable). */
  readonly InvalidParameterValue_IsolateTime: "InvalidParameterValue.IsolateTime";
  /** `InvalidParameterValue.LibraryQuotaRequired` (business, not retryable). */
  readonly InvalidParameterValue_LibraryQuotaRequired: "InvalidParameterValue.LibraryQuotaRequired";
  /** `InvalidParameterValue.LibraryQuotaRequiresMultiSpace` (business, not retryable). */
  readonly InvalidParameterValue_LibraryQuotaRequiresMultiSpace: "InvalidParameterValue.LibraryQuotaRequiresMultiSpace";
  /** `InvalidParameterValue.LimitExceeded` (business, not retryable). */
  readonly InvalidParameterValue_LimitExceeded: "InvalidParameterValue.LimitExceeded";
  /** `InvalidParameterValue.NotModified` (business, not retryable). */
  readonly InvalidParameterValue_NotModified: "InvalidParameterValue.NotModified";
  /** `InvalidParameterValue.NotSuperAdmin` (business, not retryable). */
  readonly InvalidParameterValue_NotSuperAdmin: "InvalidParameterValue.NotSuperAdmin";
  /** `InvalidParameterValue.PhoneNumber` (business, not retryable). */
  readonly InvalidParameterValue_PhoneNumber: "InvalidParameterValue.PhoneNumber";
  /** `InvalidParameterValue.PhoneNumberTooLong` (business, not retryable). */
  readonly InvalidParameterValue_PhoneNumberTooLong: "InvalidParameterValue.PhoneNumberTooLong";
  /** `InvalidParameterValue.RoleNotSupport` (business, not retryable). */
  readonly InvalidParameterValue_RoleNotSupport: "InvalidParameterValue.RoleNotSupport";
  /** `InvalidParameterValue.TooManyFilters` (business, not retryable). */
  readonly InvalidParameterValue_TooManyFilters: "InvalidParameterValue.TooManyFilters";
  /** `InvalidRequest` (common, not retryable). */
  readonly InvalidRequest: "InvalidRequest";
  /** `IpInBlacklist` (common, not retryable). */
  readonly IpInBlacklist: "IpInBlacklist";
  /** `IpNotInWhitelist` (common, not retryable). */
  readonly IpNotInWhitelist: "IpNotInWhitelist";
  /** `LimitExceeded` (common, not retryable). */
  readonly LimitExceeded: "LimitExceeded";
  /** `LimitExceeded.UserLimit` (business, not retryable). */
  readonly LimitExceeded_UserLimit: "LimitExceeded.UserLimit";
  /** `MissingParameter` (common, not retryable). */
  readonly MissingParameter: "MissingParameter";
  /** `NoSuchProduct` (common, not retryable). */
  readonly NoSuchProduct: "NoSuchProduct";
  /** `NoSuchVersion` (common, not retryable). */
  readonly NoSuchVersion: "NoSuchVersion";
  /** `OperationDenied.PartnerAccountNotSupported` (business, not retryable). */
  readonly OperationDenied_PartnerAccountNotSupported: "OperationDenied.PartnerAccountNotSupported";
  /** `RequestLimitExceeded` (common, retryable). */
  readonly RequestLimitExceeded: "RequestLimitExceeded";
  /** `RequestLimitExceeded.GlobalRegionUinLimitExceeded` (common, retryable). */
  readonly RequestLimitExceeded_GlobalRegionUinLimitExceeded: "RequestLimitExceeded.GlobalRegionUinLimitExceeded";
  /** `RequestLimitExceeded.IPLimitExceeded` (common, retryable). */
  readonly RequestLimitExceeded_IPLimitExceeded: "RequestLimitExceeded.IPLimitExceeded";
  /** `RequestLimitExceeded.SendSms` (business, not retryable). */
  readonly RequestLimitExceeded_SendSms: "RequestLimitExceeded.SendSms";
  /** `RequestLimitExceeded.UinLimitExceeded` (common, retryable). */
  readonly RequestLimitExceeded_UinLimitExceeded: "RequestLimitExceeded.UinLimitExceeded";
  /** `RequestSizeLimitExceeded` (common, not retryable). */
  readonly RequestSizeLimitExceeded: "RequestSizeLimitExceeded";
  /** `ResourceInUse` (common, not retryable). */
  readonly ResourceInUse: "ResourceInUse";
  /** `ResourceInUse.MultiSpace` (business, not retryable). */
  readonly ResourceInUse_MultiSpace: "ResourceInUse.MultiSpace";
  /** `ResourceInsufficient` (common, not retryable). */
  readonly ResourceInsufficient: "ResourceInsufficient";
  /** `ResourceNotFound` (common, not retryable). */
  readonly ResourceNotFound: "ResourceNotFound";
  /** `ResourceNotFound.Library` (business, not retryable). */
  readonly ResourceNotFound_Library: "ResourceNotFound.Library";
  /** `ResourceNotFound.OfficialInstance` (business, not retryable). */
  readonly ResourceNotFound_OfficialInstance: "ResourceNotFound.OfficialInstance";
  /** `ResourceNotFound.PrepaidInstance` (business, not retryable). */
  readonly ResourceNotFound_PrepaidInstance: "ResourceNotFound.PrepaidInstance";
  /** `ResourceNotFound.User` (business, not retryable). */
  readonly ResourceNotFound_User: "ResourceNotFound.User";
  /** `ResourceUnavailable` (common, not retryable). */
  readonly ResourceUnavailable: "ResourceUnavailable";
  /** `ResponseSizeLimitExceeded` (common, not retryable). */
  readonly ResponseSizeLimitExceeded: "ResponseSizeLimitExceeded";
  /** `ServiceUnavailable` (common, retryable). */
  readonly ServiceUnavailable: "ServiceUnavailable";
  /** `UnauthorizedOperation` (common, not retryable). */
  readonly UnauthorizedOperation: "UnauthorizedOperation";
  /** `UnauthorizedOperation.CreateMediaBucket` (business, not retryable). */
  readonly UnauthorizedOperation_CreateMediaBucket: "UnauthorizedOperation.CreateMediaBucket";
  /** `UnauthorizedOperation.FinanceTradeNotAuthorized` (business, not retryable). */
  readonly UnauthorizedOperation_FinanceTradeNotAuthorized: "UnauthorizedOperation.FinanceTradeNotAuthorized";
  /** `UnauthorizedOperation.InvalidOperateUin` (business, not retryable). */
  readonly UnauthorizedOperation_InvalidOperateUin: "UnauthorizedOperation.InvalidOperateUin";
  /** `UnauthorizedOperation.PassRole` (business, not retryable). */
  readonly UnauthorizedOperation_PassRole: "UnauthorizedOperation.PassRole";
  /** `UnauthorizedOperation.PostpaidFail` (business, not retryable). */
  readonly UnauthorizedOperation_PostpaidFail: "UnauthorizedOperation.PostpaidFail";
  /** `UnauthorizedOperation.ServiceLinkedRole` (business, not retryable). */
  readonly UnauthorizedOperation_ServiceLinkedRole: "UnauthorizedOperation.ServiceLinkedRole";
  /** `UnauthorizedOperation.SmsCode` (business, not retryable). */
  readonly UnauthorizedOperation_SmsCode: "UnauthorizedOperation.SmsCode";
  /** `UnauthorizedOperation.SmsCodeExceeded` (business, not retryable). */
  readonly UnauthorizedOperation_SmsCodeExceeded: "UnauthorizedOperation.SmsCodeExceeded";
  /** `UnknownParameter` (common, not retryable). */
  readonly UnknownParameter: "UnknownParameter";
  /** `UnsupportedOperation` (common, not retryable). */
  readonly UnsupportedOperation: "UnsupportedOperation";
  /** `UnsupportedOperation.BalanceLess` (business, not retryable). */
  readonly UnsupportedOperation_BalanceLess: "UnsupportedOperation.BalanceLess";
  /** `UnsupportedOperation.Purpose` (business, not retryable). */
  readonly UnsupportedOperation_Purpose: "UnsupportedOperation.Purpose";
  /** `UnsupportedProtocol` (common, not retryable). */
  readonly UnsupportedProtocol: "UnsupportedProtocol";
  /** `UnsupportedRegion` (common, not retryable). */
  readonly UnsupportedRegion: "UnsupportedRegion";
};

/** The registry's top-level categories: one error class each. */
export type Category =
  | "ActionOffline"
  | "AuthFailure"
  | "DryRunOperation"
  | "FailedOperation"
  | "InternalError"
  | "InvalidAction"
  | "InvalidParameter"
  | "InvalidParameterValue"
  | "InvalidRequest"
  | "IpInBlacklist"
  | "IpNotInWhitelist"
  | "LimitExceeded"
  | "MissingParameter"
  | "NoSuchProduct"
  | "NoSuchVersion"
  | "OperationDenied"
  | "RequestLimitExceeded"
  | "RequestSizeLimitExceeded"
  | "ResourceInUse"
  | "ResourceInsufficient"
  | "ResourceNotFound"
  | "ResourceUnavailable"
  | "ResponseSizeLimitExceeded"
  | "ServiceUnavailable"
  | "UnauthorizedOperation"
  | "UnknownParameter"
  | "UnsupportedOperation"
  | "UnsupportedProtocol"
  | "UnsupportedRegion";
// END GENERATED: codes

/** A code as callers pass it: a registered `Code` (offered by editors) or any string. */
export type CodeLike = Code | (string & {});

/**
 * A locale: a BCP 47 tag (`zh-Hans-CN`), a POSIX name (`zh_CN.UTF-8`), an
 * `Accept-Language` value (`fr-CH, zh;q=0.8`) or an `Intl.Locale`. `null` or
 * leaving it out means the environment's (`SMH_ERRORS_LOCALE`, `LC_ALL`,
 * `LC_MESSAGES`, `LANG`), then en-US. Garbage gives en-US, never an error.
 */
export type LocaleLike = string | Intl.Locale | null | undefined;

/** A response body: the bytes, the text, or what `JSON.parse` made of it. */
export type Body = Uint8Array | ArrayBuffer | ArrayBufferView | string | object;

/** The package's version: the one version of every smh-errors package. */
export declare const version: string;

// BEGIN GENERATED: types
/** How a code was answered: its own message, its nearest registered parent's, or the generic one. */
export type Resolution = "exact" | "parent" | "generic";

/** A code's kind: `common` to every Tencent Cloud API, or `business` (SMH's own). */
export type Kind = "common" | "business";

/** Whether a current official source still lists a code (`retired`: only older SDK releases did). */
export type Status = "current" | "retired";

/** The answer to "what does this code mean, in this locale?": the same fields in every binding. Frozen. */
export declare class Entry {
  private constructor();
  /** The code as asked (`InvalidParameterValue.Foo`). */
  readonly code: string;
  /** The registry code whose message answered (`InvalidParameterValue`); null when generic. */
  readonly matched: Code | null;
  /** `exact`, `parent` or `generic`. */
  readonly resolution: Resolution;
  /** The catalog locale that answered (`zh-CN`). */
  readonly locale: string;
  /** The localized text. */
  readonly message: string;
  /** `common` or `business` (of `matched`); null when generic. */
  readonly kind: Kind | null;
  /** Whether a client may retry with backoff (`matched`'s policy; false when generic). */
  readonly retryable: boolean;
  /** `current` or `retired` (no current official source lists it) of `matched`; null when generic. */
  readonly status: Status | null;
  /** The answering message's documentation link, or null. */
  readonly docUrl: string | null;
}

/** The server message's localized detail: the known pattern it matched, said in a locale. Frozen. */
export interface Detail {
  /** The pattern's id (`detail-parameter-format-invalid`). */
  readonly id: string;
  /** The localized text, the server's words in it escaped. */
  readonly message: string;
  /** The catalog locale that answered (`zh-CN`). */
  readonly locale: string;
}
// END GENERATED: types

/**
 * The localized message of `code` in `locale`. Never fails for a string
 * code: an unknown code gets its parent's message or the generic one.
 * Throws TypeError for a code that is not a string.
 */
export declare function message(code: CodeLike, locale?: LocaleLike): string;

/** The full answer for `code` in `locale`. */
export declare function lookup(code: CodeLike, locale?: LocaleLike): Entry;

/**
 * The catalog locale that `locale` resolves to (`zh-CN` for `zh_CN.UTF-8`,
 * `en-US` for `C` or garbage); with no locale, the environment's.
 */
export declare function negotiate(locale?: LocaleLike): string;

/**
 * The catalog locale used when no locale is given: the environment's
 * (`SMH_ERRORS_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), else en-US.
 */
export declare function defaultLocale(): string;

/** Every code of the registry, in registry order. */
export declare function codes(): readonly Code[];

/** The registry's top-level categories: one error class each. */
export declare function categories(): readonly Category[];

/**
 * Reads an SMH API response body. Returns the API's error (an instance of
 * its category's class), or null for a success. Throws ResponseParseError
 * for a body that is not an SMH API response, TypeError for a body of
 * another type.
 */
export declare function parseResponse(body: Body): SmhError | null;

/** Throws the response's SmhError if it is an error; returns for a success. */
export declare function checkResponse(body: Body): void;

/**
 * The SmhError of an error carrying `code`, `message` and `requestId`, such
 * as tencentcloud-sdk-nodejs's TencentCloudSDKHttpException (its `cause` is
 * `err`); null for anything else. The SDK is not imported.
 */
export declare function fromError(err: unknown): SmhError | null;

// BEGIN GENERATED: parse-error-kinds
/** A parse error's kind, the same names in every binding (`catalog/parse-errors.toml`). */
export type ParseErrorKind =
  /** The body is over the size limit (1 MiB). */
  | "too_large"
  /** The body is not UTF-8. */
  | "invalid_utf8"
  /** The JSON nests deeper than 32 levels. */
  | "too_deep"
  /** The body is not JSON. */
  | "syntax"
  /** The body is JSON, but not an object. */
  | "not_an_object"
  /** The object is neither the API 3.0 envelope nor the legacy form. */
  | "unknown_shape"
  /** A field has the wrong JSON type. */
  | "wrong_type"
  /** A required field is absent or empty. */
  | "missing_field";
// END GENERATED: parse-error-kinds

/** A body that is not an SMH API response; `kind` says what was wrong. */
export declare class ResponseParseError extends Error {
  private constructor();
  readonly kind: ParseErrorKind;
}

/** One problem of an overlay catalog, as `smh-errors check` reports it. */
export interface Diagnostic {
  readonly path: string;
  readonly line: number;
  readonly col: number;
  readonly severity: "error" | "warning";
  readonly rule: string;
  readonly message: string;
}

/** An overlay catalog that could not be opened: `message` is the full report. */
export declare class CatalogError extends Error {
  private constructor();
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * An error the SMH API returned. `message` is `Code: server message
 * (RequestId: id)`, escaped, for logs; `serverMessage` is the server's own
 * text; `localized(locale)` is the catalog's message for a person.
 * `new SmhError(code, ...)` gives an instance of the code's category class.
 */
export declare class SmhError extends Error {
  constructor(code: CodeLike, serverMessage?: string | null, requestId?: string | null, options?: { cause?: unknown });
  /** The category this class catches; null for SmhError itself. */
  static readonly category: Category | null;
  /** The code's top-level category, or null for a code of no registered category. */
  readonly category: Category | null;
  /** The code as the server sent it. */
  readonly code: string;
  /** The server's own message, or null. */
  readonly serverMessage: string | null;
  /** The request id, or null. */
  readonly requestId: string | null;
  /** Whether the request may be sent again after a backoff. */
  readonly retryable: boolean;
  /** The catalog's message for this error in `locale`. */
  localized(locale?: LocaleLike): string;
  /** The catalog's full answer for this error's code. */
  lookup(locale?: LocaleLike): Entry;
  /** The server message's localized detail in `locale`, or null when it matches no known pattern. */
  detail(locale?: LocaleLike): Detail | null;
  /**
   * What a person should read about this error in `locale`, as `smh-errors
   * parse` prints it: the catalog's answer, then `detail:`, `server:` and
   * `request id:` lines, the server's text escaped.
   */
  explain(locale?: LocaleLike): string;
}

// BEGIN GENERATED: categories
/** Any SMH error whose code is `ActionOffline` or `ActionOffline.*`. */
export declare class ActionOfflineError extends SmhError {
  static readonly category: "ActionOffline";
  readonly category: "ActionOffline";
}
/** Any SMH error whose code is `AuthFailure` or `AuthFailure.*`. */
export declare class AuthFailureError extends SmhError {
  static readonly category: "AuthFailure";
  readonly category: "AuthFailure";
}
/** Any SMH error whose code is `DryRunOperation` or `DryRunOperation.*`. */
export declare class DryRunOperationError extends SmhError {
  static readonly category: "DryRunOperation";
  readonly category: "DryRunOperation";
}
/** Any SMH error whose code is `FailedOperation` or `FailedOperation.*`. */
export declare class FailedOperationError extends SmhError {
  static readonly category: "FailedOperation";
  readonly category: "FailedOperation";
}
/** Any SMH error whose code is `InternalError` or `InternalError.*`. */
export declare class InternalErrorError extends SmhError {
  static readonly category: "InternalError";
  readonly category: "InternalError";
}
/** Any SMH error whose code is `InvalidAction` or `InvalidAction.*`. */
export declare class InvalidActionError extends SmhError {
  static readonly category: "InvalidAction";
  readonly category: "InvalidAction";
}
/** Any SMH error whose code is `InvalidParameter` or `InvalidParameter.*`. */
export declare class InvalidParameterError extends SmhError {
  static readonly category: "InvalidParameter";
  readonly category: "InvalidParameter";
}
/** Any SMH error whose code is `InvalidParameterValue` or `InvalidParameterValue.*`. */
export declare class InvalidParameterValueError extends SmhError {
  static readonly category: "InvalidParameterValue";
  readonly category: "InvalidParameterValue";
}
/** Any SMH error whose code is `InvalidRequest` or `InvalidRequest.*`. */
export declare class InvalidRequestError extends SmhError {
  static readonly category: "InvalidRequest";
  readonly category: "InvalidRequest";
}
/** Any SMH error whose code is `IpInBlacklist` or `IpInBlacklist.*`. */
export declare class IpInBlacklistError extends SmhError {
  static readonly category: "IpInBlacklist";
  readonly category: "IpInBlacklist";
}
/** Any SMH error whose code is `IpNotInWhitelist` or `IpNotInWhitelist.*`. */
export declare class IpNotInWhitelistError extends SmhError {
  static readonly category: "IpNotInWhitelist";
  readonly category: "IpNotInWhitelist";
}
/** Any SMH error whose code is `LimitExceeded` or `LimitExceeded.*`. */
export declare class LimitExceededError extends SmhError {
  static readonly category: "LimitExceeded";
  readonly category: "LimitExceeded";
}
/** Any SMH error whose code is `MissingParameter` or `MissingParameter.*`. */
export declare class MissingParameterError extends SmhError {
  static readonly category: "MissingParameter";
  readonly category: "MissingParameter";
}
/** Any SMH error whose code is `NoSuchProduct` or `NoSuchProduct.*`. */
export declare class NoSuchProductError extends SmhError {
  static readonly category: "NoSuchProduct";
  readonly category: "NoSuchProduct";
}
/** Any SMH error whose code is `NoSuchVersion` or `NoSuchVersion.*`. */
export declare class NoSuchVersionError extends SmhError {
  static readonly category: "NoSuchVersion";
  readonly category: "NoSuchVersion";
}
/** Any SMH error whose code is `OperationDenied` or `OperationDenied.*`. */
export declare class OperationDeniedError extends SmhError {
  static readonly category: "OperationDenied";
  readonly category: "OperationDenied";
}
/** Any SMH error whose code is `RequestLimitExceeded` or `RequestLimitExceeded.*`. */
export declare class RequestLimitExceededError extends SmhError {
  static readonly category: "RequestLimitExceeded";
  readonly category: "RequestLimitExceeded";
}
/** Any SMH error whose code is `RequestSizeLimitExceeded` or `RequestSizeLimitExceeded.*`. */
export declare class RequestSizeLimitExceededError extends SmhError {
  static readonly category: "RequestSizeLimitExceeded";
  readonly category: "RequestSizeLimitExceeded";
}
/** Any SMH error whose code is `ResourceInUse` or `ResourceInUse.*`. */
export declare class ResourceInUseError extends SmhError {
  static readonly category: "ResourceInUse";
  readonly category: "ResourceInUse";
}
/** Any SMH error whose code is `ResourceInsufficient` or `ResourceInsufficient.*`. */
export declare class ResourceInsufficientError extends SmhError {
  static readonly category: "ResourceInsufficient";
  readonly category: "ResourceInsufficient";
}
/** Any SMH error whose code is `ResourceNotFound` or `ResourceNotFound.*`. */
export declare class ResourceNotFoundError extends SmhError {
  static readonly category: "ResourceNotFound";
  readonly category: "ResourceNotFound";
}
/** Any SMH error whose code is `ResourceUnavailable` or `ResourceUnavailable.*`. */
export declare class ResourceUnavailableError extends SmhError {
  static readonly category: "ResourceUnavailable";
  readonly category: "ResourceUnavailable";
}
/** Any SMH error whose code is `ResponseSizeLimitExceeded` or `ResponseSizeLimitExceeded.*`. */
export declare class ResponseSizeLimitExceededError extends SmhError {
  static readonly category: "ResponseSizeLimitExceeded";
  readonly category: "ResponseSizeLimitExceeded";
}
/** Any SMH error whose code is `ServiceUnavailable` or `ServiceUnavailable.*`. */
export declare class ServiceUnavailableError extends SmhError {
  static readonly category: "ServiceUnavailable";
  readonly category: "ServiceUnavailable";
}
/** Any SMH error whose code is `UnauthorizedOperation` or `UnauthorizedOperation.*`. */
export declare class UnauthorizedOperationError extends SmhError {
  static readonly category: "UnauthorizedOperation";
  readonly category: "UnauthorizedOperation";
}
/** Any SMH error whose code is `UnknownParameter` or `UnknownParameter.*`. */
export declare class UnknownParameterError extends SmhError {
  static readonly category: "UnknownParameter";
  readonly category: "UnknownParameter";
}
/** Any SMH error whose code is `UnsupportedOperation` or `UnsupportedOperation.*`. */
export declare class UnsupportedOperationError extends SmhError {
  static readonly category: "UnsupportedOperation";
  readonly category: "UnsupportedOperation";
}
/** Any SMH error whose code is `UnsupportedProtocol` or `UnsupportedProtocol.*`. */
export declare class UnsupportedProtocolError extends SmhError {
  static readonly category: "UnsupportedProtocol";
  readonly category: "UnsupportedProtocol";
}
/** Any SMH error whose code is `UnsupportedRegion` or `UnsupportedRegion.*`. */
export declare class UnsupportedRegionError extends SmhError {
  static readonly category: "UnsupportedRegion";
  readonly category: "UnsupportedRegion";
}
// END GENERATED: categories

/** A catalog directory: a path, a file: URL, or a path's bytes. */
export type CatalogDir = string | { readonly href: string; readonly protocol: string } | Uint8Array;

/**
 * A catalog: the builtin one, the global one the package's functions use,
 * or one with overlay directories (`<dir>/<locale>/*.ftl`). `close()` frees
 * an opened catalog at once; a closed catalog's methods throw.
 */
export declare class Catalog {
  private constructor();
  /** The builtin catalog with overlay directories, later ones overriding earlier ones. Throws CatalogError. */
  static open(...dirs: CatalogDir[]): Catalog;
  /** The catalog compiled into the library (en-US, zh-CN, en-XA, ar-XB). */
  static builtin(): Catalog;
  /** The catalog the package's functions use (builtin plus SMH_ERRORS_CATALOG_DIR). */
  static global(): Catalog;
  /** Why the overlays of SMH_ERRORS_CATALOG_DIR were not loaded, or null. */
  static globalError(): string | null;
  message(code: CodeLike, locale?: LocaleLike): string;
  lookup(code: CodeLike, locale?: LocaleLike): Entry;
  negotiate(locale?: LocaleLike): string;
  /** Every catalog locale tried for `locale`, best first, ending in en-US. */
  chain(locale?: LocaleLike): string[];
  /** The localized detail of an error's server message, or null. */
  detail(code: CodeLike, serverMessage: string | null | undefined, locale?: LocaleLike): Detail | null;
  /** What a person should read about `error` in `locale`, from this catalog. */
  explain(error: SmhError, locale?: LocaleLike): string;
  /** The catalog's locales: en-US first. */
  locales(): string[];
  /** Whether close() was called. */
  readonly closed: boolean;
  /** Frees an opened catalog now; later calls throw. Closing twice does nothing. */
  close(): void;
}
