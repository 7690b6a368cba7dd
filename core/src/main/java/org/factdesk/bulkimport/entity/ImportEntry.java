package org.factdesk.bulkimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.entity.BaseEntity;

/**
 * One file of an import and what became of it. It exists from the start as PENDING and gets its result exactly
 * once, in the same transaction as the article it produced.
 */
@Entity
@Table(name = "import_entry")
@NamedQuery(name = "ImportEntry.pendingOfJob",
        query = "select new org.factdesk.bulkimport.control.PendingFile(e.id, e.position, e.name)"
                + " from ImportEntry e where e.job.id = :job and e.status = :pending order by e.position")
@NamedQuery(name = "ImportEntry.countByStatusOfJob",
        query = "select e.status, count(e) from ImportEntry e where e.job.id = :job group by e.status")
@NamedQuery(name = "ImportEntry.rowsOfJob",
        query = "select new org.factdesk.bulkimport.boundary.ImportEntryRow(e.id, e.position, e.name, e.status,"
                + " e.reason, e.reasonKey, e.reasonArguments, e.articleId, e.duplicateOfId, e.processedAt)"
                + " from ImportEntry e where e.job.id = :job order by e.position")
@NamedQuery(name = "ImportEntry.countOfJob", query = "select count(e) from ImportEntry e where e.job.id = :job")
public class ImportEntry extends BaseEntity {

    public static final int NAME_MAX = 500;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_job_id")
    private ImportJob job;

    /** Order within the source: the position in the archive, or in the sorted folder listing. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status = EntryStatus.PENDING;

    /** The result in English, as first written; the key and arguments below give it in the reader's language. */
    @Column(length = 1000)
    private String reason;

    @Column(name = "reason_key", length = 100)
    private String reasonKey;

    @Column(name = "reason_arguments")
    private String reasonArguments;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected ImportEntry() {
    }

    public ImportEntry(ImportJob job, int position, String name) {
        this.job = Objects.requireNonNull(job);
        this.position = position;
        this.name = name.length() <= NAME_MAX ? name : name.substring(0, NAME_MAX - 1) + "\u2026";
    }

    public boolean isPending() {
        return status == EntryStatus.PENDING;
    }

    /** @param duplicateOf the article this one nearly duplicates, or null */
    public void stored(long article, Long duplicateOf, DeskMessage summary) {
        requirePending();
        this.status = duplicateOf == null ? EntryStatus.IMPORTED : EntryStatus.DUPLICATE;
        this.articleId = article;
        this.duplicateOfId = duplicateOf;
        explain(summary);
    }

    /** Not stored because the desk holds the outlet's copy of this text: the result links to that copy. */
    public void refusedAsStoredAlready(long storedArticle, DeskMessage why) {
        rejected(why);
        this.duplicateOfId = storedArticle;
    }

    public void rejected(DeskMessage why) {
        requirePending();
        this.status = EntryStatus.REJECTED;
        explain(Objects.requireNonNull(why));
    }

    private void explain(DeskMessage message) {
        this.reason = shortened(message.in(Locale.ENGLISH));
        this.reasonKey = message.key();
        this.reasonArguments = message.argumentsJson();
        this.processedAt = Instant.now();
    }

    private void requirePending() {
        if (!isPending()) {
            throw new IllegalStateException(name + " of import " + job.getId() + " already has its result: " + status);
        }
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "\u2026";
    }

    public ImportJob getJob() {
        return job;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonArguments() {
        return reasonArguments;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
