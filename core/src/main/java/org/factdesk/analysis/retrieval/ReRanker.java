package org.factdesk.analysis.retrieval;

import java.util.List;

/**
 * An optional second opinion on retrieved candidates, such as sentence embeddings, for paraphrases that share
 * few words. The product works without one; {@link ClaimRetrieval} blends its scores in when given one.
 */
public interface ReRanker {

    /** One similarity per candidate, in the candidates' order, each in [-1,1] or [0,1]. */
    double[] similarities(String query, List<IndexedClaim> candidates);
}
