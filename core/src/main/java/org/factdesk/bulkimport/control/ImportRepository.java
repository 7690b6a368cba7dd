package org.factdesk.bulkimport.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.bulkimport.boundary.ImportEntryRow;
import org.factdesk.bulkimport.boundary.ImportJobRow;
import org.factdesk.bulkimport.entity.EntryStatus;
import org.factdesk.bulkimport.entity.ImportEntry;
import org.factdesk.bulkimport.entity.ImportJob;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.shared.boundary.NotFoundException;

@Dependent
public class ImportRepository {

    @PersistenceContext
    EntityManager em;

    public void add(ImportJob job) {
        em.persist(job);
    }

    public void add(ImportEntry entry) {
        em.persist(entry);
    }

    public ImportJob get(long jobId) {
        return Optional.ofNullable(em.find(ImportJob.class, jobId)).orElseThrow(() -> new NotFoundException("import.notFound", jobId));
    }

    /** The entry, locked: two executions of one import never process the same file at once. */
    public ImportEntry lockEntry(long entryId) {
        return em.find(ImportEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<PendingFile> pending(long jobId) {
        return em.createNamedQuery("ImportEntry.pendingOfJob", PendingFile.class)
                .setParameter("job", jobId).setParameter("pending", EntryStatus.PENDING).getResultList();
    }

    public Map<EntryStatus, Long> countByStatus(long jobId) {
        var counts = new EnumMap<EntryStatus, Long>(EntryStatus.class);
        for (var status : EntryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery("ImportEntry.countByStatusOfJob", Object[].class)
                .setParameter("job", jobId).getResultList()
                .forEach(row -> counts.put((EntryStatus) row[0], (Long) row[1]));
        return counts;
    }

    public List<ImportEntryRow> entries(long jobId, int first, int size) {
        return em.createNamedQuery("ImportEntry.rowsOfJob", ImportEntryRow.class)
                .setParameter("job", jobId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countEntries(long jobId) {
        return em.createNamedQuery("ImportEntry.countOfJob", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    public List<ImportJobRow> jobs(int first, int size) {
        return em.createNamedQuery("ImportJob.rows", ImportJobRow.class)
                .setParameter("pending", EntryStatus.PENDING).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countJobs() {
        return em.createNamedQuery("ImportJob.count", Long.class).getSingleResult();
    }

    /** Imports that were queued or running: at server start, these are the ones a crash cut off. */
    public List<ImportJob> active() {
        return em.createNamedQuery("ImportJob.inStates", ImportJob.class)
                .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING, ImportState.STOPPING))
                .getResultList();
    }
}
