package org.factdesk.notification.boundary;

import org.factdesk.notification.control.NotificationsChanged;
import org.factdesk.shared.boundary.LogText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands committed notification changes to whoever pushes them to browsers. The web module registers its push
 * channel here: CDI events fired in this EJB module are not visible to observers in the WAR.
 */
@ApplicationScoped
public class LiveUpdates {

    private static final Logger LOG = Logger.getLogger(LiveUpdates.class.getName());

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void register(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Only after the commit: a push for a rolled-back notification would show something that never happened. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsChanged change) {
        for (var listener : listeners) {
            try {
                listener.accept(change.username());
            } catch (RuntimeException e) {
                // A closed browser tab must not fail the business transaction's caller; the bell catches up on reload.
                LOG.log(Level.FINE, "Live update to " + LogText.oneLine(change.username()) + " failed", e);
            }
        }
    }
}
