package org.factdesk.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A source the reviewer relied on, with its type, its stance and the copy the server archived when it was added.
 * Owned by its review, replaced as a whole when the review is saved; a source kept across saves keeps its copy.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    public static final int URL_MAX = 2048;
    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private Review review;

    @Audited
    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Audited
    @Column(length = TITLE_MAX)
    private String title;

    @Audited
    @Column(length = NOTE_MAX)
    private String note;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30)
    private EvidenceType type = EvidenceType.OTHER;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EvidenceStance stance;

    /** Null only for sources stored before the server archived them. */
    @Embedded
    private Snapshot snapshot;

    protected Evidence() {
    }

    Evidence(Review review, EvidenceSource source, Snapshot snapshot) {
        this.review = Objects.requireNonNull(review);
        this.url = Objects.requireNonNull(source.url());
        this.title = source.title();
        this.note = source.note();
        this.type = source.type();
        this.stance = source.stance();
        this.snapshot = snapshot == null ? null : snapshot.copy();
    }

    public Long getId() {
        return id;
    }

    public Review getReview() {
        return review;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public EvidenceType getType() {
        return type;
    }

    public EvidenceStance getStance() {
        return stance;
    }

    /** The archived copy, or null for a source stored before the server archived sources. */
    public Snapshot getSnapshot() {
        return snapshot;
    }

    public EvidenceSource toSource() {
        return new EvidenceSource(url, title, note, type, stance);
    }
}
