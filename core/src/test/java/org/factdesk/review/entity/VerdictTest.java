package org.factdesk.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void theRatedVerdictsFillTheScaleFromFalseToTrueOncePerPoint() {
        var values = Arrays.stream(Verdict.values()).filter(Verdict::isRated).mapToInt(Verdict::ratingValue).sorted().toArray();

        assertEquals(Verdict.BEST_RATING - Verdict.WORST_RATING + 1, values.length);
        for (var i = 0; i < values.length; i++) {
            assertEquals(Verdict.WORST_RATING + i, values[i]);
        }
        assertEquals(Verdict.WORST_RATING, Verdict.FALSE.ratingValue());
        assertEquals(Verdict.BEST_RATING, Verdict.TRUE.ratingValue());
    }

    @Test
    void unverifiableHasNoPointOnTheScale() {
        assertFalse(Verdict.UNVERIFIABLE.isRated());
        assertThrows(IllegalStateException.class, Verdict.UNVERIFIABLE::ratingValue);
        assertTrue(Verdict.HALF_TRUE.isRated());
    }
}
