package org.factdesk.analysis;

/** What sort of checkable statement a claim is; drives how a journalist verifies it. */
public enum ClaimKind {
    /** Words in quotation marks, attributed to a speaker. */
    DIRECT_QUOTE,
    /** Reported speech: "X said that ...". */
    INDIRECT_QUOTE,
    /** A count, amount, percentage or other figure. */
    STATISTIC,
    /** Something that happened at a time or place. */
    EVENT,
    OTHER
}
