package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.ArticleAnalyzer;
import org.factdesk.analysis.ClaimCandidate;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.Seeds;
import org.factdesk.analysis.SourceDocument;
import org.factdesk.analysis.SpeakerKind;
import org.junit.jupiter.api.Test;

/**
 * Speakers that are not a quoted person: transcript labels, organisations and groups, on short texts written for
 * this test in the styles of a TV transcript, a press release and a wire story.
 */
class SpeakerKindsTest {

    private final ArticleAnalyzer analyzer = new RuleBasedAnalyzer();

    private Analysis analyse(String... paragraphs) {
        return analyzer.analyze(new SourceDocument("test", String.join("\n\n", paragraphs), SourceDocument.Format.TEXT));
    }

    private static List<ClaimCandidate> overlapping(Analysis analysis, String words) {
        var at = analysis.cleanedText().indexOf(words);
        assertTrue(at >= 0, words);
        var end = at + words.length();
        return analysis.claims().stream().filter(c -> c.start() < end && c.end() > at).toList();
    }

    @Test
    void aTranscriptLabelWithNameAndRoleIsTheSpeakerOfItsTurn() {
        var analysis = analyse(
                "MARIA LOPEZ, FIRE CHIEF: We evacuated 340 homes in the valley overnight and two firefighters were"
                        + " injured near the dam.",
                "REPORTER: How many people are still missing after the fire on Sunday?",
                "LOPEZ: Six people are still unaccounted for, and the search will resume at first light.");
        var homes = Seeds.claimStartingWith(analysis, "We evacuated 340 homes");
        assertEquals("Maria Lopez", homes.speaker());
        assertEquals(SpeakerKind.PERSON, homes.speakerKind());
        assertEquals(ClaimKind.DIRECT_QUOTE, homes.kind());
        assertEquals("Maria Lopez", Seeds.claimStartingWith(analysis, "Six people are still unaccounted for").speaker());
        assertTrue(analysis.claims().stream().noneMatch(c -> c.text().contains("FIRE CHIEF:")),
                "a label is not part of what was said");
        assertTrue(analysis.claims().stream().noneMatch(c -> "Reporter".equals(c.speaker())),
                "a reporter's label names a role, not a person");
    }

    @Test
    void aTranscriptWithARoleLabelAndABracketedRoleReadsEachTurn() {
        var analysis = analyse(
                "ANCHOR: Good evening. The river crested at 9.4 metres on Sunday, the highest level since 1998.",
                "TOM BAKER (hydrologist): The levees were built for 8 metres, so the water went over them in three"
                        + " places on Saturday night.",
                "BAKER: We expect the level to fall below 7 metres by Wednesday if the rain stops.");
        var levees = Seeds.claimStartingWith(analysis, "The levees were built for 8 metres");
        assertEquals("Tom Baker", levees.speaker());
        assertEquals("Tom Baker", Seeds.claimStartingWith(analysis, "We expect the level to fall").speaker());
        var crest = Seeds.claimStartingWith(analysis, "The river crested at 9.4 metres");
        assertNull(crest.speaker());
        assertEquals(SpeakerKind.PERSON, crest.speakerKind());
        assertEquals(List.of("Anchor"), crest.attribution());
    }

    @Test
    void aLoneKickerInCapitalsIsNoSpeaker() {
        var analysis = analyse("UPDATE: Officials confirmed 12 deaths in the flooding in Valencia on Monday afternoon.",
                "Rescue teams were still searching three villages south of the city, the regional government said.");
        assertTrue(analysis.claims().stream().noneMatch(c -> "Update".equals(c.speaker())), analysis.claims().toString());
    }

    @Test
    void anOrganisationAfterTheCommaSpeaksForItselfNotForThePlayerItSigned() {
        var analysis = analyse("Valencia CF have signed Brazilian striker Lucas Moura for a club record 45 million euros,"
                + " the club said on Wednesday.");
        var signing = Seeds.claimStartingWith(analysis, "Valencia CF have signed");
        assertNotEquals("Lucas Moura", signing.speaker());
        assertEquals(SpeakerKind.ORGANISATION, signing.speakerKind());
    }

    @Test
    void aMinistryIsAnOrganisationNotTheMinisterNamedBefore() {
        var analysis = analyse("Interior Minister Tom Hale visited the northern border crossing on Thursday.",
                "The ministry said the crossing would reopen to trucks on Friday after 11 days.");
        var reopen = Seeds.claimStartingWith(analysis, "The ministry said");
        assertNotEquals("Tom Hale", reopen.speaker());
        assertEquals(SpeakerKind.ORGANISATION, reopen.speakerKind());
    }

    @Test
    void unionOfficialsPoliceAndResidentsAreGroups() {
        var analysis = analyse("Dock workers walked out at six ports on Monday, halting 80 percent of container traffic.",
                "Union officials said the strike would continue until the pay offer was raised to 6 percent.",
                "Police said three men were arrested after scuffles outside the Felixstowe terminal.",
                "Residents told reporters that lorries had queued for 12 kilometres on the A14 overnight.");
        for (var start : List.of("Union officials said", "Police said three men", "Residents told reporters")) {
            var claim = Seeds.claimStartingWith(analysis, start);
            assertEquals(SpeakerKind.GROUP, claim.speakerKind(), claim.toString());
            assertNull(claim.speaker(), claim.toString());
        }
    }

    @Test
    void aPressReleaseQuotesItsChiefExecutiveAndTheCompanySpeaksAsAnOrganisation() {
        var analysis = analyse("Northbridge Water today announced a £40 million investment in its treatment works in Leeds.",
                "\"This investment will cut leakage by 15 percent by 2027,\" said Chief Executive Helen Marsh.",
                "The company said it would hire 120 engineers over the next two years.");
        var leakage = Seeds.claimStartingWith(analysis, "This investment will cut leakage");
        assertEquals("Helen Marsh", leakage.speaker());
        assertEquals(SpeakerKind.PERSON, leakage.speakerKind());
        var hiring = Seeds.claimStartingWith(analysis, "The company said it would hire");
        assertNotEquals("Helen Marsh", hiring.speaker());
        assertEquals(SpeakerKind.ORGANISATION, hiring.speakerKind());
    }

    @Test
    void aSentenceIsNeverBothAWholeSentenceClaimAndABareQuote() {
        var analysis = analyse("\"We will not close the plant in Mainz,\" said Anna Berg, whose company employs 4,500"
                        + " people in the region since 2019.",
                "\"The order book is full until next spring,\" Berg told reporters.");
        assertEquals(1, overlapping(analysis, "We will not close the plant").size(), analysis.claims().toString());
        assertEquals(1, overlapping(analysis, "The order book is full").size(), analysis.claims().toString());
        for (var claim : analysis.claims()) {
            assertEquals("Anna Berg", claim.speaker(), claim.toString());
        }
    }

    @Test
    void fragmentsThatAssertNothingAreNoClaims() {
        var analysis = analyse("The talks on the new contract resumed in Hamburg on Tuesday after a week.",
                "\"They have time,\" he said.",
                "\"Nobody will sign anything before the vote on 14 May,\" said negotiator Ines Vogel.");
        assertTrue(analysis.claims().stream().noneMatch(c -> c.text().contains("They have time")),
                analysis.claims().toString());
        assertEquals("Ines Vogel", Seeds.claimStartingWith(analysis, "Nobody will sign anything").speaker());
        assertFalse(analysis.claims().stream().anyMatch(c -> c.text().strip().equals("he said.")));
    }

    @Test
    void aClubStatementAfterAQuoteIsTheClubsWordsNotThePlayersItNames() {
        var analysis = analyse("Midfielder Tomas Ruiz has joined Porto on a four-year contract for 18 million euros.",
                "\"We are delighted to welcome a player of his quality before the season starts,\" the club said in a"
                        + " statement on Thursday.");
        var welcome = overlapping(analysis, "We are delighted to welcome a player");
        assertEquals(1, welcome.size(), welcome.toString());
        assertNotEquals("Tomas Ruiz", welcome.get(0).speaker());
        assertEquals(SpeakerKind.ORGANISATION, welcome.get(0).speakerKind());
        assertEquals(List.of("the club"), welcome.get(0).attribution());
    }

    @Test
    void aClubQuotedWithoutADateIsTheSpeakerOfTheBareQuote() {
        var analysis = analyse("Midfielder Tomas Ruiz has joined Porto on a four-year contract for 18 million euros.",
                "\"He brings pace and experience to a young squad,\" the club said.");
        var pace = Seeds.claimStartingWith(analysis, "He brings pace and experience");
        assertNotEquals("Tomas Ruiz", pace.speaker());
        assertEquals(SpeakerKind.ORGANISATION, pace.speakerKind());
    }

    @Test
    void firefightersAndWitnessesAreGroupsAndAWitnessIsAPerson() {
        var analysis = analyse("Firefighters said the blaze at the timber yard in Kiel was under control by 6 pm on Friday.",
                "Witnesses told local radio that flames rose 30 metres above the roofs of the harbour.",
                "A witness said two explosions were heard shortly before 4 pm near the main gate.");
        assertEquals(SpeakerKind.GROUP, Seeds.claimStartingWith(analysis, "Firefighters said").speakerKind());
        assertEquals(SpeakerKind.GROUP, Seeds.claimStartingWith(analysis, "Witnesses told local radio").speakerKind());
        var witness = Seeds.claimStartingWith(analysis, "A witness said");
        assertEquals(SpeakerKind.PERSON, witness.speakerKind());
        assertNull(witness.speaker());
    }

    @Test
    void aPressReleaseNamesItsSpeakerWithTheRoleAfterTheName() {
        var analysis = analyse("Halden Foods today reported first-quarter revenue of $2.1 billion, up 8 percent from a"
                        + " year earlier.",
                "\"Demand for our frozen range grew in every region we serve,\" said Priya Natarajan, chief executive"
                        + " officer of Halden Foods.");
        var demand = Seeds.claimStartingWith(analysis, "Demand for our frozen range");
        assertEquals("Priya Natarajan", demand.speaker());
        assertEquals(SpeakerKind.PERSON, demand.speakerKind());
    }

    @Test
    void aQuoteLeftOpenOverTwoSentencesIsOneClaim() {
        var analysis = analyse("Plant manager Anna Berg spoke to workers at the gate in Mainz on Monday.",
                "\"We have orders for 2,000 engines until 2027. Nobody in Mainz will lose a job this year.");
        assertEquals(1, overlapping(analysis, "Nobody in Mainz will lose a job").size(), analysis.claims().toString());
    }
}
