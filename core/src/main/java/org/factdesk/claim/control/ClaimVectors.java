package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.claim.entity.Claim;

/**
 * The sentence vector of each stored claim: computed once, when the claim is first compared (the next copy of its
 * story, a reviewed claim that shares its words, its own approval), and kept on the claim row, so that neither a
 * restart nor the next copy of the story computes it again. The vector is that of the
 * sentence the claim stands in (as {@link ClaimMatching} reads it), which is what the matcher compares.
 */
@Dependent
public class ClaimVectors {

    @Inject
    SentenceEmbeddings embeddings;

    /** The claims' stored vectors, in order; those missing are computed in one call of the model and stored. */
    public List<byte[]> of(List<Claim> claims) {
        return of(claims, Map.of());
    }

    /**
     * The same, where a claim missing its vector whose sentence is one of {@code bySentence} (a sentence another
     * copy of the story repeats word for word) takes that sentence's stored vector: the model would give the
     * same.
     */
    public List<byte[]> of(List<Claim> claims, Map<String, byte[]> bySentence) {
        var missing = new ArrayList<Claim>();
        var sentences = new ArrayList<String>();
        for (var claim : claims) {
            if (claim.getVector() == null) {
                var sentence = ClaimMatching.matchable(claim).context();
                var known = bySentence.get(sentence);
                if (known != null) {
                    claim.storeVector(known);
                } else {
                    missing.add(claim);
                    sentences.add(sentence);
                }
            }
        }
        if (!missing.isEmpty()) {
            var vectors = embeddings.embed(sentences);
            for (var i = 0; i < vectors.length; i++) {
                missing.get(i).storeVector(Vectors.stored(vectors[i]));
            }
        }
        var result = new ArrayList<byte[]>(claims.size());
        claims.forEach(c -> result.add(c.getVector()));
        return result;
    }
}
