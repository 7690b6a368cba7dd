package org.factdesk.article.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteSuffixTest {

    @Test
    void aPipeSeparatesTheSiteWhateverItsName() {
        assertEquals("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange",
                SiteSuffix.cut("Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange  | Al Bawaba", "Desk upload", null));
        assertEquals("Floods close schools across the region",
                SiteSuffix.cut("Floods close schools across the region · Evening Courier", null, null));
    }

    @Test
    void aDashSeparatesOnlyTheNameOfTheOutletOrOfTheSite() {
        assertEquals("Fed holds rates steady as inflation cools",
                SiteSuffix.cut("Fed holds rates steady as inflation cools - Reuters", "Reuters", null));
        assertEquals("Fed holds rates steady as inflation cools",
                SiteSuffix.cut("Fed holds rates steady as inflation cools – Reuters", "Wire copy", "https://www.reuters.com/markets/fed-1"));
        assertEquals("Minister resigns over expenses",
                SiteSuffix.cut("Minister resigns over expenses — BBC News", null, "https://www.bbc.co.uk/news/uk-1"));
    }

    @Test
    void aDashInsideTheHeadlineStays() {
        assertEquals("Floods in Valencia - what we know so far",
                SiteSuffix.cut("Floods in Valencia - what we know so far", "El Diario", "https://eldiario.example/floods"));
        assertEquals("Putin meets Kim - live",
                SiteSuffix.cut("Putin meets Kim - live", "Sputnik", null));
    }

    @Test
    void aShortHeadlineKeepsItsLastPart() {
        assertEquals("Brexit | Explained", SiteSuffix.cut("Brexit | Explained", null, null));
    }

    @Test
    void aSectionAndTheSiteAreBothCut() {
        assertEquals("Kim Jong Un arrives at Vostochny cosmodrome",
                SiteSuffix.cut("Kim Jong Un arrives at Vostochny cosmodrome | World | Al Bawaba", null, null));
    }

    @Test
    void titlesWithoutSuffixAndMissingTitlesAreLeftAlone() {
        assertEquals("Council votes on the new budget", SiteSuffix.cut("  Council votes on the new budget ", "Outlet", null));
        assertEquals(null, SiteSuffix.cut(null, "Outlet", null));
        assertEquals("Council votes on the new budget - Outlet", SiteSuffix.cut("Council votes on the new budget - Outlet",
                "AP", "not a url at all"));
    }
}
