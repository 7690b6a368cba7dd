package org.factdesk.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.factdesk.notification.boundary.LiveUpdates;

/**
 * Pushes "your notifications changed" to every open page of a user over the Faces websocket, after the change
 * has committed. The core cannot push itself: it knows nothing of Faces.
 */
@ApplicationScoped
public class LivePush {

    static final String CHANNEL = "notifications";
    static final String CHANGED = "changed";

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Inject
    LiveUpdates updates;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        updates.register(username -> push.send(CHANGED, username));
    }
}
