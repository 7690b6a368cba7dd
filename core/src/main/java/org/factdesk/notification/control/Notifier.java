package org.factdesk.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.factdesk.notification.entity.Notification;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/** Stores notifications in the caller's transaction; they are pushed live once that transaction commits. */
@Dependent
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    Event<NotificationsChanged> changed;

    public void tell(User recipient, NotificationKind kind, User actor, String subject, NotificationTarget target, long targetId) {
        if (actor != null && recipient.getUsername().equals(actor.getUsername())) {
            return;
        }
        em.persist(new Notification(recipient, kind, actor == null ? "Factdesk" : actor.getDisplayName(), subject, target, targetId));
        changed.fire(new NotificationsChanged(recipient.getUsername()));
    }

    public void tellAll(Collection<User> recipients, NotificationKind kind, User actor, String subject, NotificationTarget target,
                        long targetId) {
        recipients.forEach(r -> tell(r, kind, actor, subject, target, targetId));
    }

    public void tellDeskChiefs(NotificationKind kind, User actor, String subject, NotificationTarget target, long targetId) {
        tellAll(users.activeWithRole(Role.DESK_CHIEF), kind, actor, subject, target, targetId);
    }
}
