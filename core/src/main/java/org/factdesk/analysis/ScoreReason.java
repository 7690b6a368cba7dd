package org.factdesk.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.shared.boundary.BusinessMessages;

/**
 * One thing that moved a claim's check-worthiness score, kept as data so that it reads in the language of whoever
 * opens the claim: the key of its text in the core bundle {@code org/factdesk/messages} (e.g.
 * {@code worthiness.word}), the words its placeholders show, and its signed contribution to the log-odds of
 * "worth checking" (positive raised the score, negative lowered it).
 *
 * @param code      message key in the core bundle
 * @param arguments what the placeholders show, as the text wrote it: "4.1 percent", "unemployment", "#COVID19"
 * @param weight    signed contribution to the log-odds, rounded to two decimals
 */
public record ScoreReason(String code, List<String> arguments, double weight) {

    public ScoreReason {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        weight = BigDecimal.valueOf(weight).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static ScoreReason of(String code, double weight, String... arguments) {
        return new ScoreReason(code, Arrays.asList(arguments), weight);
    }

    /** Whether it made the statement more worth checking. */
    public boolean raises() {
        return weight > 0;
    }

    /** What it is, in the reader's language: "the word “unemployment”", "das Wort „Arbeitslosigkeit“". */
    public String text(Locale locale) {
        return BusinessMessages.format(code, arguments.toArray(), locale);
    }

    /** The longest text {@link #encode(List)} writes, so that it fits a column of that size. */
    public static final int ENCODED_MAX = 1000;

    /**
     * The reasons as one short JSON text, for a single column: {@code [["worthiness.number",["4.1"],0.84],...]},
     * at most {@link #ENCODED_MAX} characters (the weakest reasons at the end are left out if they would not fit).
     * Read back with {@link #decode(String)}.
     */
    public static String encode(List<ScoreReason> reasons) {
        for (var kept = reasons.size(); kept > 0; kept--) {
            var array = Json.createArrayBuilder();
            for (var reason : reasons.subList(0, kept)) {
                var arguments = Json.createArrayBuilder();
                reason.arguments().forEach(arguments::add);
                array.add(Json.createArrayBuilder().add(reason.code()).add(arguments).add(reason.weight()));
            }
            var encoded = array.build().toString();
            if (encoded.length() <= ENCODED_MAX) {
                return encoded;
            }
        }
        return "[]";
    }

    /** Reasons as {@link #encode(List)} wrote them; text that is not such a list gives no reasons. */
    public static List<ScoreReason> decode(String encoded) {
        if (encoded == null || !encoded.startsWith("[")) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(encoded))) {
            var reasons = new ArrayList<ScoreReason>();
            for (var value : reader.readArray()) {
                var row = (JsonArray) value;
                var arguments = row.getJsonArray(1).getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList();
                reasons.add(new ScoreReason(row.getString(0), arguments, ((JsonNumber) row.get(2)).doubleValue()));
            }
            return List.copyOf(reasons);
        } catch (JsonException | ClassCastException | IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%s %+.2f", code, arguments, weight);
    }
}
