package org.factdesk.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The facts a claim states, read the way a desk compares two copies: amounts, what they count, days, places. */
class ClaimValuesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2025, 6, 14);

    @Test
    void clockTimesDaysOfTheMonthAndNumberedNamesAreNoFigures() {
        var values = ClaimValues.of("Tickets for the tour go on sale at 10 a.m. Friday, Dec. 6, while the S&P 500 rose"
                + " and the iPhone 11 sold 3 million units by 6 December.");
        assertEquals(List.of("3 million"), written(values));
    }

    @Test
    void scoresRatiosDecadesAndYearsAreNoFigures() {
        var values = ClaimValues.of("One in five children who catch it ends up in hospital; in the 1970s Rovers won"
                + " 3-1 at home in 2019, and 1 in 3 fans came by tram on Line 8.");
        assertEquals(List.of(), written(values));
    }

    @ParameterizedTest
    @ValueSource(strings = {"€3.4bn", "3.4 billion euros", "EUR 3,400 million", "3,4 Mrd. Euro", "EUR 3.400 Mio.",
            "3.400.000.000 €", "3\u00a0400\u00a0000\u00a0000 EUR", "€3,400m", "3,4 milliards EUR"})
    void oneAmountIsReadTheSameInEveryNotation(String written) {
        var quantity = only("The buyer will pay " + written + " in cash.");
        assertEquals(Quantity.Kind.MONEY, quantity.kind());
        assertEquals("EUR", quantity.unit());
        assertEquals(3.4e9, quantity.amount(), 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a fine of £85k|GBP|85000", "48 mln zł|PLN|48000000", "12,00,000 rupees|INR|1200000",
            "1.2 crore rupees|INR|12000000", "CHF 1'234.50|CHF|1234.5", "US$12m|USD|12000000",
            "eighty-five thousand pounds|GBP|85000", "1.234.567,50 €|EUR|1234567.5", "¥3 billion|JPY|3000000000"})
    void currenciesAreReadBeforeAndAfterTheAmount(String written, String currency, double amount) {
        var quantity = only(written);
        assertEquals(currency, quantity.unit());
        assertEquals(amount, quantity.amount(), 0.001);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fifty-two confirmed cases|52", "three hundred and twelve passengers|312",
            "Forty-seven people|47", "a dozen arrests|12", "Eleven people|11", "two hundred thousand visitors|200000",
            "one million voters|1000000"})
    void figuresInWordsAreFigures(String written, double amount) {
        assertEquals(amount, only(written).amount());
    }

    @Test
    void aFigureCountsTheWordsAfterIt() {
        assertEquals(List.of("passenger"), only("with 312 passengers on board").counted());
        assertTrue(only("two passing cargo ships").counted().contains("cargo"));
        assertEquals("minut", only("stopped in the 78th minute").unit());
        assertEquals(Quantity.Kind.ORDINAL, only("stopped in the 78th minute").kind());
    }

    @Test
    void sharesPointsAndDurationsAreTheirOwnKinds() {
        assertEquals(Quantity.Kind.PERCENT, only("Turnout was 48.9 percent").kind());
        assertEquals(52.38, only("i.e. 52,38% of valid votes").amount());
        assertEquals(Quantity.Kind.POINTS, only("up 3 percentage points").kind());
        var months = only("sentenced to 30 months in prison");
        var years = only("sentenced to 2.5 years in prison");
        assertEquals(Quantity.Kind.DURATION, months.kind());
        assertEquals(months.amount(), years.amount(), 0.001);
        assertEquals(Quantity.Kind.DURATION, only("staged a two-hour walk-out").kind());
    }

    @Test
    void approximationWordsWidenOrBoundTheAmount() {
        var more = only("More than a dozen have been in hospital");
        assertEquals(Approximation.MORE_THAN, more.approximation());
        assertEquals("More than a dozen", more.written());
        assertTrue(more.low() > 12 && Double.isInfinite(more.high()));
        assertEquals(Approximation.UP_TO, only("no more than 40 minutes").approximation());
        assertEquals(Approximation.UP_TO, only("at most 40 minutes").approximation());
        assertEquals(Approximation.UP_TO, only("up to 600 jobs").approximation());
        assertEquals(Approximation.AT_LEAST, only("500 people or more").approximation());
        var some = only("Some 30 flares were thrown");
        assertTrue(some.low() < 30 && some.high() > 30 && some.high() < 33, some.toString());
        var nearly = only("Nearly 50 cases");
        assertTrue(nearly.low() <= 47 && nearly.high() < 50.5, nearly.toString());
    }

    @Test
    void aFigureStandsForTheAmountsThatRoundToIt() {
        var rounded = only("won 52.4 percent of the vote");
        assertTrue(rounded.low() <= 52.38 && rounded.high() >= 52.38);
        assertFalse(rounded.low() <= 52.46 && rounded.high() >= 52.46);
    }

    @Test
    void aRateSaysWhatItIsPer() {
        assertEquals(Terms.normal("share"), only("€41.50 per share").per());
        assertEquals(Terms.normal("share"), only("41.5 euros a share").per());
    }

    @Test
    void whoASentenceCitesIsNoPlace() {
        var values = ClaimValues.of("According to Swift, her label is preventing her from performing in Los Angeles.");
        assertEquals(List.of("Los Angeles"), values.places().stream().map(ClaimValues.Place::written).toList());
    }

    @Test
    void anOwnerIsNoPlaceAndAJourneyIsNotWhereSomethingHappened() {
        var plant = ClaimValues.of("Workers at Velmar's plant in Nijmegen staged a walk-out.");
        assertEquals(List.of("Nijmegen"), plant.places().stream().map(ClaimValues.Place::written).toList());
        var route = ClaimValues.of("The ferry was sailing from Tinos to Rafina when the fire broke out in the Aegean.");
        assertEquals(List.of("Aegean"), route.places().stream().filter(ClaimValues.Place::located)
                .map(ClaimValues.Place::written).toList());
        var cosmodrome = ClaimValues.of("They met at Russia's Vostochny Cosmodrome.");
        assertEquals(List.of("Russia", "Vostochny Cosmodrome"),
                cosmodrome.places().stream().map(ClaimValues.Place::written).toList());
    }

    @Test
    void anAcronymNamesTheSamePlaceAsItsWords() {
        assertTrue(ConflictFinder.sameName("amas", "american music awards"));
        assertTrue(ConflictFinder.sameName("european union", "eu"));
        assertFalse(ConflictFinder.sameName("un", "european union"));
    }

    @Test
    void aWeekdayIsReadAgainstTheArticlesDate() {
        assertEquals(LocalDate.of(2025, 6, 13), onlyDate("The fire broke out on Friday.", SATURDAY).from());
        assertEquals(SATURDAY, onlyDate("The fire broke out on Saturday.", SATURDAY).from());
        assertEquals(LocalDate.of(2025, 6, 12), onlyDate("since last Thursday", SATURDAY).from());
        assertEquals(LocalDate.of(2025, 6, 16), onlyDate("She will take office on Monday.", SATURDAY).from());
        assertEquals(LocalDate.of(2025, 6, 13), onlyDate("They left yesterday.", SATURDAY).from());
        var night = onlyDate("Cases have risen since Thursday night.", SATURDAY);
        assertEquals(LocalDate.of(2025, 6, 12), night.from());
        assertTrue(night.timed() && night.minuteTo() > When.DAY, night.toString());
    }

    @Test
    void withoutTheArticlesDateAWeekdayIsOnlyAWeekday() {
        var saturday = onlyDate("The fire broke out on Saturday.", null);
        assertEquals(DayOfWeek.SATURDAY, saturday.weekday());
        assertEquals(null, saturday.from());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9 June", "June 9", "June 9, 2025", "9th of June", "2025-06-09", "09.06.2025", "9. Juni 2025"})
    void oneDayIsReadTheSameInEveryNotation(String written) {
        var day = onlyDate("The result was certified on " + written + ".", SATURDAY);
        assertEquals(LocalDate.of(2025, 6, 9), day.from());
    }

    @Test
    void aClockTimeJoinsTheDayItIsGivenWith() {
        var early = onlyDate("The fire broke out at about 2 a.m. on Saturday.", null);
        assertEquals("at about 2 a.m. on Saturday", early.written());
        assertEquals(DayOfWeek.SATURDAY, early.weekday());
        assertTrue(early.minuteFrom() <= 115 && early.minuteTo() > 115);
        var stamp = onlyDate("At 01:55 local time on 14 June 2025 a call came in.", null);
        assertEquals(SATURDAY, stamp.from());
        assertEquals(115, stamp.minuteFrom());
    }

    @Test
    void aFigureWithADotIsNoClockTime() {
        var values = ClaimValues.of("Turnout was 48.91 percent at 20.00 hours.", SATURDAY);
        assertEquals(List.of(), values.dates());
    }

    @Test
    void hostileTextIsReadWithoutFailingAndOnlyUpToItsBound() {
        var junk = new StringBuilder();
        for (var i = 0; i < 20_000; i++) {
            junk.append(i % 7 == 0 ? "1,2" : i % 5 == 0 ? " June " : i % 3 == 0 ? "€9." : "9").append(i % 11 == 0 ? "\u0000" : "");
        }
        var values = ClaimValues.of(junk.toString(), SATURDAY);
        assertTrue(values.quantities().stream().allMatch(q -> q.start() < ClaimValues.MAX_TEXT), values.quantities().toString());
        assertEquals(List.of(), ClaimValues.of("", null).quantities());
        assertEquals(List.of(), ClaimValues.of("31 June 2025, 2025-13-45, 99:99, 0 a.m., 1.2.3.4.5.6", SATURDAY).dates());
    }

    private static Quantity only(String text) {
        var quantities = ClaimValues.of(text).quantities();
        assertEquals(1, quantities.size(), quantities.toString());
        return quantities.get(0);
    }

    private static When onlyDate(String text, LocalDate published) {
        var dates = ClaimValues.of(text, published).dates();
        assertEquals(1, dates.size(), dates.toString());
        return dates.get(0);
    }

    private static List<String> written(ClaimValues values) {
        return values.quantities().stream().map(Quantity::written).toList();
    }
}
