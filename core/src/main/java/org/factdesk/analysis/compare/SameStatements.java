package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds, for each claim of an arriving article, the same statement among the claims already filed under its story:
 * the server's ingest with claims read from the database, the {@code analyze} command with the claims of earlier
 * files. The decision only sees the {@value #CLOSEST} stored claims that share the most words with each new one
 * (through their sentences), so the work per article stays bounded however large the story grows. Thread-safe.
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

    public SameStatements() {
        this(new ClaimMatcher());
    }

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
        record Scored<K>(Stored<K> stored, int shared, int order) {
        }
        var scored = new ArrayList<Scored<K>>();
        var terms = claim.contextTerms();
        for (var i = 0; i < stored.size(); i++) {
            var shared = shared(terms, stored.get(i).claim().contextTerms());
            if (shared > 0) {
                scored.add(new Scored<>(stored.get(i), shared, i));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt((Scored<K> s) -> s.shared()).reversed().thenComparingInt(Scored::order))
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
