package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.Seeds;
import org.factdesk.analysis.SourceDocument;
import org.junit.jupiter.api.Test;

/** Speakers and sources on short stories about people the rules have never seen. */
class SpeakerResolutionTest {

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String... paragraphs) {
        return analyzer.analyze(new SourceDocument("test", String.join("\n\n", paragraphs), SourceDocument.Format.TEXT));
    }

    @Test
    void pronounsPointToTheLastSubject() {
        var analysis = analyse("Finance Minister Maria Lopez presented the budget plan to parliament on Monday morning.",
                "She said the deficit would fall to 2.5 percent of economic output next year.",
                "\"We will not raise taxes on working families,\" she added.");
        var deficit = Seeds.claimStartingWith(analysis, "She said the deficit");
        assertEquals(ClaimKind.INDIRECT_QUOTE, deficit.kind());
        assertEquals("Maria Lopez", deficit.speaker());
        assertTrue(deficit.raisedBy().contains("worthiness.number"), deficit.reasons().toString());
        assertEquals("Maria Lopez", Seeds.claimStartingWith(analysis, "We will not raise taxes").speaker());
    }

    @Test
    void rolesPointToThePersonIntroducedWithThatRole() {
        var analysis = analyse("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday"
                        + " to discuss defence spending.",
                "\"Europe must stand together against every threat,\" the German chancellor said.",
                "\"We fully agree with that view,\" the French president replied.");
        assertEquals("Olaf Scholz", Seeds.claimStartingWith(analysis, "Europe must stand together").speaker());
        assertEquals("Emmanuel Macron", Seeds.claimStartingWith(analysis, "We fully agree").speaker());
    }

    @Test
    void surnamesPointToTheFullName() {
        var analysis = analyse("Health Secretary John Reyes visited the new children's hospital in the city on Tuesday.",
                "Reyes said that \"waiting lists are down by a third since January\" at the hospital.");
        assertEquals("John Reyes", Seeds.claimStartingWith(analysis, "waiting lists are down").speaker());
    }

    @Test
    void attributionAfterTheQuoteMayCarryTitlesAndAnAgency() {
        var analysis = analyse("\"The border will stay open for all trucks,\" Interior Minister Tom Hale said, AFP reported.",
                "\"We have enough staff at every crossing,\" said Deputy Minister Rita Moss.");
        var border = Seeds.claimStartingWith(analysis, "The border will stay open");
        assertEquals("Tom Hale", border.speaker());
        assertEquals(List.of("Tom Hale", "AFP"), border.attribution());
        assertEquals("Rita Moss", Seeds.claimStartingWith(analysis, "We have enough staff").speaker());
    }

    @Test
    void unnamedSourcesStayUnnamed() {
        var analysis = analyse("A Treasury spokeswoman said the talks with the unions would resume next week in London.",
                "She added that no agreement had been reached on the pension reform yet.");
        var talks = Seeds.claimStartingWith(analysis, "A Treasury spokeswoman said");
        assertNull(talks.speaker());
        assertEquals(List.of("Treasury spokeswoman"), talks.attribution());
        var pension = Seeds.claimStartingWith(analysis, "She added that");
        assertNull(pension.speaker());
        assertEquals(List.of("Treasury spokeswoman"), pension.attribution());
    }

    @Test
    void accordingToNamesTheSource() {
        var analysis = analyse("Exports rose 4 percent in May compared with April, according to Reuters.",
                "Imports fell for a third month in a row, the statistics office said in a report.");
        var exports = Seeds.claimStartingWith(analysis, "Exports rose 4 percent");
        assertEquals(List.of("Reuters"), exports.attribution());
        assertEquals("Reuters", exports.speaker());
        assertTrue(exports.raisedBy().containsAll(List.of("worthiness.number", "worthiness.statistic")),
                exports.reasons().toString());
    }

    @Test
    void anUnnamedSpeakerAfterTheCommaIsNotTheSentencesSubject() {
        var analysis = analyse("Valencia CF have signed Brazilian striker Lucas Moura for a club record 45 million euros,"
                + " the club said on Wednesday.");
        assertEquals(null, Seeds.claimStartingWith(analysis, "Valencia CF have signed").speaker());
    }

    @Test
    void aSentenceOpeningWithAccordingToIsTheSourcesClaim() {
        var analysis = analyse("According to the Civil Guard, 47 people were rescued from cars on flooded roads.",
                "Schools will stay closed on Tuesday, according to reports.");
        assertEquals("Civil Guard", Seeds.claimStartingWith(analysis, "According to the Civil Guard").speaker());
        assertEquals(null, Seeds.claimStartingWith(analysis, "Schools will stay closed").speaker());
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        var analysis = analyse("\"The harvest was the worst in a decade,\" farmer Paul Green told reporters in the valley.",
                "\"Nobody here remembers a summer this dry.\"");
        assertEquals("Paul Green", Seeds.claimStartingWith(analysis, "Nobody here remembers").speaker());
    }

    @Test
    void organisationsAndNamesAfterTheVerbSpeakToo() {
        var analysis = analyse("The Met Office said up to 250mm of rain could fall in some areas by Saturday.",
                "\"The recovery is fragile and depends on demand,\" said Anna Weiss, chief economist at a Zurich bank.");
        assertEquals("Met Office", Seeds.claimStartingWith(analysis, "The Met Office said").speaker());
        assertEquals("Anna Weiss", Seeds.claimStartingWith(analysis, "The recovery is fragile").speaker());
        assertTrue(analysis.claims().stream().noneMatch(c -> c.text().startsWith("\"The recovery")),
                "the attribution alone is not a claim");
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNoSpeaker() {
        var analysis = analyse("Critics said the 2024 budget cut transport spending by 8 percent in real terms.");
        var critics = Seeds.claimStartingWith(analysis, "Critics said");
        assertEquals(ClaimKind.INDIRECT_QUOTE, critics.kind());
        assertNull(critics.speaker());
        assertEquals(List.of("Critics"), critics.attribution());
    }
}
