package org.factdesk.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Verdict;
import org.factdesk.user.entity.User;

/**
 * One public correction of a published verdict or rationale: the verdict it replaced stays on record, with the
 * note readers see and the desk chief who made it. Never changed once written.
 */
@Entity
@Table(name = "correction")
@NamedQuery(name = "Correction.findByArticle",
        query = "select c from Correction c where c.factCheck.article.id = :articleId order by c.correctedAt, c.id")
public class Correction {

    public static final int NOTE_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fact_check_id")
    private FactCheck factCheck;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_verdict", nullable = false, length = 30)
    private Verdict previousVerdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_verdict", nullable = false, length = 30)
    private Verdict newVerdict;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "corrected_by_id")
    private User correctedBy;

    protected Correction() {
    }

    Correction(FactCheck factCheck, Claim claim, Verdict previousVerdict, Verdict newVerdict, String note,
               User correctedBy, Instant correctedAt) {
        this.factCheck = Objects.requireNonNull(factCheck);
        this.claim = Objects.requireNonNull(claim);
        this.previousVerdict = Objects.requireNonNull(previousVerdict);
        this.newVerdict = Objects.requireNonNull(newVerdict);
        this.note = Objects.requireNonNull(note);
        this.correctedBy = Objects.requireNonNull(correctedBy);
        this.correctedAt = Objects.requireNonNull(correctedAt);
    }

    public boolean changedVerdict() {
        return previousVerdict != newVerdict;
    }

    public Long getId() {
        return id;
    }

    public FactCheck getFactCheck() {
        return factCheck;
    }

    public Claim getClaim() {
        return claim;
    }

    public Verdict getPreviousVerdict() {
        return previousVerdict;
    }

    public Verdict getNewVerdict() {
        return newVerdict;
    }

    public String getNote() {
        return note;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public User getCorrectedBy() {
        return correctedBy;
    }
}
