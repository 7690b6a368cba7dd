package org.factdesk.analysis.extract;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Prints, for each minimum count of content words, the share of ClaimBuster TRAINING sentences it would cut,
 * check-worthy and not, so that {@link Statements#MIN_CONTENT_WORDS} is the largest minimum that cuts at most 1%
 * of the check-worthy ones. Usage: {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.extract.CalibrateStatements -Dexec.args=DATA_DIR}.
 */
public final class CalibrateStatements {

    private static final double MAX_WORTHY_CUT = 0.01;

    private CalibrateStatements() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        var worthy = new TreeMap<Integer, Integer>();
        var other = new TreeMap<Integer, Integer>();
        int worthyTotal = 0;
        int otherTotal = 0;
        try (var reader = Json.createReader(Files.newBufferedReader(
                data.resolve("claimbuster-checkworthiness/two_class/train.json"), StandardCharsets.UTF_8))) {
            for (var value : reader.readArray()) {
                var row = value.asJsonObject();
                var words = Statements.contentWords(row.getString("text"));
                if (row.getInt("label") == 1) {
                    worthy.merge(words, 1, Integer::sum);
                    worthyTotal++;
                } else {
                    other.merge(words, 1, Integer::sum);
                    otherTotal++;
                }
            }
        }
        var chosen = 0;
        for (var minimum = 1; minimum <= 8; minimum++) {
            var cutWorthy = worthy.headMap(minimum).values().stream().mapToInt(Integer::intValue).sum();
            var cutOther = other.headMap(minimum).values().stream().mapToInt(Integer::intValue).sum();
            var worthyShare = cutWorthy / (double) worthyTotal;
            System.out.printf(Locale.ROOT, "min %d content words: cuts %.4f of check-worthy, %.4f of the others%n",
                    minimum, worthyShare, cutOther / (double) otherTotal);
            if (worthyShare <= MAX_WORTHY_CUT) {
                chosen = minimum;
            }
        }
        System.out.println("MIN_CONTENT_WORDS = " + chosen);
    }
}
