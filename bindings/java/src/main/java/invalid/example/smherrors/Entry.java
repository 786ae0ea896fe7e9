package invalid.example.smherrors;

/**
 * The whole answer to "what does this code mean, in this locale?": the
 * shared vocabulary of every smh-errors binding. Immutable.
 *
 * @param code the code as asked ({@code "InvalidParameterValue.Foo"})
 * @param message the localized text; a generic answer shows the code
 * @param locale the catalog locale that answered ({@code "zh-CN"})
 * @param resolution whether the code's own, its parent's or the generic message answered
 * @param matched the registered code whose message answered; null for a generic answer
 * @param kind the kind of {@code matched}; null for a generic answer
 * @param retryable whether a client may send the same request again after a backoff
 * @param status the status of {@code matched} ({@link Status#RETIRED} when no current official source lists it
 *     any more); null for a generic answer
 * @param docUrl the answering message's documentation link, or null
 */
public record Entry(String code, String message, String locale, Resolution resolution, String matched, Kind kind,
        boolean retryable, Status status, String docUrl) {}
