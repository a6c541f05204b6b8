package se.uppfoljning.base;

/**
 * The one setting for reads of 100,000s of rows (the evaluation report's answers, absence months and invitations):
 * a statement that sets {@link #FETCH_SIZE} makes MariaDB Connector/J stream its result, so rows are mapped while
 * the server still sends instead of after the whole result has been buffered (Connector/J documentation, "Streaming
 * result sets"). While such a result is open its connection runs nothing else, so the row mapper must not query.
 */
public final class LargeReads {

    /** Rows the driver fetches from the server at a time in a streamed read. */
    public static final int FETCH_SIZE = 1000;

    private LargeReads() {
    }
}
