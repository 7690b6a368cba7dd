package org.factdesk.claim.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.analysis.ConflictKind;

/**
 * Two claims that say the same thing: in two outlets' copies of a story, or a new claim and one reviewed before.
 * Every value the copies disagree on is kept, in the order found, with both values as written and the sentence of
 * each; the first one is also kept on the match itself, where lists and reports read it.
 */
@Entity
@Table(name = "claim_match")
@NamedQuery(name = "ClaimMatch.conflictTotalsPerOutletInPeriod", query = "select o.name, count(distinct m.id)"
        + ClaimMatch.CONFLICTS_IN_PERIOD + " group by o.name order by count(distinct m.id) desc, o.name")
@NamedQuery(name = "ClaimMatch.conflictKindCountsPerOutletInPeriod",
        query = "select o.name, m.conflictKind, count(distinct m.id)" + ClaimMatch.CONFLICTS_IN_PERIOD
                + " and o.name in :names group by o.name, m.conflictKind")
@NamedQuery(name = "ClaimMatch.countOutletsWithConflictsInPeriod",
        query = "select count(distinct o.id)" + ClaimMatch.CONFLICTS_IN_PERIOD)
@NamedQuery(name = "ClaimMatch.ofClaimWithConflicts",
        query = "select distinct m from ClaimMatch m left join fetch m.conflicts"
                + " where m.claim = :claim or m.matched = :claim")
@NamedQuery(name = "ClaimMatch.conflictingClaimIdsOfArticle", query = "select m.claim.id from ClaimMatch m"
        + " where m.conflictKind is not null and m.claim.article.id = :id")
@NamedQuery(name = "ClaimMatch.conflictingMatchedIdsOfArticle", query = "select m.matched.id from ClaimMatch m"
        + " where m.conflictKind is not null and m.matched.article.id = :id")
@NamedQuery(name = "ClaimMatch.ofEitherClaim", query = "select m from ClaimMatch m where m.claim = :c or m.matched = :c")
public class ClaimMatch {

    /** A conflict links two copies, so it is joined to the outlet of either copy. */
    static final String CONFLICTS_IN_PERIOD = " from ClaimMatch m join m.claim c join c.article a join m.matched mc"
            + " join mc.article ma, Outlet o where m.conflictKind is not null"
            + " and m.createdAt >= :start and m.createdAt < :end and (a.outlet = o or ma.outlet = o)";

    public static final int VALUE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "matched_claim_id")
    private Claim matched;

    @Column(nullable = false)
    private double similarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_kind", length = 20)
    private ConflictKind conflictKind;

    @Column(name = "claim_value", length = VALUE_MAX)
    private String claimValue;

    @Column(name = "matched_value", length = VALUE_MAX)
    private String matchedValue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "match", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MatchConflict> conflicts = new ArrayList<>();

    protected ClaimMatch() {
    }

    public ClaimMatch(Claim claim, Claim matched, double similarity) {
        if (claim.equals(matched)) {
            throw new IllegalArgumentException("A claim does not match itself");
        }
        this.claim = Objects.requireNonNull(claim);
        this.matched = Objects.requireNonNull(matched);
        this.similarity = similarity;
        this.createdAt = Instant.now();
    }

    /** Records that the two copies disagree, keeping both values as the outlets wrote them. */
    public void flagConflict(ConflictKind kind, String value, String matchedValue) {
        flagConflict(kind, value, matchedValue, null, null);
    }

    /**
     * Records one more disagreement, with both values as the outlets wrote them and the sentence of each claim that
     * holds them (either may be null).
     */
    public void flagConflict(ConflictKind kind, String value, String matchedValue, String sentence, String matchedSentence) {
        if (conflicts.isEmpty()) {
            this.conflictKind = Objects.requireNonNull(kind);
            this.claimValue = cut(value);
            this.matchedValue = cut(matchedValue);
        }
        conflicts.add(new MatchConflict(this, conflicts.size(), kind, value, matchedValue, sentence, matchedSentence));
    }

    /** Every disagreement, in the order found; empty when the claims agree. */
    public List<MatchConflict> getConflicts() {
        return List.copyOf(conflicts);
    }

    public boolean isConflict() {
        return conflictKind != null;
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX);
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Claim getMatched() {
        return matched;
    }

    public double getSimilarity() {
        return similarity;
    }

    public ConflictKind getConflictKind() {
        return conflictKind;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public String getMatchedValue() {
        return matchedValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
