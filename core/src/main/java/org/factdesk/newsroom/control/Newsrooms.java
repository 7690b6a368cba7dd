package org.factdesk.newsroom.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.factdesk.newsroom.boundary.NewsroomProfile;
import org.factdesk.newsroom.entity.Newsroom;

/** Reads the installation's one newsroom, which the schema creates. */
@Dependent
public class Newsrooms {

    @PersistenceContext
    EntityManager em;

    /** Name, address and logo format, without reading the logo's bytes. */
    public NewsroomProfile profile() {
        return em.createNamedQuery("Newsroom.profile", NewsroomProfile.class).setMaxResults(1).getSingleResult();
    }

    public Newsroom get() {
        return em.createNamedQuery("Newsroom.getTheOne", Newsroom.class).setMaxResults(1).getSingleResult();
    }

    /** Writes pending changes now, so that the version they raise is known before the transaction ends. */
    public void flush() {
        em.flush();
    }
}
