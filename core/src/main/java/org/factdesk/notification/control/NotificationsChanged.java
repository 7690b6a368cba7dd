package org.factdesk.notification.control;

/** Fired when a user's notifications change, so their open pages can refresh the bell. */
public record NotificationsChanged(String username) {
}
