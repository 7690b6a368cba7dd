package org.factdesk.notification.entity;

/**
 * What a notification is about, by the kind of thing and its id; the pages decide where each kind is shown (a
 * claim on its review page, a review on its decision page, a published article on its public page).
 */
public enum NotificationTarget {
    CLAIM,
    REVIEW,
    ARTICLE
}
