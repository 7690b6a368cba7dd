package org.factdesk.notification.entity;

/** What a notification tells its recipient; the page words each kind from the message bundle. */
public enum NotificationKind {
    CLAIM_ASSIGNED,
    REVIEW_SUBMITTED,
    REVIEW_RETURNED,
    REVIEW_APPROVED,
    ARTICLE_PUBLISHED,
    COMMENT_ADDED
}
