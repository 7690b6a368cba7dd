package org.factdesk.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.factdesk.notification.boundary.NotificationService;
import org.factdesk.web.shared.ActiveUser;

/** The bell in the header: how many notifications the user has not read. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    ActiveUser activeUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = activeUser.isLoggedIn() ? notifications.unreadCount() : 0L;
        }
        return unread;
    }
}
