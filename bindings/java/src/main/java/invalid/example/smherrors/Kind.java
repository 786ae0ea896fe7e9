package invalid.example.smherrors;

/** Where a registered code comes from. */
public enum Kind {
    /** A code every Tencent Cloud API can return. */
    COMMON("common"),
    /** A code of SMH's own business logic. */
    BUSINESS("business");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** The name every binding uses: {@code "common"} or {@code "business"}. */
    public String id() {
        return id;
    }
}
