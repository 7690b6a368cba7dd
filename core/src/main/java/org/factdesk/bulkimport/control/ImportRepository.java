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
        return em.createQuery("select new org.factdesk.bulkimport.control.PendingFile(e.id, e.position, e.name)"
                        + " from ImportEntry e where e.job.id = :job and e.status = :pending order by e.position", PendingFile.class)
                .setParameter("job", jobId).setParameter("pending", EntryStatus.PENDING).getResultList();
    }

    public Map<EntryStatus, Long> countByStatus(long jobId) {
        var counts = new EnumMap<EntryStatus, Long>(EntryStatus.class);
        for (var status : EntryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select e.status, count(e) from ImportEntry e where e.job.id = :job group by e.status", Object[].class)
                .setParameter("job", jobId).getResultList()
                .forEach(row -> counts.put((EntryStatus) row[0], (Long) row[1]));
        return counts;
    }

    public List<ImportEntryRow> entries(long jobId, int first, int size) {
        return em.createQuery("select new org.factdesk.bulkimport.boundary.ImportEntryRow(e.id, e.position, e.name, e.status,"
                        + " e.reason, e.reasonKey, e.reasonArguments, e.articleId, e.duplicateOfId, e.processedAt)"
                        + " from ImportEntry e where e.job.id = :job"
                        + " order by e.position", ImportEntryRow.class)
                .setParameter("job", jobId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countEntries(long jobId) {
        return em.createQuery("select count(e) from ImportEntry e where e.job.id = :job", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    public List<ImportJobRow> jobs(int first, int size) {
        return em.createQuery("select new org.factdesk.bulkimport.boundary.ImportJobRow(j.id, j.sourceKind, j.sourceName,"
                        + " j.outletName, j.state, j.entryCount, (select count(e) from ImportEntry e where e.job = j and"
                        + " e.status <> :pending), u.displayName, j.createdAt) from ImportJob j join j.startedBy u"
                        + " order by j.createdAt desc, j.id desc", ImportJobRow.class)
                .setParameter("pending", EntryStatus.PENDING).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countJobs() {
        return em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
    }

    /** Imports that were queued or running: at server start, these are the ones a crash cut off. */
    public List<ImportJob> active() {
        return em.createQuery("select j from ImportJob j where j.state in :states order by j.id", ImportJob.class)
                .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING, ImportState.STOPPING))
                .getResultList();
    }
}
