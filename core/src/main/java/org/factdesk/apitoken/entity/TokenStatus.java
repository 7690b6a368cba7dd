package org.factdesk.apitoken.entity;

/** Whether a token still opens the API. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
