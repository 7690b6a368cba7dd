package org.factdesk.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.factdesk.notification.control.NotificationsChanged;
import org.factdesk.notification.entity.Notification;
import org.factdesk.shared.boundary.NotFoundException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;

/** A member of staff's own notifications: nobody reads or marks anyone else's. */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    jakarta.enterprise.event.Event<NotificationsChanged> changed;

    public long unreadCount() {
        return em.createNamedQuery("Notification.countUnreadOfRecipient", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    /** Newest first, unread before read. */
    public Page<NotificationRow> mine(int first, int pageSize) {
        var rows = em.createNamedQuery("Notification.ofRecipient", Notification.class)
                .setParameter("me", me())
                .setFirstResult(Math.max(0, first)).setMaxResults(Page.clampSize(pageSize)).getResultList();
        var total = em.createNamedQuery("Notification.countOfRecipient", Long.class)
                .setParameter("me", me()).getSingleResult();
        return new Page<>(rows.stream().map(NotificationRow::of).toList(), total);
    }

    /** Marks one read and returns it, so the page can follow its link. */
    public NotificationRow open(long id) {
        var notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(me())) {
            throw new NotFoundException("notification.notFound", id);
        }
        notification.markRead();
        changed.fire(new NotificationsChanged(me()));
        return NotificationRow.of(notification);
    }

    public int markAllRead() {
        var updated = em.createNamedQuery("Notification.markAllReadOfRecipient")
                .setParameter("now", Instant.now()).setParameter("me", me()).executeUpdate();
        changed.fire(new NotificationsChanged(me()));
        return updated;
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
