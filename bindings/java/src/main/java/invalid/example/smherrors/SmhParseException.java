package invalid.example.smherrors;

/**
 * A body that is not an SMH API response: malformed JSON, the wrong shape or
 * types, not UTF-8, over 1 MiB, nested over 32 deep. Not an API error (that
 * is {@link SmhException}).
 */
public final class SmhParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the body was refused. */
    private final ParseErrorKind kind;

    SmhParseException(ParseErrorKind kind, String detail) {
        super("smh-errors: " + detail);
        this.kind = kind;
    }

    /** The kind of problem. */
    public ParseErrorKind kind() {
        return kind;
    }
}
