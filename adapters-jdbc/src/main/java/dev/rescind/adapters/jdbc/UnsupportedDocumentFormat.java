package dev.rescind.adapters.jdbc;

import dev.rescind.application.port.StoreFailure;

/**
 * A stored document is of a format newer than this release of Rescind reads: a newer release wrote it, into
 * the same tables, and this one was started against them afterwards (a rollback of the service, or two
 * releases side by side). Nothing was read or changed. Run the newer release, or migrate the documents back;
 * retrying on this release fails the same way.
 */
public final class UnsupportedDocumentFormat extends StoreFailure {

    /** The format the document says it has. */
    private final int format;
    /** The newest format this release reads. */
    private final int newestKnown;

    UnsupportedDocumentFormat(String where, int format, int newestKnown) {
        super(where + " holds a document of format " + format + ", and this release of Rescind reads formats 1 to "
                + newestKnown + ": a newer release wrote it");
        this.format = format;
        this.newestKnown = newestKnown;
    }

    /** {@return the format the document says it has} */
    public int format() {
        return format;
    }

    /** {@return the newest format this release reads} */
    public int newestKnown() {
        return newestKnown;
    }
}
