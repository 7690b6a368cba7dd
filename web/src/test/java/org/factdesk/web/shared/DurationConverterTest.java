package org.factdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

    @Test
    void aDurationReadsInItsTwoLargestUnits() {
        assertEquals("–", DurationConverter.format(null));
        assertEquals("< 1 min", DurationConverter.format(Duration.ofSeconds(40)));
        assertEquals("45 min", DurationConverter.format(Duration.ofMinutes(45)));
        assertEquals("3 h 20 min", DurationConverter.format(Duration.ofMinutes(200)));
        assertEquals("5 h", DurationConverter.format(Duration.ofHours(5)));
        assertEquals("2 d 5 h", DurationConverter.format(Duration.ofHours(53).plusMinutes(59)));
        assertEquals("3 d", DurationConverter.format(Duration.ofDays(3)));
    }
}
