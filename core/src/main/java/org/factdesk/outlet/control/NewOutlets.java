package org.factdesk.outlet.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.factdesk.outlet.entity.Outlet;

/**
 * Writes a new outlet in a transaction of its own. Many stories under a name nobody used before can arrive at the
 * same moment (a bulk import, a wire feed, two journalists); only one row may be created, and the others must then
 * find it instead of failing on the unique name.
 */
@ApplicationScoped
public class NewOutlets {

    @PersistenceContext
    EntityManager em;

    /** Creates the outlet and commits it; fails if another transaction created the same name first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String name) {
        em.persist(new Outlet(name));
        em.flush();
    }
}
