package org.factdesk.outlet.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.outlet.entity.Outlet;

@Dependent
public class OutletRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Outlet> findByName(String name) {
        return em.createNamedQuery("Outlet.findByName", Outlet.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    /** Outlets are named freely at ingest; the same name, in any case, is the same outlet. */
    public Outlet findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            var outlet = new Outlet(name);
            em.persist(outlet);
            return outlet;
        });
    }

    public List<Outlet> all() {
        return em.createNamedQuery("Outlet.findAll", Outlet.class).getResultList();
    }
}
