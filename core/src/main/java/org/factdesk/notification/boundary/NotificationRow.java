package org.factdesk.notification.boundary;

import java.time.Instant;
import org.factdesk.notification.entity.Notification;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;

/** One line of the notifications page, and where opening it leads ({@code target} and {@code targetId}). */
public record NotificationRow(long id, NotificationKind kind, String actorName, String subject, NotificationTarget target,
                              long targetId, Instant createdAt, boolean read) {

    static NotificationRow of(Notification notification) {
        return new NotificationRow(notification.getId(), notification.getKind(), notification.getActorName(),
                notification.getSubject(), notification.getTarget(), notification.getTargetId(), notification.getCreatedAt(),
                notification.isRead());
    }
}
