package org.factdesk.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.factdesk.notification.boundary.NotificationRow;
import org.factdesk.notification.boundary.NotificationService;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.PagedRows;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /notifications.xhtml: the user's notifications, newest and unread first; opening one marks it read. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private PagedRows<NotificationRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(notifications::mine, n -> Long.toString(n.id()));
    }

    public void open(long id) throws IOException {
        try {
            var notification = notifications.open(id);
            Faces.redirect(Faces.getRequestContextPath() + page(notification.target(), notification.targetId()));
        } catch (BusinessException e) {
            Refusals.show(e);
        }
    }

    /** Where each kind of thing a notification is about is shown. */
    static String page(NotificationTarget target, long id) {
        return switch (target) {
            case CLAIM -> "/review/claim.xhtml?id=" + id;
            case REVIEW -> "/approval/review.xhtml?id=" + id;
            case ARTICLE -> "/factcheck/article.xhtml?id=" + id;
        };
    }

    public void markAllRead() {
        var count = notifications.markAllRead();
        Messages.addGlobalInfo("notifications.allRead", count);
    }

    public PagedRows<NotificationRow> getRows() {
        return rows;
    }
}
