package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.analysis.ClaimKind;
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
            for (var i = 0; i < 5; i++) {
                // the same sum in another order may differ in the last bit
                assertEquals(all.get(i).score(), top.get(i).score(), 1e-9);
            }
        }
    }

    @Test
    void aCopyIsFoundFirstWhenItsWordsAreInEveryOtherClaim() {
        var budgeted = new Bm25ClaimIndex(100);
        var unbounded = new Bm25ClaimIndex(Integer.MAX_VALUE);
        for (var id = 0; id < 400; id++) {
            var claim = claim(id, "The government raised taxes on fuel again, the minister said in week " + id + ".");
            budgeted.add(claim);
            unbounded.add(claim);
        }
        var copy = claim(1000, "The government raised taxes on fuel by 12 percent in Norway.");
        budgeted.add(copy);
        unbounded.add(copy);
        var query = "Norway's government raised fuel taxes by 12 percent";
        var found = budgeted.candidates(query, 3);
        assertEquals(1000L, found.get(0).claim().id());
        assertEquals(unbounded.candidates(query, 3).get(0).score(), found.get(0).score(), 1e-9,
                "the words found everywhere still count in the copy's score");
    }

    @Test
    void aStoreCompactedAfterManyRemovalsRanksLikeOneBuiltFromTheClaimsLeft() {
        var random = new Random(11);
        var all = new ArrayList<IndexedClaim>();
        for (var id = 0; id < 3000; id++) {
            all.add(claim(id, "w" + random.nextInt(200) + " w" + random.nextInt(200) + " w" + random.nextInt(50)));
        }
        var compacted = new Bm25ClaimIndex();
        compacted.addAll(all);
        all.subList(0, 2000).forEach(claim -> compacted.remove(claim.id()));
        var fresh = new Bm25ClaimIndex();
        all.subList(2000, 3000).forEach(fresh::add);
        assertEquals(1000, compacted.size());
        for (var q = 0; q < 20; q++) {
            var query = all.get(2000 + random.nextInt(1000)).text();
            assertEquals(ids(fresh.candidates(query, 5)), ids(compacted.candidates(query, 5)));
        }
    }

    private static IndexedClaim claim(long id, String text) {
        return new IndexedClaim(id, text, ClaimKind.OTHER, null);
    }

    static List<String> ids(List<ClaimIndex.Candidate> candidates) {
        return candidates.stream().map(c -> Long.toString(c.claim().id())).toList();
    }
}
