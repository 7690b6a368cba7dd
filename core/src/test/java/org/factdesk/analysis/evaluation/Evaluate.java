package org.factdesk.analysis.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Scores the claim engine on the public benchmark data and prints a table, then one RESULT line per dataset and
 * system so that runs can be compared. Usage: {@code mvn -q -pl core test-compile exec:java@evaluate
 * [-Dfactdesk.data.dir=FOLDER] [-Devaluate.only=NAME,...]}: only the evaluations whose {@link Evaluation#name()}
 * is, or contains, one of the names given ({@code claimbuster,clef2020-t1}, {@code seeds,unseen}).
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            System.err.println("No benchmark data at " + data + " (pass -Dfactdesk.data.dir=FOLDER)");
            System.exit(2);
        }
        var results = new ArrayList<Result>();
        var only = System.getProperty("evaluate.only", "").isBlank() ? List.<String>of()
                : List.of(System.getProperty("evaluate.only").toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        for (var evaluation : ServiceLoader.load(Evaluation.class)) {
            var name = evaluation.name().toLowerCase(Locale.ROOT);
            if (!only.isEmpty() && only.stream().noneMatch(name::contains)) {
                continue;
            }
            System.err.println("Running " + evaluation.name() + " ...");
            results.addAll(evaluation.run(data));
        }
        System.out.println(String.format(Locale.ROOT, "%-28s %-22s %-8s %8s %10s  %s", "dataset", "system", "metric", "value",
                "docs/s", "details"));
        for (var r : results) {
            var details = new StringBuilder();
            r.details().forEach((k, v) -> details.append(String.format(Locale.ROOT, "%s=%.3f ", k, v)));
            System.out.println(String.format(Locale.ROOT, "%-28s %-22s %-8s %8.3f %10s  %s", r.dataset(), r.system(),
                    r.metric(), r.value(), r.docsPerSecond() == null ? "na" : String.format(Locale.ROOT, "%.0f", r.docsPerSecond()),
                    details.toString().strip()));
        }
        System.out.println();
        results.forEach(r -> System.out.println(r.resultLine()));
    }
}
