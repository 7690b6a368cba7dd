package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.retrieval.Vectors;

/**
 * Finds, for each claim of an arriving article, the same statement among the claims already filed under its story:
 * the server's ingest with claims read from the database, the {@code analyze} command with the claims of earlier
 * files. The decision only sees the {@value #CLOSEST} stored claims closest to each new one, by the cosine of their
 * sentence vectors plus the share of the new sentence's words they hold, so that both a paraphrase in other words and
 * a near-copy come first, and the work per article stays bounded however large the story grows. Thread-safe.
 *
 * @param <K> how the caller identifies a stored claim (a database id, a file and an index)
 */
public final class SameStatements<K> {

    /** Stored claims the decision compares with each new claim. */
    public static final int CLOSEST = 8;

    /** A claim filed earlier, read once however many new claims it is compared with. */
    public record Stored<K>(K key, PreparedClaim claim) {
        public Stored {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /**
     * One new claim and the stored claim that says the same thing.
     *
     * @param claim index of the new claim in the list given to {@link #find}
     */
    public record Found<K>(int claim, K other, Comparison comparison) {
    }

    private final StatementDecision decision;

    public SameStatements(StatementDecision decision) {
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    /** Every pair of a new claim and a stored one that the decision calls the same statement, new claims in order. */
    public List<Found<K>> find(List<PreparedClaim> fresh, List<Stored<K>> stored) {
        var found = new ArrayList<Found<K>>();
        for (var i = 0; i < fresh.size(); i++) {
            var claim = fresh.get(i);
            for (var other : closest(claim, stored)) {
                var comparison = decision.compare(claim, other.claim());
                if (comparison.sameStatement()) {
                    found.add(new Found<>(i, other.key(), comparison));
                }
            }
        }
        return found;
    }

    private List<Stored<K>> closest(PreparedClaim claim, List<Stored<K>> stored) {
        record Scored<K>(Stored<K> stored, double closeness, int order) {
        }
        var scored = new ArrayList<Scored<K>>(stored.size());
        var terms = claim.contextTerms();
        for (var i = 0; i < stored.size(); i++) {
            var other = stored.get(i).claim();
            var closeness = Vectors.dot(claim.vector(), other.vector())
                    + shared(terms, other.contextTerms()) / (double) Math.max(1, terms.size());
            scored.add(new Scored<>(stored.get(i), closeness, i));
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble((Scored<K> s) -> s.closeness()).reversed()
                        .thenComparingInt(Scored::order))
                .limit(CLOSEST).map(Scored::stored).toList();
    }

    private static int shared(Set<String> a, Set<String> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        var count = 0;
        for (var term : small) {
            count += large.contains(term) ? 1 : 0;
        }
        return count;
    }
}
