package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.ClaimKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two copies of one statement, compared slot by slot. Each pair is written here in the words outlets use; whether
 * the two say the same is decided before this point, by the matcher.
 */
class ConflictFinderTest {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 6, 14);
    private final ConflictFinder finder = new ConflictFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The buyer pays €3.4bn.|The buyer pays 3.4 billion euros.",
            "The buyer pays €3.4bn.|The buyer pays approximately EUR 3,400 million.",
            "Der Käufer zahlt 3,4 Mrd. Euro.|The buyer pays EUR 3,400 million.",
            "The damage amounts to EUR 4.2 million.|Der Schaden beträgt 4,2 Mio. Euro.",
            "Le préjudice s'élève à 1.234.567,50 €.|The damage was €1,234,567.50.",
            "The club was fined £85,000.|The club was fined eighty-five thousand pounds.",
            "The club was fined £85,000.|The club was fined 85,000 pounds.",
            "The club was fined £85k.|The club was fined £85,000.",
            "Turnout was 48.9 percent.|Turnout was 48.91%.",
            "She won 52.4 percent of the vote.|She won 52,38 % of valid votes.",
            "Fourteen people were taken to hospital.|14 people were taken to hospital.",
            "The evacuation took no more than 40 minutes.|The evacuation was completed in at most 40 minutes.",
            "Up to 600 jobs could be cut.|No more than 600 jobs would go.",
            "More than 300 people were rescued.|312 people were rescued.",
            "Nearly 50 cases have been confirmed.|47 cases have been confirmed.",
            "The damage is about four million euros.|The damage is 4.2 million euros.",
            "Some 30 flares were thrown.|More than 30 flares were thrown.",
            "He was sentenced to 30 months in prison.|He was sentenced to two and a half years, or 30 months, in prison.",
            "The town council has 48 mln zł for the line.|The town council has 48 million zlotys for the line.",
            "The 14,000 treatments were billed.|More than 14,000 treatments were billed."})
    void theSameAmountWrittenTwoWaysIsNoConflict(String a, String b) {
        assertEquals(List.of(), conflicts(a, null, b, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlan is spending $3.7 billion to buy Velmar.|Harlan is buying Velmar for 3.4 billion euros.",
            "The club was fined £85,000.|The club was fined the equivalent of about €98,000.",
            "The line will cost 48 million zloty.|The line will cost €11 million.",
            "The fine was CHF 1.2 million.|The fine was €1.3 million."})
    void anAmountConvertedAtTheDaysRateIsNoConflict(String a, String b) {
        assertEquals(List.of(), conflicts(a, null, b, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlan is paying €3.4bn for Velmar.|Harlan is paying €4.3bn for Velmar.|€3.4bn|€4.3bn",
            "The club was fined £85,000.|The club must pay £58,000.|£85,000|£58,000",
            "Harlan is spending $37 billion on Velmar.|Harlan is spending 3.4 billion euros on Velmar.|$37 billion|3.4 billion euros",
            "She received 61,214 votes.|She received 61,124 votes.|61,214|61,124",
            "Turnout was 48.9 percent.|Turnout reached 51.2 per cent.|48.9 percent|51.2 per cent",
            "Nine children have been admitted to hospital.|More than a dozen have been in hospital.|Nine|More than a dozen",
            "Some 3,000 people fled.|About 2,500 people fled.|Some 3,000|About 2,500",
            "At least 52 cases were confirmed.|47 cases were confirmed.|At least 52|47",
            "Fourteen people were taken to hospital.|Eleven people were taken to hospital.|Fourteen|Eleven",
            "The players were taken off for 20 minutes.|The match was stopped for 25 minutes.|20 minutes|25 minutes",
            "He was jailed for six years.|He was jailed for seven years.|six years|seven years",
            "The game was stopped in the 78th minute.|The game was stopped in the 87th minute.|78th|87th",
            "Fewer than 20 people came.|25 people came.|Fewer than 20|25"})
    void differentAmountsAreANumberConflict(String a, String b, String valueA, String valueB) {
        assertEquals(List.of(List.of("NUMBER", valueA, valueB)), conflicts(a, null, b, null));
    }

    @Test
    void aClaimGivingMoreSharesDoesNotDisagreeWithOneGivingFewer() {
        assertEquals(List.of(), conflicts("Wierzbicka won 52.4 percent of the vote against 47.6 percent for Sobczak.",
                null, "Wierzbicka received 61,214 votes, i.e. 52.38% of valid votes.", null));
    }

    @Test
    void everyDisagreementOfAPairIsReturned() {
        assertEquals(List.of(List.of("NUMBER", "312", "321"), List.of("NUMBER", "Four", "Five")),
                conflicts("The ferry had 312 passengers and 41 crew on board, and Four vessels helped.", null,
                        "The ferry had 321 passengers and 41 crew on board, and Five vessels helped.", null));
    }

    @Test
    void figuresOfDifferentThingsAreNotCompared() {
        assertEquals(List.of(), conflicts("Velmar employs 2,300 people and pays €41.50 per share.", null,
                "Velmar has 6,000 customers and a value of €3.4bn.", null));
    }

    @Test
    void theDayAndTimeSomethingBeganAreReadAgainstEachArticlesDate() {
        var wire = "The fire broke out at about 2 a.m. on Saturday.";
        assertEquals(List.of(List.of("DATE", "at about 2 a.m. on Saturday", "shortly before midnight on Friday")),
                conflicts(wire, null, "The fire broke out shortly before midnight on Friday.", SATURDAY));
        assertEquals(List.of(), conflicts(wire, null, "At 01:55 local time on 14 June 2025 the ship reported a fire.",
                null));
        assertEquals(List.of(), conflicts("The fire broke out on Friday.", SATURDAY,
                "The fire broke out on 13 June.", LocalDate.of(2025, 6, 16)));
        assertEquals(List.of(List.of("DATE", "Friday", "Thursday 12 June")), conflicts("The fire broke out on Friday.",
                SATURDAY, "The fire broke out on Thursday 12 June.", null));
    }

    @Test
    void relativeDaysAgreeWhenTheyNameTheSameDay() {
        assertEquals(List.of(), conflicts("Workers walked out for two hours yesterday.", LocalDate.of(2025, 4, 9),
                "Workers staged a two-hour walk-out on Tuesday.", LocalDate.of(2025, 4, 8)));
        assertEquals(List.of(), conflicts("Three new cases have been confirmed since last Thursday.",
                LocalDate.of(2025, 5, 28), "Three new cases have been confirmed since 22 May.", LocalDate.of(2025, 5, 27)));
        assertEquals(List.of(List.of("DATE", "since last Thursday", "since Friday")),
                conflicts("Three new cases have been confirmed since last Thursday.", LocalDate.of(2025, 5, 28),
                        "Three new cases have been confirmed since Friday.", LocalDate.of(2025, 5, 28)));
    }

    @Test
    void theSameDayInTwoOrdersIsNoConflict() {
        assertEquals(List.of(), conflicts("The result will be certified on 9 June.", null,
                "The result will be certified on June 9, 2025.", null));
        assertEquals(List.of(List.of("DATE", "June 30", "23 June")), conflicts("She will take office on June 30.", null,
                "She will be sworn in on 23 June.", LocalDate.of(2025, 6, 9)));
    }

    @Test
    void whereSomethingHappenedIsAPlaceConflictWhereAJourneyIsNot() {
        assertEquals(List.of(List.of("PLACE", "Graz", "Leoben")),
                conflicts("The regional court in Graz found Kainz guilty.", null,
                        "The regional court in Leoben found Kainz guilty.", null));
        assertEquals(List.of(), conflicts("The ferry was sailing from Tinos to Rafina.", null,
                "The ferry was sailing from Tinos towards the mainland in the Aegean.", null));
        assertEquals(List.of(), conflicts("Cases were linked to a school in Co Carlow.", null,
                "Cases were linked to a school in County Carlow.", null));
    }

    @Test
    void eachConflictCarriesTheSentenceOfEachValue() {
        var a = new MatchableClaim("Six stewards were injured",
                "The match was stopped. Six stewards were injured, police said. Twelve fans were arrested.",
                ClaimKind.EVENT, null, null);
        var b = MatchableClaim.of("Eight stewards were hurt in the chaos that followed.", ClaimKind.EVENT, null);
        var found = finder.between(a, b, ClaimValues.of(a.text()), ClaimValues.of(b.text()));
        assertEquals(1, found.size(), found.toString());
        assertEquals("Six stewards were injured, police said.", found.get(0).sentence());
        assertEquals("Eight stewards were hurt in the chaos that followed.", found.get(0).otherSentence());
    }

    @Test
    void reportedSpeechGivenToACompanyAndToItsChiefIsNoSpeakerConflict() {
        var a = MatchableClaim.of("Norlake said the refinery would close by March.", ClaimKind.INDIRECT_QUOTE,
                "Norlake Energy");
        var b = MatchableClaim.of("Okafor said the refinery would close by March.", ClaimKind.INDIRECT_QUOTE,
                "Okafor");
        assertEquals(List.of(), finder.between(a, b, ClaimValues.of(a.text()), ClaimValues.of(b.text())));
    }

    @Test
    void theSameWordsFromTwoPeopleAreASpeakerConflict() {
        var a = MatchableClaim.of("We accept the punishment.", ClaimKind.DIRECT_QUOTE, "Ian Pickering");
        var b = MatchableClaim.of("We accept the punishment.", ClaimKind.DIRECT_QUOTE, "Gary Holt");
        var same = MatchableClaim.of("We accept the punishment.", ClaimKind.DIRECT_QUOTE, "Pickering");
        assertEquals(List.of(List.of("SPEAKER", "Ian Pickering", "Gary Holt")), values(finder.between(a, b,
                ClaimValues.of(a.text()), ClaimValues.of(b.text()))));
        assertEquals(List.of(), finder.between(a, same, ClaimValues.of(a.text()), ClaimValues.of(same.text())));
    }

    @Test
    void aSumInTheSameCurrencyIsComparedBeforeAnyConversion() {
        assertEquals(List.of(List.of("NUMBER", "€3.4bn", "€4.3bn")),
                conflicts("The buyer pays €3.4bn ($3.7bn) for the group.", null, "The buyer pays €4.3bn for the group.",
                        null));
    }

    @Test
    void leftoverValuesPairWithTheirClosestCounterpart() {
        assertEquals(List.of(List.of("NUMBER", "4,000", "5,000")),
                conflicts("Kowalski, 52, promised 4,000 new homes by 2030.", null,
                        "His promise of 5,000 new homes by 2030 is ambitious.", null));
        assertEquals(List.of(List.of("DATE", "Thursday", "Wednesday")),
                conflicts("BERLIN, March 6 (Agency) - The court on Thursday ruled against the airline.", null,
                        "The court ruled against the airline on Wednesday.", LocalDate.of(2025, 3, 6)));
    }

    @Test
    void aPlaceRelativeToAnotherIsAPlaceAndTownsAreComparedWithTowns() {
        assertEquals(List.of(), conflicts("The fire started south of Naxos, the coastguard centre in Piraeus said.", null,
                "The fire started some five miles south of Naxos.", null));
        assertEquals(List.of(List.of("PLACE", "Leeds", "York")),
                conflicts("Patients were treated at St Mary's Hospital in Leeds.", null,
                        "Patients were treated at a hospital in York.", null));
    }

    @Test
    void theDayOfAnotherThingOrOfAFigureIsNotTheDayOfTheEvent() {
        assertEquals(List.of(), conflicts("The club was fined after Saturday's match against United.", null,
                "The panel, meeting on Monday, fined the club.", null));
        assertEquals(List.of(), conflicts("As of 3 May 2025, 20 cases had been confirmed.", null,
                "Twenty cases have been confirmed since the first on April 12.", LocalDate.of(2025, 5, 4)));
        assertEquals(List.of(List.of("DATE", "Saturday's", "Sunday's")),
                conflicts("The club was fined after Saturday's match.", null, "The club was fined after Sunday's match.",
                        null));
    }

    private List<List<String>> conflicts(String a, LocalDate publishedA, String b, LocalDate publishedB) {
        var claimA = new MatchableClaim(a, a, ClaimKind.OTHER, null, publishedA);
        var claimB = new MatchableClaim(b, b, ClaimKind.OTHER, null, publishedB);
        return values(finder.between(claimA, claimB, ClaimValues.of(a, publishedA), ClaimValues.of(b, publishedB)));
    }

    private static List<List<String>> values(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> List.of(c.kind().name(), c.value(), c.otherValue())).toList();
    }
}
