package org.factdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.bulkimport.entity.ImportEntry;

/** Looks at imports the way an auditor would, and stages what a crash leaves behind. */
@Stateless
@PermitAll
public class ImportFixtures {

    @PersistenceContext
    EntityManager em;

    public List<ImportEntry> entries(long jobId) {
        return em.createQuery("select e from ImportEntry e where e.job.id = :job order by e.position", ImportEntry.class)
                .setParameter("job", jobId).getResultList();
    }

    /** Articles stored from an outlet: every file of an import shows up here exactly once. */
    public List<Long> articleIdsOfOutlet(String outlet) {
        return em.createQuery("select a.id from Article a where a.outlet.name = :outlet order by a.id", Long.class)
                .setParameter("outlet", outlet).getResultList();
    }

    /** What a crash leaves: the import still marked as running, with nobody running it. */
    public void leaveRunningAsIfTheServerDied(long jobId) {
        em.createQuery("update ImportJob j set j.state = org.factdesk.bulkimport.entity.ImportState.RUNNING where j.id = :id")
                .setParameter("id", jobId).executeUpdate();
    }
}
