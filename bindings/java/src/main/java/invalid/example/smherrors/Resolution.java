package invalid.example.smherrors;

/** How a lookup found its message. */
public enum Resolution {
    /** The code's own message. */
    EXACT("exact"),
    /** The message of the code's nearest registered ancestor ({@code InvalidParameterValue.Foo}). */
    PARENT("parent"),
    /** The generic message for codes nobody knows (it shows the code). */
    GENERIC("generic");

    private final String id;

    Resolution(String id) {
        this.id = id;
    }

    /** The name every binding uses: {@code "exact"}, {@code "parent"} or {@code "generic"}. */
    public String id() {
        return id;
    }
}
