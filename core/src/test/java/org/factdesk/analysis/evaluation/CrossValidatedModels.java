package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.factdesk.analysis.clean.ContentModel;
import org.factdesk.analysis.clean.ContentTraining;

/**
 * The content models of the cross-validation that {@code TrainContentModel} runs and writes beside its test
 * classes: fold k was trained, with its choices made inside its training part, on the sites of the other folds, so
 * that the figure on every page comes from a model that saw neither the page nor its site.
 */
final class CrossValidatedModels {

    private static final ContentModel[] FOLDS = new ContentModel[ContentTraining.FOLDS];

    private CrossValidatedModels() {
    }

    static synchronized ContentModel forSite(String site) {
        var fold = ContentTraining.foldOf(site);
        if (FOLDS[fold] == null) {
            var resource = ContentTraining.foldResource(fold);
            try (var in = CrossValidatedModels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No cross-validation model at " + resource
                            + ": run TrainContentModel");
                }
                FOLDS[fold] = ContentModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return FOLDS[fold];
    }
}
