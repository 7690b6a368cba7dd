package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static final String BODY = "The port of Rotterdam handled 12 percent more containers in the first quarter, "
            + "the port authority said on Thursday, citing strong demand from Asia.";

    private final TextCleaner cleaner = new TextCleaner();
    private final MetadataExtractor extractor = new MetadataExtractor();

    private Analysis.Metadata metadataOf(String... lines) {
        return extractor.extract(cleaner.clean(String.join("\n", lines)), PageMetadata.NONE);
    }

    @Test
    void readsAPersonalBylineAndItsDate() {
        var metadata = metadataOf("By Sarah Mills, Shipping Correspondent", "March 14, 2024", BODY);
        assertEquals("Sarah Mills", metadata.byline());
        assertNull(metadata.outlet());
        assertEquals(LocalDate.of(2024, 3, 14), metadata.publishedOn());
    }

    @Test
    void readsABylineWithoutBy() {
        var metadata = metadataOf("Rotterdam Port Posts Record Quarter", "Sarah Mills in Rotterdam", BODY);
        assertEquals("Sarah Mills", metadata.byline());
    }

    @Test
    void anOutletWithItsOwnHandleIsBothBylineAndOutlet() {
        var metadata = metadataOf("Harbour Daily | @harbourdaily | 14 Mar 2024, 09:10 am", BODY);
        assertEquals("Harbour Daily", metadata.byline());
        assertEquals("Harbour Daily", metadata.outlet());
        assertEquals(LocalDate.of(2024, 3, 14), metadata.publishedOn());
    }

    @Test
    void readsATimestampAboveTheStoryEvenWithTheTimeGluedOn() {
        var metadata = metadataOf("Rotterdam Port Posts Record Quarter", "March 14, 20245:42 AM GMT+1 Updated 2 hours ago",
                BODY);
        assertEquals("Rotterdam Port Posts Record Quarter", metadata.title());
        assertEquals(LocalDate.of(2024, 3, 14), metadata.publishedOn());
    }

    @Test
    void readsDatelineAndAgenciesFromTheBody() {
        var metadata = metadataOf("ROTTERDAM, March 14 (Reuters) - " + BODY, "Xinhua and Kyodo reported similar figures.");
        assertEquals("ROTTERDAM, March 14 (Reuters)", metadata.dateline());
        assertEquals(List.of("Reuters", "Xinhua", "Kyodo"), metadata.agencies());
    }

    @Test
    void pageMetadataWinsOverTheText() {
        var page = new PageMetadata("Declared title", "Declared Author", LocalDate.of(2020, 1, 2), "Declared Site");
        var metadata = extractor.extract(cleaner.clean("By Sarah Mills\n" + BODY), page);
        assertEquals("Declared title", metadata.title());
        assertEquals("Declared Author", metadata.byline());
        assertEquals(LocalDate.of(2020, 1, 2), metadata.publishedOn());
        assertEquals("Declared Site", metadata.outlet());
    }

    @Test
    void parsesTheUsualDateShapes() {
        assertEquals(LocalDate.of(2023, 9, 13), DateParser.find("date 2023-09-13").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 13), DateParser.find("Cosmodrome, 1920, 13.09.2023").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 13), DateParser.find("13 Sep 2023, 02:56 am").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 13), DateParser.find("Sept. 13, 2023").orElseThrow());
        assertEquals(LocalDate.of(2023, 9, 13), DateParser.find("09/13/2023").orElseThrow());
        assertEquals(true, DateParser.find("09/10/2023").isEmpty());
        assertEquals(true, DateParser.find("2023-02-30").isEmpty());
    }
}
