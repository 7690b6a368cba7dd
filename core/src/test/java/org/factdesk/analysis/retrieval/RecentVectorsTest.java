package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentVectorsTest {

    /** Counts what it is asked to embed; a text's vector is read from its letters, so it is the same every time. */
    private static final class CountingModel implements SentenceEmbeddings {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimensions() {
            return 4;
        }

        @Override
        public float[][] embed(List<String> texts) {
            asked.addAll(texts);
            var vectors = new float[texts.size()][];
            for (var i = 0; i < vectors.length; i++) {
                var text = texts.get(i);
                vectors[i] = Vectors.unit(new float[] {text.length() + 1, text.hashCode() % 7, 1, 2});
            }
            return vectors;
        }
    }

    @Test
    void aRememberedVectorIsTheOneTheModelGivesAndTheModelRunsOncePerText() {
        var model = MiniLmEmbeddings.shared();
        var recent = new RecentVectors(model);
        var claim = "About 2,000 dockers went on strike on Monday when wage negotiations collapsed.";
        var story = "Port at a standstill. " + claim;
        var first = recent.embed(List.of(story, claim, claim));
        assertArrayEquals(model.embed(story), first[0]);
        assertArrayEquals(model.embed(claim), first[1]);
        assertArrayEquals(first[1], first[2]);
        assertArrayEquals(model.embed(claim), recent.embed(claim), "remembered, as when its sentence is embedded");
        assertEquals(2, recent.size());
    }

    @Test
    void onlyTextsNotRememberedReachTheModelEachOnceInOneCall() {
        var model = new CountingModel();
        var recent = new RecentVectors(model);
        recent.embed(List.of("a strike", "a walk-out"));
        recent.embed(List.of("a walk-out", "a lockout", "a lockout", "a strike"));
        assertEquals(List.of("a strike", "a walk-out", "a lockout"), model.asked);
    }

    @Test
    void theLeastRecentlyUsedTextIsForgottenFirstAndLongTextsAreNotKept() {
        var model = new CountingModel();
        var recent = new RecentVectors(model, 2);
        recent.embed("one");
        recent.embed("two");
        recent.embed("one");
        recent.embed("three");
        model.asked.clear();
        recent.embed(List.of("one", "three", "two"));
        assertEquals(List.of("two"), model.asked, "two was used least recently");
        assertEquals(2, recent.size());
        var page = "x".repeat(RecentVectors.MAX_CHARS + 1);
        recent.embed(page);
        recent.embed(page);
        assertEquals(2, model.asked.stream().filter(page::equals).count());
    }

    @Test
    void callersGetCopiesTheyMayChange() {
        var recent = new RecentVectors(new CountingModel());
        var first = recent.embed("a strike");
        var kept = first.clone();
        first[0] = 42;
        var second = recent.embed("a strike");
        assertNotSame(first, second);
        assertArrayEquals(kept, second);
    }
}
