package org.factdesk.bulkimport.entity;

/** What became of one file of an import. */
public enum EntryStatus {
    /** Not processed yet. */
    PENDING,
    /** Stored as a new article. */
    IMPORTED,
    /** Stored, flagged and linked as a near-duplicate of an article already on the desk. */
    DUPLICATE,
    /** Not stored, with the reason. */
    REJECTED
}
