package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.extract.AttributionRole;
import org.factdesk.analysis.extract.AttributionTagger;
import org.factdesk.analysis.extract.WordTokens;
import org.junit.jupiter.api.Test;

/** The PolNeAR figures follow CofeNet's span rules; these cases pin each rule down. */
class SpanScoreTest {

    private static final List<WordTokens.Token> TOKENS = WordTokens.of("a b c d e f g h");
    private static final int O = 0;
    private static final int BS = AttributionRole.SOURCE.begin();
    private static final int IS = AttributionRole.SOURCE.inside();
    private static final int BC = AttributionRole.CUE.begin();

    private static List<AttributionTagger.Span> spans(int... labels) {
        return AttributionTagger.spans(TOKENS, labels);
    }

    @Test
    void anInsideLabelThatContinuesNothingStartsNoSpan() {
        assertEquals(1, spans(IS, IS, BS, IS, O, O, O, O).size());
        var span = spans(IS, IS, BS, IS, O, O, O, O).get(0);
        assertEquals(2, span.firstToken());
        assertEquals(3, span.lastToken());
    }

    @Test
    void exactMatchNeedsBothEndsAndCountsPerRole() {
        var score = new SpanScore();
        // gold: source [0,1], source [4], cue [6]; predicted: source [0,1] (hit), source [4,5] (begin only), cue [7]
        score.add(spans(BS, IS, O, O, BS, O, BC, O), spans(BS, IS, O, O, BS, IS, O, BC));
        var source = score.of(AttributionRole.SOURCE);
        assertEquals(0.5, source.precision(), 1e-9);
        assertEquals(0.5, source.recall(), 1e-9);
        assertEquals(1.0, source.beginF1(), 1e-9);
        // one hit over two gold spans and one predicted span that hit nothing
        assertEquals(1 / 3.0, source.accuracy(), 1e-9);
        // exact hit 1, best overlap of [4] with [4,5] is 1/2; no predicted span overlaps nothing
        assertEquals(1.5 / 2, source.jaccard(), 1e-9);
        var cue = score.of(AttributionRole.CUE);
        assertEquals(0, cue.f1(), 1e-9);
        // the predicted cue overlaps no gold cue, so it adds a zero to Jaccard's denominator
        assertEquals(0, cue.jaccard(), 1e-9);
    }
}
