package org.factdesk.history.entity;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the caller of the boundary whose transaction wrote it. Envers creates this listener
 * itself, outside CDI, so it asks the EJB container for the current caller; every audited change goes through a
 * boundary EJB, and the container's anonymous caller (start-up beans) is recorded as the system.
 */
public class RevisionAuthor implements RevisionListener {

    static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = Logger.getLogger(RevisionAuthor.class.getName());

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).recordAuthor(caller());
    }

    private static String caller() {
        try {
            var context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            var name = context.getCallerPrincipal().getName();
            return name == null || ANONYMOUS.equals(name) ? null : name;
        } catch (NamingException | IllegalStateException e) {
            LOG.log(Level.FINE, "No EJB caller for this revision; recorded as the system", e);
            return null;
        }
    }
}
