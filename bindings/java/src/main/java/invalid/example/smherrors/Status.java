package invalid.example.smherrors;

/** Whether a current source still lists a registered code. */
public enum Status {
    /** The service's error-code page or a current official SDK release lists the code. */
    CURRENT("current"),
    /** Only older official SDK releases listed the code; it still answers with its own message. */
    RETIRED("retired");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** The name every binding uses: {@code "current"} or {@code "retired"}. */
    public String id() {
        return id;
    }
}
