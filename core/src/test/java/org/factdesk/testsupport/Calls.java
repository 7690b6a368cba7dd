package org.factdesk.testsupport;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import org.wildfly.security.auth.server.SecurityIdentity;

/** Runs a boundary call as a given identity, and hands back exactly what the boundary threw. */
public final class Calls {

    private Calls() {
    }

    public static <V> V as(SecurityIdentity identity, PrivilegedExceptionAction<V> work) {
        try {
            return identity.runAs(work);
        } catch (PrivilegedActionException e) {
            var cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    public static void as(SecurityIdentity identity, Runnable work) {
        as(identity, () -> {
            work.run();
            return null;
        });
    }
}
