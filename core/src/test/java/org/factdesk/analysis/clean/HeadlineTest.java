package org.factdesk.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The title of plain text is its headline, never the furniture printed above or around it. */
class HeadlineTest {

    private static final String LEAD = "Firefighters evacuated about 600 residents of the village of Ostby on Tuesday "
            + "after a fire at a recycling plant sent thick smoke over the valley, the regional authority said.";
    private static final String SECOND = "No one was injured, but two firefighters were treated for smoke inhalation, "
            + "according to a spokeswoman for the fire service, who said the blaze was under control by evening.";
    private static final String HEADLINE = "Hundreds evacuated as recycling plant fire sends smoke over Ostby";

    private final TextCleaner cleaner = new TextCleaner();

    private String title(String... head) {
        return cleaner.clean(String.join("\n", head) + "\n" + LEAD + "\n" + SECOND).title();
    }

    @Test
    void aMastheadInCapitalsAndASectionLabelAreNotTheTitle() {
        assertEquals(HEADLINE, title("VALLEY EVENING STANDARD", "NEWS", "Local", HEADLINE));
        assertEquals(HEADLINE, title("THE OSTBY OBSERVER", HEADLINE, "By Karin Lund"));
    }

    @Test
    void aConsentBannerIsNotTheTitle() {
        assertEquals(HEADLINE, title("We value your privacy", "We and our partners use cookies to personalise content",
                "Accept all cookies", HEADLINE));
    }

    @Test
    void aDeskAndClockTimeOrATimestampIsNotTheTitle() {
        assertEquals(HEADLINE, title("Regional desk | 18:05", HEADLINE));
        assertEquals(HEADLINE, title(HEADLINE, "Updated 18:05 CEST, 4 June 2024"));
        assertEquals(HEADLINE, title("Tuesday 4 June 2024 18:05", "Breaking news", HEADLINE, "Published 2 hours ago"));
    }

    @Test
    void textThatStartsWithItsStoryHasNoTitle() {
        assertNull(cleaner.clean(LEAD + "\n" + SECOND).title());
    }
}
