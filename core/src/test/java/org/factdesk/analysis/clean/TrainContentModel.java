package org.factdesk.analysis.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Regenerates the shipped {@link ContentModel} weights: runs the cross-validation by site (choices made inside the
 * training folds), prints its figures and writes each fold's model to the test resources, where the evaluation
 * reads them; then fits the models on every page and writes the shipped weights.
 * Usage: {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.clean.TrainContentModel -Dexec.args="DATA_DIR [OUTPUT_FILE]"}.
 */
public final class TrainContentModel {

    private TrainContentModel() {
    }

    public static void main(String[] args) throws IOException {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        var output = Path.of(args.length > 1 ? args[1]
                : "src/main/resources/org/factdesk/analysis/clean/" + ContentModel.RESOURCE);
        var start = System.nanoTime();
        var training = new ContentTraining(BenchmarkPage.loadAll(data));
        System.err.printf(Locale.ROOT, "prepared %d pages in %.1f s%n", training.pages().size(),
                (System.nanoTime() - start) / 1e9);
        var log = System.err;
        if (!Boolean.getBoolean("skipCrossValidation")) {
            var folds = new ContentModel[ContentTraining.FOLDS];
            var models = training.crossValidated(log, folds);
            var foldFolder = Path.of("src/test/resources" + ContentTraining.foldResource(0)).getParent();
            Files.createDirectories(foldFolder);
            for (var fold = 0; fold < folds.length; fold++) {
                try (var out = Files.newBufferedWriter(Path.of("src/test/resources" + ContentTraining.foldResource(fold)),
                        StandardCharsets.UTF_8)) {
                    folds[fold].write(out, "# Cross-validation fold " + fold + " of TrainContentModel: trained on the "
                            + "sites of the other folds only. Test scope: the evaluation scores each page with it.\n");
                }
            }
            var markup = new ContentTraining.Scores();
            var text = new ContentTraining.Scores();
            for (var page : training.pages()) {
                var model = models.get(page.page.key());
                markup.add(page, training.simulate(page, true, model));
                text.add(page, training.simulate(page, false, model));
            }
            System.err.println("cross-validated, markup: " + markup + String.format(Locale.ROOT, " title=%.4f",
                    training.titleAccuracy(training.pages(), true, p -> models.get(p.page.key()))));
            System.err.println("cross-validated, text:   " + text + String.format(Locale.ROOT, " title=%.4f",
                    training.titleAccuracy(training.pages(), false, p -> models.get(p.page.key()))));
        }
        var model = training.train(training.pages(), log);
        try (var out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            model.write(out, "# Content model of the cleaning stage, written by TrainContentModel (test scope).\n"
                    + "# Logistic regressions: a line is kept when the sum of its features' weights is at least 0;\n"
                    + "# the headline is the line above the story with the highest sum, if that is at least 0.\n");
        }
        System.err.printf(Locale.ROOT, "wrote %d markup and %d text weights to %s in %.1f s%n", model.lines(true).size(),
                model.lines(false).size(), output, (System.nanoTime() - start) / 1e9);
    }
}
