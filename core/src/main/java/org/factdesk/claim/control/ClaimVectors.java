package org.factdesk.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.claim.entity.Claim;

/**
 * The sentence vector of each stored claim: computed once, when the claim is first compared, and kept on the claim
 * row, so that neither a restart nor the next copy of the story computes it again. The vector is that of the
 * sentence the claim stands in (as {@link ClaimMatching} reads it), which is what the matcher compares.
 */
@Dependent
public class ClaimVectors {

    @Inject
    SentenceEmbeddings embeddings;

    /** The claims' stored vectors, in order; those missing are computed in one call of the model and stored. */
    public List<byte[]> of(List<Claim> claims) {
        var missing = claims.stream().filter(c -> c.getVector() == null).toList();
        if (!missing.isEmpty()) {
            var vectors = embeddings.embed(missing.stream().map(c -> ClaimMatching.matchable(c).context()).toList());
            for (var i = 0; i < vectors.length; i++) {
                missing.get(i).storeVector(Vectors.stored(vectors[i]));
            }
        }
        var result = new ArrayList<byte[]>(claims.size());
        claims.forEach(c -> result.add(c.getVector()));
        return result;
    }
}
