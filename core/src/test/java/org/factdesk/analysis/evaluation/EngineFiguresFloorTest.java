package org.factdesk.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Fails the build when a quality figure of the claim engine falls more than {@value #MARGIN} below the value the
 * README states for it. The figures are those of the evaluate command, from the same code: every row of the README's
 * "Engine figures" table names the RESULT line it comes from. Runs in the {@code engine-figures} profile, which is
 * active where the public benchmark data lies beside the checkout ({@code ../shared/data}).
 */
class EngineFiguresFloorTest {

    static final double MARGIN = 0.01;

    /** A table row: {@code | measure | `dataset system metric` | value | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\|[^|]+\\|\\s*`([^`\\s]+) ([^`\\s]+) ([^`\\s]+)`\\s*\\|\\s*([0-9]+\\.[0-9]+)\\s*\\|");

    record Floor(String dataset, String system, String metric, double value) {
        String key() {
            return dataset + " " + system + " " + metric;
        }
    }

    @Test
    void everyFigureHoldsItsReadmeValue() throws Exception {
        var floors = floors(Path.of(System.getProperty("factdesk.readme", "../README.md")));
        assertFalse(floors.isEmpty(), "the README's Engine figures table names no RESULT line");
        var data = Path.of(System.getProperty("factdesk.data.dir", "../../shared/data")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(data), "no benchmark data at " + data);

        var measured = new HashMap<String, Double>();
        for (var evaluation : ServiceLoader.load(Evaluation.class)) {
            for (var result : evaluation.run(data)) {
                measured.put(result.dataset() + " " + result.system() + " " + result.metric(), result.value());
            }
        }
        var checks = new ArrayList<Executable>();
        for (var floor : floors) {
            checks.add(() -> {
                var value = measured.get(floor.key());
                assertNotNull(value, "no evaluation printed " + floor.key());
                assertTrue(value >= floor.value() - MARGIN, String.format(Locale.ROOT,
                        "%s is %.3f, more than %.2f below the README's %.3f", floor.key(), value, MARGIN, floor.value()));
            });
        }
        assertAll(checks);
    }

    @Test
    void readsTheRowsOfTheFiguresTableOnly() {
        var floors = floors(List.of(
                "| measure | RESULT | README |",
                "| MSRP F1 | `msrp-test factdesk f1` | 0.833 | ≥ 0.85 |",
                "## Engine figures",
                "| measure | RESULT | README | target |",
                "|---|---|---|---|",
                "| MSRP F1 | `msrp-test factdesk f1` | 0.833 | ≥ 0.85 |",
                "| seeds | `seeds-vostochny factdesk met` | 1.000 | 1.000 |",
                "",
                "| other | `x y z` | 0.5 |"));
        assertTrue(floors.equals(List.of(new Floor("msrp-test", "factdesk", "f1", 0.833),
                new Floor("seeds-vostochny", "factdesk", "met", 1.0))), floors.toString());
    }

    static List<Floor> floors(Path readme) throws IOException {
        return floors(Files.readAllLines(readme));
    }

    /** The rows of the first table after the "Engine figures" heading. */
    static List<Floor> floors(List<String> lines) {
        var floors = new ArrayList<Floor>();
        var inSection = false;
        var inTable = false;
        for (var line : lines) {
            if (line.startsWith("#")) {
                inSection = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).startsWith("engine figures");
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.startsWith("|")) {
                inTable = true;
                var row = ROW.matcher(line);
                if (row.find()) {
                    floors.add(new Floor(row.group(1), row.group(2), row.group(3), Double.parseDouble(row.group(4))));
                }
            } else if (inTable) {
                break;
            }
        }
        return floors;
    }
}
