package org.factdesk.bulkimport.entity;

/** Where an import stands. QUEUED and RUNNING imports found at server start were cut off by a crash. */
public enum ImportState {
    QUEUED,
    RUNNING,
    STOPPING,
    STOPPED,
    COMPLETED,
    FAILED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == STOPPING;
    }

    public boolean canResume() {
        return this == STOPPED || this == FAILED;
    }
}
