package org.factdesk.outlet.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.factdesk.outlet.boundary.OutletName;
import org.factdesk.outlet.boundary.OutletRow;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class OutletRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Outlet> findByName(String name) {
        return em.createNamedQuery("Outlet.findByName", Outlet.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    @Inject
    NewOutlets newOutlets;

    /**
     * Outlets are named freely at ingest; the same name, in any case, is the same outlet. A new name is committed
     * at once by {@link NewOutlets}; if a concurrent ingest committed it first, the second try finds it.
     */
    public Outlet findOrCreate(String name) {
        long id;
        try {
            id = newOutlets.findOrCreate(name);
        } catch (RuntimeException createdMeanwhile) {
            id = newOutlets.findOrCreate(name);
        }
        return get(id);
    }

    public Outlet get(long id) {
        return Optional.ofNullable(em.find(Outlet.class, id)).orElseThrow(() -> new NotFoundException("outlet.notFound", id));
    }

    public long count() {
        return em.createNamedQuery("Outlet.count", Long.class).getSingleResult();
    }

    public List<OutletRow> rows(int first, int size) {
        return em.createNamedQuery("Outlet.rows", OutletRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** One outlet as the admin list shows it; the query flushes pending changes first, so the version is current. */
    public OutletRow row(long id) {
        return em.createNamedQuery("Outlet.rowById", OutletRow.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("outlet.notFound", id));
    }

    public List<OutletName> names() {
        return em.createNamedQuery("Outlet.listNames", OutletName.class).getResultList();
    }
}
