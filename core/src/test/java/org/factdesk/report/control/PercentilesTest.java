package org.factdesk.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The figures a spreadsheet's PERCENTILE.INC and MEDIAN give for the same values. */
class PercentilesTest {

    private static List<Duration> minutes(long... values) {
        return LongStream.of(values).sorted().mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(Duration.ofMinutes(30), Percentiles.of(minutes(10, 30, 500), 0.5));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(Duration.ofMinutes(25), Percentiles.of(minutes(10, 20, 30, 1000), 0.5));
    }

    @Test
    void theNinetiethPercentileInterpolatesBetweenTheClosestRanks() {
        // PERCENTILE.INC({1..10}, 0.9) = 9.1: h = 9 * 0.9 = 8.1, so x[8] + 0.1 (x[9] - x[8])
        assertEquals(Duration.ofSeconds(9 * 60 + 6), Percentiles.of(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9));
        // PERCENTILE.INC({2, 4, 40}, 0.9) = 32.8
        assertEquals(Duration.ofSeconds(32 * 60 + 48), Percentiles.of(minutes(2, 4, 40), 0.9));
    }

    @Test
    void oneValueIsEveryPercentileAndTheEndsAreTheExtremes() {
        assertEquals(Duration.ofMinutes(7), Percentiles.of(minutes(7), 0.9));
        assertEquals(Duration.ofMinutes(1), Percentiles.of(minutes(1, 5, 9), 0));
        assertEquals(Duration.ofMinutes(9), Percentiles.of(minutes(1, 5, 9), 1));
    }

    @Test
    void noValuesHaveNoPercentileAndPMustBeAFraction() {
        assertNull(Percentiles.of(List.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(minutes(1), 90));
    }
}
