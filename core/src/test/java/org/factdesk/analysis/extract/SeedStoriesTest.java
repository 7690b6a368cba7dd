package org.factdesk.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** What an editor reading the five seed copies expects the engine to make of them. */
class SeedStoriesTest {

    static final List<String> ALL = Seeds.ALL;

    @ParameterizedTest
    @FieldSource("ALL")
    void offsetsPointIntoTheCleanedText(String seed) {
        var analysis = Seeds.analyse(seed);
        var text = analysis.cleanedText();
        assertTrue(analysis.warnings().isEmpty(), analysis.warnings().toString());
        assertFalse(analysis.sentences().isEmpty());
        for (var sentence : analysis.sentences()) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
        for (var claim : analysis.claims()) {
            assertEquals(claim.text(), text.substring(claim.start(), claim.end()));
            assertTrue(claim.score() >= 0 && claim.score() <= 1, claim.toString());
            assertFalse(claim.reasons().isEmpty(), claim.toString());
        }
    }

    @Test
    void cleanCopyLosesOnlyTheAgencySignOff() {
        var analysis = Seeds.analyse(Seeds.CLEAN);
        assertEquals(List.of("RHM/PR"), analysis.removed());
        assertTrue(analysis.cleanedText().startsWith("Russian President Vladimir Putin and North Korean leader Kim Jong Un"
                + " have had a brief talk at Russia's Vostochny Cosmodrome in the Amur region, a Sputnik correspondent"
                + " reported on Wednesday, Sputnik reported.\n\n"));
        assertTrue(analysis.cleanedText().endsWith("as part of his first visit to Russia since 2019."));
        assertEquals(List.of("Sputnik"), analysis.metadata().agencies());
        assertNull(analysis.metadata().title());
    }

    @Test
    void cleanCopyQuotesHaveTheirSpeakers() {
        var analysis = Seeds.analyse(Seeds.CLEAN);
        var thanks = Seeds.claimStartingWith(analysis, "Thank you for inviting us, despite your tight schedule");
        assertEquals(ClaimKind.DIRECT_QUOTE, thanks.kind());
        assertTrue(thanks.text().contains("Thank you for inviting us, despite your tight schedule"), thanks.text());
        assertEquals("Kim Jong Un", thanks.speaker());
        assertEquals("Vladimir Putin",
                Seeds.claimStartingWith(analysis, "The North Korean leadership is interested in rocket construction").speaker());
        var disclosure = Seeds.claimStartingWith(analysis, "should not become the subject of any public disclosure");
        assertEquals("Dmitry Peskov", disclosure.speaker());
        var briefing = Seeds.claimStartingWith(analysis, "Kremlin spokesman Dmitry Peskov told reporters");
        assertEquals(ClaimKind.INDIRECT_QUOTE, briefing.kind());
        assertEquals("Dmitry Peskov", briefing.speaker());
        assertEquals(List.of("Dmitry Peskov"), briefing.attribution());
        assertEquals(List.of("Sputnik"), Seeds.claimStartingWith(analysis, "Russian President Vladimir Putin and North"
                + " Korean leader Kim Jong Un have had").attribution());
    }

    @Test
    void cleanCopyFindsDatesAndEvents() {
        var analysis = Seeds.analyse(Seeds.CLEAN);
        var lastVisit = Seeds.claimStartingWith(analysis, "Kim last visited the country in 2019.");
        assertEquals(ClaimKind.EVENT, lastVisit.kind());
        assertTrue(lastVisit.raisedBy().contains("worthiness.number"), lastVisit.reasons().toString());
        var firstTrip = Seeds.claimStartingWith(analysis, "This is the North Korean leader's first trip abroad in four years");
        assertEquals(ClaimKind.EVENT, firstTrip.kind());
        assertTrue(firstTrip.raisedBy().containsAll(List.of("worthiness.number", "worthiness.superlative")),
                firstTrip.reasons().toString());
    }

    @Test
    void widgetCopyDropsWidgetsFillerAndCommentForm() {
        var analysis = Seeds.analyse(Seeds.WIDGETS);
        assertEquals(List.of("Post Widget 1", "Heath Tips", "• In enim justo, rhoncus ut, imperdiet a",
                "• Fringilla vel, aliquet nec, vulputateDonec pede justo, eget, arcu. In enim justo, rhoncus ut, "
                        + "imperdiet a, venenatis vitae, justo.Nullam dictum felis eu pede mollis pretium.",
                "Post Widget 2", "Putin meets N Korea's Jong Un at Russia Vostochny Cosmodrome", "RHM/PR", "admin",
                "Related Posts", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Read also x"), analysis.removed());
        assertEquals("Putin meets N Korea's Jong Un at Russia Vostochny Cosmodrome", analysis.metadata().title());
        var text = analysis.cleanedText();
        assertEquals(text.indexOf("Putin meets N Korea"), text.lastIndexOf("Putin meets N Korea"));
        assertTrue(text.contains("“Thank you for inviting us, despite your tight schedule,” Kim told Putin during the meeting."));
        assertEquals("Kim Jong Un",
                Seeds.claimStartingWith(analysis, "Thank you for inviting us, despite your tight schedule").speaker());
    }

    @Test
    void vladivostokCopyReadsHeadlineStampAndCaptions() {
        var analysis = Seeds.analyse(Seeds.VLADIVOSTOK);
        assertEquals("Russia Proud of How Its Space Industry Developing, Putin Tells Kim Jong Un", analysis.metadata().title());
        assertEquals(LocalDate.of(2023, 9, 13), analysis.metadata().publishedOn());
        assertEquals("Sputnik India", analysis.metadata().outlet());
        assertEquals(List.of("World News",
                "Get all the latest news from India's closest neighbors overseas before it gets cold.",
                "© POOL / Go to the mediabankVladimir Putin and Kim Jong Un at Vostochny Cosmodrome",
                "Vladimir Putin and Kim Jong Un at Vostochny Cosmodrome - Sputnik India, 1920, 13.09.2023"),
                analysis.removed());
    }

    @Test
    void vladivostokCopyResolvesRolesAndPronouns() {
        var analysis = Seeds.analyse(Seeds.VLADIVOSTOK);
        assertEquals("Kim Jong Un", Seeds.claimStartingWith(analysis, "Our friendship has deep roots").speaker());
        assertEquals("Vladimir Putin", Seeds.claimStartingWith(analysis, "It is a good start, very productive").speaker());
        // the words around the quote are worth checking themselves, so the sentence is the claim, never also the quote
        var thanks = Seeds.claimStartingWith(analysis, "The North Korean leader thanked the Russian president");
        assertEquals("Kim Jong Un", thanks.speaker());
        assertEquals(ClaimKind.DIRECT_QUOTE, thanks.kind());
        assertTrue(analysis.claims().stream().noneMatch(c -> c.text().startsWith("at a very important period")));
        assertEquals("Vladimir Putin", Seeds.claimStartingWith(analysis, "There are certain restrictions.").speaker());
        var anniversary = Seeds.claimStartingWith(analysis, "The Russian president noted that");
        assertEquals("Vladimir Putin", anniversary.speaker());
        assertTrue(anniversary.text().contains("75 years"));
        assertTrue(anniversary.raisedBy().contains("worthiness.number"), anniversary.reasons().toString());
        var imperialism = Seeds.claimStartingWith(analysis, "He added that North Korea would always be together");
        assertEquals(ClaimKind.INDIRECT_QUOTE, imperialism.kind());
        assertEquals("Kim Jong Un", imperialism.speaker());
    }

    @Test
    void vladivostokCopyKeepsMultiSentenceQuotesWhole() {
        var analysis = Seeds.analyse(Seeds.VLADIVOSTOK);
        var glad = "\"I am very glad to see and welcome you again in Russia. This time, as we agreed, [wee meet] at our "
                + "cosmodrome, the Vostochny cosmodrome. We are proud of how this industry is developing in our country,\""
                + " Putin said after the inspection of the launch complex.";
        assertTrue(analysis.sentences().stream().anyMatch(s -> s.text().equals(glad)));
        assertTrue(analysis.sentences().stream().anyMatch(s -> s.text().startsWith("There are certain restrictions.")
                && s.text().endsWith("Putin noted.")));
    }

    @Test
    void headlineListCopyReadsBylineAndDropsUnrelatedHeadlines() {
        var analysis = Seeds.analyse(Seeds.HEADLINE_LIST);
        assertEquals("Just Earth News", analysis.metadata().byline());
        assertEquals("Just Earth News", analysis.metadata().outlet());
        assertEquals(LocalDate.of(2023, 9, 13), analysis.metadata().publishedOn());
        var removed = analysis.removed();
        assertEquals("Just Earth News | @justearthnews | 13 Sep 2023, 02:56 am Print", removed.get(0));
        assertEquals("Kim Jong Un meets Vladimir Putin in Russia. Photo Courtesy: Screen grab from X page of Sprinter",
                removed.get(1));
        assertEquals(7, removed.size(), removed.toString());
        assertTrue(removed.subList(2, 7).stream().allMatch(line -> line.startsWith("- ")), removed.toString());
        assertTrue(analysis.cleanedText().endsWith("\"The North Korean leadership is interested in rocket construction,"
                + " they are also trying to develop space technologies,\" Putin was quoted as saying by Sputnik Global."));
    }

    @Test
    void headlineListCopyAttributesQuotesThroughTheAgency() {
        var analysis = Seeds.analyse(Seeds.HEADLINE_LIST);
        var ties = Seeds.claimStartingWith(analysis, "We want to further develop ties");
        assertEquals("Kim Jong Un", ties.speaker());
        assertEquals(List.of("Kim Jong Un", "Sputnik Globe"), ties.attribution());
        assertEquals("Vladimir Putin", Seeds.claimStartingWith(analysis, "We, of course, need to talk").speaker());
        var proud = Seeds.claimStartingWith(analysis, "During the meeting, Putin said he is 'proud'");
        assertEquals(ClaimKind.INDIRECT_QUOTE, proud.kind());
        assertEquals("Vladimir Putin", proud.speaker());
        assertEquals(ClaimKind.EVENT,
                Seeds.claimStartingWith(analysis, "The last meeting between the two leaders took place in 2019").kind());
    }

    @Test
    void gluedLinksCopyCutsTailsButKeepsParagraphs() {
        var analysis = Seeds.analyse(Seeds.GLUED_LINKS);
        assertEquals(List.of("date 2023-09-13", "See also Did Lindner lie about basic child security?",
                "Kim Jong-un and Vladimir Putin at the Vostochni Space Center. © Mikhail Metzel / POOL / AFP",
                "See also Racist Murders in Buffalo: You all know one of the dead",
                "See also German rental cars in Rotterdam tackled KEIHARD"), analysis.removed());
        var text = analysis.cleanedText();
        assertTrue(text.startsWith("The meeting between the leaders of North Korea and Russia had been eagerly awaited"));
        assertTrue(text.contains("The US has already warned North Korea against arms deliveries to Russia.\n\n"));
        assertTrue(text.contains("join the fight against imperialism.”\n\n"));
        assertTrue(text.endsWith("These are short-range missiles."));
        assertTrue(text.contains("\n\nUrgently looking for ammunition\n\n"));
        assertTrue(text.contains("\n\nTwo missiles fired\n\n"));
        assertEquals(LocalDate.of(2023, 9, 13), analysis.metadata().publishedOn());
        assertEquals(List.of("RIA", "Tass"), analysis.metadata().agencies());
    }

    @Test
    void gluedLinksCopyResolvesSpeakersFromCaptionAndContext() {
        var analysis = Seeds.analyse(Seeds.GLUED_LINKS);
        var slowly = Seeds.claimStartingWith(analysis, "We will talk about all topics slowly. There is time");
        assertEquals("We will talk about all topics slowly. There is time", slowly.text());
        assertEquals("Vladimir Putin", slowly.speaker());
        assertEquals("Vladimir Putin", Seeds.claimStartingWith(analysis, "happy to see him").speaker());
        assertEquals("Kim Jong-un", Seeds.claimStartingWith(analysis, "despite being busy").speaker());
        assertEquals(List.of("Vladimir Putin", "RIA"), Seeds.claimStartingWith(analysis, "talk about all issues").attribution());
        assertEquals("Vladimir Putin", Seeds.claimStartingWith(analysis, "The leader of North Korea is showing").speaker());
        assertEquals("Kim Jong-un", Seeds.claimStartingWith(analysis, "Russia has entered into a holy struggle").speaker());
        assertEquals("Kim Jong-un", Seeds.claimStartingWith(analysis, "We will always support the decisions").speaker());
        var spokesman = Seeds.claimStartingWith(analysis, "A Kremlin spokesman said");
        assertNull(spokesman.speaker());
        assertEquals(List.of("Kremlin spokesman"), spokesman.attribution());
        assertEquals(List.of("Tass"), Seeds.claimStartingWith(analysis, "According to the Russian state news agency Tass")
                .attribution());
    }
}
