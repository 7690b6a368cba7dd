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

    /**
     * The id of the outlet of that name (in any case), created and committed now if there is none. Called while
     * the caller's own transaction holds no connection yet, so a burst of ingests needs one connection each, never
     * two (a pool exhausted by callers each waiting for a second connection would stall them all).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long findOrCreate(String name) {
        var found = em.createNamedQuery("Outlet.findByName", Outlet.class).setParameter("name", name.strip())
                .getResultStream().findFirst();
        if (found.isPresent()) {
            return found.get().getId();
        }
        var outlet = new Outlet(name.strip());
        em.persist(outlet);
        em.flush();
        return outlet.getId();
    }
}
