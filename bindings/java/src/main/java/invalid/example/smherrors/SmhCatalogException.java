package invalid.example.smherrors;

/** An overlay catalog that could not be read or has errors; the message names each, with {@code file:line:col}. */
public final class SmhCatalogException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SmhCatalogException(String message) {
        super("smh-errors: " + message);
    }
}
