package org.factdesk.analysis.retrieval;

import java.util.Collection;
import java.util.List;

/**
 * Finds earlier claims that may say what a new one says, without comparing against every stored claim. The
 * index holds no truth of its own: it can always be rebuilt from the claims in the database.
 */
public interface ClaimIndex {

    /** Adds a claim, replacing any earlier one with the same id. */
    void add(IndexedClaim claim);

    /** Adds many claims at once, as when the index is rebuilt from the claim table at start. */
    default void addAll(Collection<IndexedClaim> claims) {
        claims.forEach(this::add);
    }

    /** @return whether a claim with that id was there */
    boolean remove(long id);

    /** At most {@code k} claims, best first, that share the most telling words with {@code text}. */
    List<Candidate> candidates(String text, int k);

    int size();

    /** A stored claim and how well it matched the query (BM25; comparable within one query only). */
    record Candidate(IndexedClaim claim, double score) {
    }
}
