package org.factdesk.analysis.compare;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a claim states, normalised: "€3.4bn", "3.4 billion euros" and "EUR 3,400 million" are all 3.4e9 EUR;
 * "fifty-two" is 52; "30 months" is about 913 days. What is counted is kept as the stems of the words after the
 * figure ("312 passengers", "two passing cargo ships"), and the words around it help to pair figures between two
 * claims that state several.
 *
 * @param written     as the claim writes it, with its approximation words and currency ("more than a dozen")
 * @param start       offset of {@code written} in the text the figure was read from
 * @param amount      in base units: currency units, percent, days for a duration, the count itself
 * @param low         the smallest amount the wording allows (see {@link Approximation})
 * @param high        the largest
 * @param unit        the ISO currency code, the noun an ordinal counts ("minute"), or null
 * @param counted     stems of the words right after the figure: what it counts
 * @param around      stems of the words near the figure
 * @param per         for a rate ("€41.50 per share", "a share"), the stem of what one unit is per; else null
 */
public record Quantity(String written, int start, Kind kind, double amount, double low, double high, String unit,
                       List<String> counted, Set<String> around, Approximation approximation, String per) {

    public enum Kind { COUNT, PERCENT, POINTS, MONEY, DURATION, ORDINAL }

    public Quantity {
        counted = List.copyOf(counted);
        around = Set.copyOf(around);
    }

    boolean countsLike(Quantity other) {
        return counted.stream().anyMatch(other.counted::contains);
    }

    /** Both say how many of something there are, and nothing says they count different things. */
    boolean comparableWith(Quantity other) {
        if (kind != other.kind || !Objects.equals(per, other.per)) {
            return false;
        }
        return switch (kind) {
            case MONEY, DURATION -> true;
            case ORDINAL -> Objects.equals(unit, other.unit);
            case PERCENT, POINTS -> countsLike(other) || around.stream().anyMatch(other.around::contains);
            case COUNT -> counted.isEmpty() && other.counted.isEmpty() || countsLike(other)
                    || (counted.isEmpty() || other.counted.isEmpty()) && around.stream().anyMatch(other.around::contains);
        };
    }

    /**
     * Whether the amounts the two wordings allow overlap. Amounts in two currencies are compared at the reference
     * rate, within the band {@link Currencies} allows; a currency without a rate agrees with every other.
     */
    boolean agreesWith(Quantity other) {
        if (kind == Kind.MONEY && !unit.equals(other.unit)) {
            var rate = Currencies.eurosPerUnit(unit) / Currencies.eurosPerUnit(other.unit);
            if (Double.isNaN(rate)) {
                return true;
            }
            return low * rate <= other.high * Currencies.RATE_BAND && other.low <= high * rate * Currencies.RATE_BAND;
        }
        return low <= other.high && other.low <= high;
    }

    boolean hasUnit() {
        return !counted.isEmpty();
    }
}
