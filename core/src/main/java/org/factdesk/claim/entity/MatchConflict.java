package org.factdesk.claim.entity;

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
import jakarta.persistence.Table;
import java.util.Objects;
import org.factdesk.analysis.ConflictKind;

/**
 * One thing two matched claims disagree on: its kind, each claim's value as written, and the sentence of each claim
 * that holds it (null for disagreements stored before sentences were kept). Belongs to its {@link ClaimMatch}.
 */
@Entity
@Table(name = "claim_match_conflict")
public class MatchConflict {

    public static final int SENTENCE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_match_id")
    private ClaimMatch match;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "conflict_kind", nullable = false, length = 20)
    private ConflictKind kind;

    @Column(name = "claim_value", nullable = false, length = ClaimMatch.VALUE_MAX)
    private String claimValue;

    @Column(name = "matched_value", nullable = false, length = ClaimMatch.VALUE_MAX)
    private String matchedValue;

    @Column(name = "claim_sentence", length = SENTENCE_MAX)
    private String claimSentence;

    @Column(name = "matched_sentence", length = SENTENCE_MAX)
    private String matchedSentence;

    protected MatchConflict() {
    }

    MatchConflict(ClaimMatch match, int position, ConflictKind kind, String claimValue, String matchedValue,
                  String claimSentence, String matchedSentence) {
        this.match = Objects.requireNonNull(match);
        this.position = position;
        this.kind = Objects.requireNonNull(kind);
        this.claimValue = cut(Objects.requireNonNull(claimValue), ClaimMatch.VALUE_MAX);
        this.matchedValue = cut(Objects.requireNonNull(matchedValue), ClaimMatch.VALUE_MAX);
        this.claimSentence = cut(claimSentence, SENTENCE_MAX);
        this.matchedSentence = cut(matchedSentence, SENTENCE_MAX);
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
    }

    public int getPosition() {
        return position;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public String getClaimValue() {
        return claimValue;
    }

    public String getMatchedValue() {
        return matchedValue;
    }

    public String getClaimSentence() {
        return claimSentence;
    }

    public String getMatchedSentence() {
        return matchedSentence;
    }
}
