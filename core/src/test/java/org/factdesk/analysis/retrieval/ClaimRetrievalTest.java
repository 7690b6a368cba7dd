package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.MatchableClaim;
import org.junit.jupiter.api.Test;

class ClaimRetrievalTest {

    private final MiniLmEmbeddings model = MiniLmEmbeddings.shared();
    private final ClaimMatcher matcher = new ClaimMatcher(model);

    private IndexedClaim reviewed(long id, String text) {
        return new IndexedClaim(id, text, ClaimKind.OTHER, null, Vectors.stored(model.embed(text)));
    }

    @Test
    void theModelIsNotRunForAClaimNoReviewedClaimSharesWordsWith() {
        var index = new Bm25ClaimIndex();
        index.add(reviewed(1, "The minimum wage will rise to 12 euros an hour in October."));
        var asked = new ArrayList<String>();
        var claim = MatchableClaim.of("Dockers walked out at the harbour.", ClaimKind.OTHER, null);
        var found = new ClaimRetrieval(index, matcher).find(claim, () -> {
            asked.add(claim.text());
            return model.embed(claim.text());
        }, 3);
        assertEquals(List.of(), found);
        assertEquals(List.of(), asked);
    }

    @Test
    void aVectorComputedOnDemandFindsWhatTheVectorGivenFinds() {
        var index = new Bm25ClaimIndex();
        index.add(reviewed(1, "The minimum wage will rise to 12 euros an hour in October."));
        index.add(reviewed(2, "Putin and Kim met at the Vostochny cosmodrome on Wednesday."));
        var retrieval = new ClaimRetrieval(index, matcher);
        var claim = MatchableClaim.of("Kim and Putin held talks at the Vostochny cosmodrome.", ClaimKind.OTHER, null);
        var vector = model.embed(claim.text());
        var given = retrieval.find(claim, vector, 3);
        var asked = new int[1];
        var lazy = retrieval.find(claim, () -> {
            asked[0]++;
            return model.embed(claim.text());
        }, 3);
        assertEquals(1, asked[0]);
        assertEquals(2L, given.get(0).claim().id());
        assertEquals(given, lazy);
    }
}
