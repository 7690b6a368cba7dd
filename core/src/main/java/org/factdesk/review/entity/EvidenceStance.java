package org.factdesk.review.entity;

/** How a source bears on the claim. */
public enum EvidenceStance {
    SUPPORTS,
    CONTRADICTS,
    CONTEXT
}
