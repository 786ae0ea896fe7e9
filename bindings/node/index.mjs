// The ES module entry of `smh-errors`: the CommonJS module's exports, by
// name. One instance serves both (`instanceof` holds across them). The
// block between `BEGIN GENERATED` and `END GENERATED` (one error class per
// registry category) is written by `smh-errors generate`.
import smh from './index.js'

export default smh
export const {
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
} = smh

// BEGIN GENERATED: categories
export const {
  ActionOfflineError,
  AuthFailureError,
  DryRunOperationError,
  FailedOperationError,
  InternalErrorError,
  InvalidActionError,
  InvalidParameterError,
  InvalidParameterValueError,
  InvalidRequestError,
  IpInBlacklistError,
  IpNotInWhitelistError,
  LimitExceededError,
  MissingParameterError,
  NoSuchProductError,
  NoSuchVersionError,
  OperationDeniedError,
  RequestLimitExceededError,
  RequestSizeLimitExceededError,
  ResourceInUseError,
  ResourceInsufficientError,
  ResourceNotFoundError,
  ResourceUnavailableError,
  ResponseSizeLimitExceededError,
  ServiceUnavailableError,
  UnauthorizedOperationError,
  UnknownParameterError,
  UnsupportedOperationError,
  UnsupportedProtocolError,
  UnsupportedRegionError,
} = smh
// END GENERATED: categories
