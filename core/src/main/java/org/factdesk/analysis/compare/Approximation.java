package org.factdesk.analysis.compare;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words around a figure that say how exact it is ("about", "some", "more than", "at least", "up to", "no more
 * than", "nearly"), and the range of amounts each allows. A figure written without them stands for the amounts that
 * round to it ("52.4" for 52.35 up to 52.45): two outlets rounding one result differently do not disagree.
 * <p>
 * "About N" allows {@value #ABOUT_SHARE} of N either way, and "nearly N" down to {@value #NEARLY_SHARE} below it: enough for
 * "about four million" beside 4.2 million and "nearly 50" beside 47, too little for "some 3,000" beside "about
 * 2,500", which a desk reads as two estimates. The two shares are set by hand; no public data set annotates them.
 */
public enum Approximation {
    EXACT, ABOUT, NEARLY, MORE_THAN, JUST_OVER, AT_LEAST, UP_TO, FEWER_THAN;

    static final double ABOUT_SHARE = 0.075;
    static final double NEARLY_SHARE = 0.1;

    /** The words, in lower case, that end right before the figure (or its currency symbol). */
    private static final Pattern BEFORE = Pattern.compile("(?:^|\\W)(about|around|some|approximately|approx\\.?"
            + "|roughly|an estimated|estimated|circa|ca\\.|c\\.|nearly|almost|close to|just under|just below"
            + "|not quite|just over|just above|slightly more than|a little over|more than|over|above|upwards of"
            + "|in excess of|exceeding|well over|at least|no fewer than|no less than|not less than|a minimum of"
            + "|up to|at most|no more than|not more than|a maximum of|as many as|as much as|fewer than|less than"
            + "|under|below)\\s*$");
    /** Said after the figure: "30-odd", "300-plus", "500 or more", "a dozen or so". */
    private static final Pattern AFTER = Pattern.compile("^(?:-odd|-plus|\\+|\\s+or so\\b|\\s+or more\\b|\\s+or fewer\\b"
            + "|\\s+or less\\b)");

    static Approximation before(String textBefore) {
        var matcher = BEFORE.matcher(textBefore.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return EXACT;
        }
        return switch (matcher.group(1)) {
            case "about", "around", "some", "approximately", "approx", "approx.", "roughly", "an estimated",
                 "estimated", "circa", "ca.", "c." -> ABOUT;
            case "nearly", "almost", "close to", "just under", "just below", "not quite" -> NEARLY;
            case "just over", "just above", "slightly more than", "a little over" -> JUST_OVER;
            case "more than", "over", "above", "upwards of", "in excess of", "exceeding", "well over" -> MORE_THAN;
            case "at least", "no fewer than", "no less than", "not less than", "a minimum of" -> AT_LEAST;
            case "up to", "at most", "no more than", "not more than", "a maximum of", "as many as",
                 "as much as" -> UP_TO;
            default -> FEWER_THAN;
        };
    }

    /** The approximation the words after the figure add, or {@code written} when they add none. */
    static Approximation after(String textAfter, Approximation written) {
        var matcher = AFTER.matcher(textAfter.toLowerCase(Locale.ROOT));
        if (written != EXACT || !matcher.find()) {
            return written;
        }
        var words = matcher.group().strip();
        return switch (words) {
            case "or so" -> ABOUT;
            case "or fewer", "or less" -> UP_TO;
            default -> AT_LEAST;
        };
    }

    /**
     * The amounts the figure allows, as {low, high}, both included.
     *
     * @param unit what one step of the last written digit is worth (0.1 million for "4.2 million")
     */
    double[] range(double amount, double unit) {
        var half = unit / 2;
        var below = Math.nextDown(amount + half);
        return switch (this) {
            case EXACT -> new double[] {amount - half, below};
            case ABOUT -> new double[] {amount * (1 - ABOUT_SHARE) - half, amount * (1 + ABOUT_SHARE) + half};
            case NEARLY -> new double[] {amount * (1 - NEARLY_SHARE), below};
            case MORE_THAN -> new double[] {Math.nextUp(amount), Double.POSITIVE_INFINITY};
            case JUST_OVER -> new double[] {Math.nextUp(amount), amount * (1 + NEARLY_SHARE) + half};
            case AT_LEAST -> new double[] {amount - half, Double.POSITIVE_INFINITY};
            case UP_TO -> new double[] {Double.NEGATIVE_INFINITY, amount + half};
            case FEWER_THAN -> new double[] {Double.NEGATIVE_INFINITY, Math.nextDown(amount)};
        };
    }
}
