package org.factdesk.analysis.control.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.claim.entity.ClaimKind;
import org.junit.jupiter.api.Test;

class Bm25ClaimIndexTest {

    @Test
    void findsTheEarlierClaimThatSaysTheSameFirst() {
        var index = new Bm25ClaimIndex();
        index.add(claim(1, "The minimum wage will rise to 12 euros an hour in October."));
        index.add(claim(2, "Putin and Kim met at the Vostochny cosmodrome on Wednesday."));
        index.add(claim(3, "The cosmodrome in the Amur region was built to replace Baikonur."));
        var found = index.candidates("Kim and Putin meet at Vostochny cosmodrome", 2);
        assertEquals(2L, found.get(0).claim().id());
        assertEquals(3L, found.get(1).claim().id());
    }

    @Test
    void removedAndReplacedClaimsAreNotFoundUnderTheirOldText() {
        var index = new Bm25ClaimIndex();
        index.add(claim(1, "Unemployment fell to 4.1 percent in March."));
        index.add(claim(2, "Inflation rose to 3 percent in March."));
        assertTrue(index.remove(2));
        index.add(claim(1, "Exports doubled last year."));
        assertEquals(1, index.size());
        assertTrue(index.candidates("unemployment percent March", 5).isEmpty());
        assertEquals(1L, index.candidates("exports doubled", 5).get(0).claim().id());
    }

    @Test
    void prunedSearchRanksLikeScoringEveryDocument() {
        var random = new Random(7);
        var words = new ArrayList<String>();
        for (var i = 0; i < 300; i++) {
            words.add("w" + i);
        }
        var index = new Bm25ClaimIndex();
        var texts = new ArrayList<String>();
        for (var id = 0; id < 3000; id++) {
            var text = new StringBuilder();
            for (var w = 0; w < 8; w++) {
                // a skewed vocabulary, as in news: a few words everywhere, most words rare
                text.append(words.get((int) (300 * Math.pow(random.nextDouble(), 3)))).append(' ');
            }
            texts.add(text.toString());
            index.add(claim(id, text.toString()));
        }
        for (var q = 0; q < 20; q++) {
            var query = texts.get(random.nextInt(texts.size()));
            var top = index.candidates(query, 5);
            var all = index.candidates(query, 3000);
            assertEquals(all.subList(0, 5).stream().map(c -> c.score()).toList(),
                    top.stream().map(c -> c.score()).toList());
        }
    }

    private static IndexedClaim claim(long id, String text) {
        return new IndexedClaim(id, text, ClaimKind.OTHER, null);
    }

    static List<String> ids(List<ClaimIndex.Candidate> candidates) {
        return candidates.stream().map(c -> Long.toString(c.claim().id())).toList();
    }
}
