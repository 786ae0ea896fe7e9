// Generated from libsmh_errors' registry (catalog/codes.toml) by GeneratedSourcesTest: do not edit.
// Regenerate with `make -C bindings/java generate`.
package invalid.example.smherrors;

/** Makes the exception of an error's category: one class per category of the registry. */
final class Categories {
    private Categories() {}

    /** The exception of {@code f}'s category; a plain {@link SmhException} for a code of none. */
    static SmhException create(SmhException.Fields f, Throwable cause) {
        if (f.category() == null) {
            return new SmhException(f, cause);
        }
        return switch (f.category()) {
            case "ActionOffline" -> new ActionOfflineException(f, cause);
            case "AuthFailure" -> new AuthFailureException(f, cause);
            case "DryRunOperation" -> new DryRunOperationException(f, cause);
            case "FailedOperation" -> new FailedOperationException(f, cause);
            case "InternalError" -> new InternalErrorException(f, cause);
            case "InvalidAction" -> new InvalidActionException(f, cause);
            case "InvalidParameter" -> new InvalidParameterException(f, cause);
            case "InvalidParameterValue" -> new InvalidParameterValueException(f, cause);
            case "InvalidRequest" -> new InvalidRequestException(f, cause);
            case "IpInBlacklist" -> new IpInBlacklistException(f, cause);
            case "IpNotInWhitelist" -> new IpNotInWhitelistException(f, cause);
            case "LimitExceeded" -> new LimitExceededException(f, cause);
            case "MissingParameter" -> new MissingParameterException(f, cause);
            case "NoSuchProduct" -> new NoSuchProductException(f, cause);
            case "NoSuchVersion" -> new NoSuchVersionException(f, cause);
            case "OperationDenied" -> new OperationDeniedException(f, cause);
            case "RequestLimitExceeded" -> new RequestLimitExceededException(f, cause);
            case "RequestSizeLimitExceeded" -> new RequestSizeLimitExceededException(f, cause);
            case "ResourceInUse" -> new ResourceInUseException(f, cause);
            case "ResourceInsufficient" -> new ResourceInsufficientException(f, cause);
            case "ResourceNotFound" -> new ResourceNotFoundException(f, cause);
            case "ResourceUnavailable" -> new ResourceUnavailableException(f, cause);
            case "ResponseSizeLimitExceeded" -> new ResponseSizeLimitExceededException(f, cause);
            case "ServiceUnavailable" -> new ServiceUnavailableException(f, cause);
            case "UnauthorizedOperation" -> new UnauthorizedOperationException(f, cause);
            case "UnknownParameter" -> new UnknownParameterException(f, cause);
            case "UnsupportedOperation" -> new UnsupportedOperationException(f, cause);
            case "UnsupportedProtocol" -> new UnsupportedProtocolException(f, cause);
            case "UnsupportedRegion" -> new UnsupportedRegionException(f, cause);
            default -> new SmhException(f, cause);
        };
    }
}
