package invalid.example.smherrors;

/** Why a body is not an SMH API response; the same names in every binding. */
public enum ParseErrorKind {
    /** Over 1 MiB. */
    TOO_LARGE("too_large"),
    /** Not UTF-8. */
    INVALID_UTF8("invalid_utf8"),
    /** Nested over 32 deep. */
    TOO_DEEP("too_deep"),
    /** Not JSON. */
    SYNTAX("syntax"),
    /** JSON, but not an object. */
    NOT_AN_OBJECT("not_an_object"),
    /** Neither the API 3.0 envelope nor the legacy form. */
    UNKNOWN_SHAPE("unknown_shape"),
    /** A field of the wrong JSON type. */
    WRONG_TYPE("wrong_type"),
    /** A required field is absent. */
    MISSING_FIELD("missing_field"),
    /** A name this version of the binding does not know (a newer library). */
    OTHER("other");

    private final String id;

    ParseErrorKind(String id) {
        this.id = id;
    }

    /** The name every binding uses ({@code "too_large"}, ...). */
    public String id() {
        return id;
    }

    /** The kind named {@code id}; {@link #OTHER} for a name not listed here. */
    static ParseErrorKind of(String id) {
        for (ParseErrorKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return OTHER;
    }
}
