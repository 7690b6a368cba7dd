package org.factdesk.bulkimport.boundary;

/** How much one import may hold, so that one archive cannot exhaust the server's memory, disk or time. */
public final class ImportLimits {

    /** Files per import: a day's wire archive is a few hundred. */
    public static final int MAX_FILES = 5000;
    /** Largest ZIP upload; larger archives go into the server's import folder. */
    public static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;
    public static final String MAX_ARCHIVE_LABEL = "64 MB";
    /** Sum of the sizes an archive declares for its files once unpacked. */
    public static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;
    public static final String MAX_UNPACKED_LABEL = "1 GB";
    /**
     * Text compresses about 4 to 20 times; a large file that claims far more is a decompression bomb, refused
     * before it is inflated.
     */
    public static final long SUSPICIOUS_RATIO = 200;
    public static final long RATIO_CHECKED_FROM_BYTES = 1024L * 1024;

    private ImportLimits() {
    }
}
