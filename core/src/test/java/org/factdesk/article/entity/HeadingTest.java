package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadingTest {

    @Test
    void aTitleIsShownAsItIs() {
        assertEquals("Putin meets Kim at Vostochny", Heading.of("Putin meets Kim at Vostochny"));
    }

    @Test
    void anArticleWithoutTitleIsHeadedByItsFirstWholeWords() {
        var lead = "Russian President Vladimir Putin and North Korean leader Kim Jong Un have had a brief talk at "
                + "Russia's Vostochny Cosmodrome in the Amur region";
        var heading = Heading.of(lead);
        assertEquals("Russian President Vladimir Putin and North Korean leader Kim Jong Un have had a brief talk at…",
                heading);
        assertTrue(heading.length() <= Heading.MAX);
    }

    @Test
    void lineBreaksOfTheLeadBecomeSpaces() {
        assertEquals("Kim arrived by train. He met Putin.", Heading.of("Kim arrived by train.\n\nHe met Putin."));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(Heading.of(null));
    }
}
