package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {

    private final ClaimMatcher matcher = new ClaimMatcher(MiniLmEmbeddings.shared());

    @Test
    void quoteVariantsOfOneThankYouAreTheSameStatement() {
        var tight = new MatchableClaim("Thank you for inviting us, despite your tight schedule",
                "\"Thank you for inviting us, despite your tight schedule,\" Kim told Putin during the meeting.",
                ClaimKind.DIRECT_QUOTE, "Kim Jong Un");
        var busy = new MatchableClaim("despite being busy",
                "Kim Jong-un thanked Putin for the invitation ‘despite being busy’.", ClaimKind.DIRECT_QUOTE,
                "Kim Jong-un");
        var comparison = matcher.compare(tight, busy);
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertFalse(comparison.conflicting(), "Kim Jong Un and Kim Jong-un are one speaker");
    }

    @Test
    void whereTheLeadersMeetIsAPlaceConflict() {
        var vostochny = claim("Russian President Vladimir Putin and North Korean leader Kim Jong Un have had a brief talk"
                + " at Russia's Vostochny Cosmodrome in the Amur region, a Sputnik correspondent reported on Wednesday.");
        var vladivostok = claim("Russian and North Korean leaders are holding meeting in Russia’s eastern city of"
                + " Vladivostok, where the Eastern Economic Forum (EEF) is taking place.");
        var comparison = matcher.compare(vostochny, vladivostok);
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertEquals(List.of(List.of("PLACE", "Vostochny Cosmodrome", "Vladivostok")), found(comparison));
    }

    @Test
    void spellingVariantsOfOnePlaceAgree() {
        var comparison = matcher.compare(
                claim("Kim, who travelled to Russia in his special train, met the Russian leader in the Vostochny spaceport."),
                claim("Putin and Kim met at the Vostotshny cosmodrome, the Russian leader's office said."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertFalse(comparison.conflicting(), comparison.toString());
    }

    @Test
    void differentFiguresForTheSameCountAreANumberConflict() {
        var comparison = matcher.compare(
                claim("Police said 3,200 people joined the march through the city centre on Saturday."),
                claim("About 2,500 people joined the march through the city centre on Saturday, police said."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertEquals(List.of(List.of("NUMBER", "3,200", "About 2,500")), found(comparison));
    }

    @Test
    void differentDaysAreADateConflict() {
        var comparison = matcher.compare(claim("The finance minister resigned on Tuesday after the budget vote failed."),
                claim("The finance minister resigned on Wednesday after the budget vote failed."));
        assertEquals(List.of(List.of("DATE", "Tuesday", "Wednesday")), found(comparison));
    }

    @Test
    void theSameWordsFromTwoSpeakersAreASpeakerConflict() {
        var words = "We will always support the decisions of the Russian leadership";
        var comparison = matcher.compare(MatchableClaim.of(words, ClaimKind.DIRECT_QUOTE, "Kim Jong Un"),
                MatchableClaim.of(words, ClaimKind.DIRECT_QUOTE, "Vladimir Putin"));
        assertEquals(List.of(List.of("SPEAKER", "Kim Jong Un", "Vladimir Putin")), found(comparison));
    }

    @Test
    void aDetailOnlyOneCopyGivesIsNoConflict() {
        var comparison = matcher.compare(claim("Kim last visited the country in 2019."),
                claim("The last time Kim left his country’s borders was in 2019, when he went to Vladivostok."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertFalse(comparison.conflicting(), comparison.toString());
    }

    @Test
    void claimsThatOnlyShareTheirNamesStayApart() {
        var proud = claim("Russia is proud of how the country's space industry is developing, Russian President"
                + " Vladimir Putin said at a meeting with North Korean leader Kim Jong Un on Wednesday.");
        var ties = claim("Kim Jong Un on Wednesday met Russian President Vladimir Putin and said North Korea wants"
                + " to further develop ties with Moscow.");
        assertFalse(matcher.compare(proud, ties).sameStatement());
    }

    @Test
    void aPastMeetingInTheSameCityIsNotTodaysMeeting() {
        var today = claim("Russian and North Korean leaders are holding meeting in Russia’s eastern city of Vladivostok.");
        var past = claim("The last time Kim left his country’s borders was in 2019, when he went to Vladivostok, also"
                + " for a meeting with Putin.");
        assertFalse(matcher.compare(today, past).sameStatement());
    }

    @Test
    void twoOutletsCountingTheSameEvacuationDifferentlyMatchWithANumberConflict() {
        var comparison = matcher.compare(
                claim("Heavy rain on Monday forced about 3,200 people to leave their homes in Lyon, officials said."),
                claim("Around 2,500 residents were evacuated from their homes in Lyon after torrential rain on Monday."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertEquals(List.of(List.of("NUMBER", "about 3,200", "Around 2,500")), found(comparison));
    }

    @Test
    void whatAFigureCountsIsReadFromTheNounRightAfterItOrTheNextWord() {
        var comparison = matcher.compare(
                claim("Some 3,000 people fled their homes in Lyon on Monday after torrential rain, officials said."),
                claim("About 2,500 Lyon residents were evacuated from their homes on Monday after heavy rain."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertEquals(List.of(List.of("NUMBER", "Some 3,000", "About 2,500")), found(comparison));
    }

    @Test
    void countsOfDifferentOutcomesInOnePlaceAndDayStayApart() {
        var comparison = matcher.compare(
                claim("Heavy rain on Monday forced about 3,200 people to leave their homes in Lyon, officials said."),
                claim("At least 12 people died in Lyon on Monday after heavy rain, officials said."));
        assertFalse(comparison.sameStatement(), comparison.toString());
    }

    @Test
    void figuresThatMeasureDifferentThingsStayApart() {
        var comparison = matcher.compare(claim("The company said its revenue rose 12% to $4.1 billion in 2024."),
                claim("The company said its profit rose 8% to $1.2 billion in 2024."));
        assertFalse(comparison.sameStatement(), comparison.toString());
    }

    @Test
    void aWalkOutAndAStrikeAreOneStatement() {
        var comparison = matcher.compare(
                claim("Dock workers at the port of Hamburg walked out on Monday after pay talks broke down."),
                claim("Hamburg's dockers went on strike on Monday when wage negotiations collapsed."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertFalse(comparison.conflicting(), comparison.toString());
    }

    @Test
    void noMoreThanAndAtMostSayTheSame() {
        var comparison = matcher.compare(
                claim("The ministry said no more than 300 people had been evacuated from the village."),
                claim("At most 300 people were evacuated from the village, according to the ministry."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertFalse(comparison.conflicting(), comparison.toString());
    }

    @Test
    void theSameWordsAboutAnotherCompanyAreAnotherStatement() {
        var comparison = matcher.compare(
                claim("The competition authority fined Alphabet 2.4 billion euros for favouring its shopping service."),
                claim("The competition authority fined Qualcomm 242 million euros for selling chips below cost."));
        assertFalse(comparison.sameStatement(), comparison.toString());
    }

    @Test
    void theSameWordsWithOneFigureChangedMatchAndShowTheConflict() {
        var comparison = matcher.compare(
                claim("The regulator fined the airline 3.4 million euros for late refunds, it said on Thursday."),
                claim("The regulator fined the airline 4.3 million euros for late refunds, it said on Thursday."));
        assertTrue(comparison.sameStatement(), comparison.toString());
        assertEquals(List.of(List.of("NUMBER", "3.4 million euros", "4.3 million euros")), found(comparison));
    }

    @Test
    void aStatementAndItsDenialAreNotTheSame() {
        var comparison = matcher.compare(claim("The mayor said the dam had been inspected last year."),
                claim("The mayor said the dam had never been inspected."));
        assertFalse(comparison.sameStatement(), comparison.toString());
    }

    private static MatchableClaim claim(String text) {
        return MatchableClaim.of(text, ClaimKind.EVENT, null);
    }

    /** Each conflict as its kind and two values, the way the claim page shows it. */
    private static List<List<String>> found(Comparison comparison) {
        return comparison.conflicts().stream().map(c -> List.of(c.kind().name(), c.value(), c.otherValue())).toList();
    }
}
