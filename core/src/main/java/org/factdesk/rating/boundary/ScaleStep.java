package org.factdesk.rating.boundary;

import java.util.Map;
import org.factdesk.review.entity.Verdict;

/**
 * One step of the rating scale as the admin page shows it: the label in each language, and the built-in label
 * it falls back to.
 */
public record ScaleStep(Verdict verdict, Map<String, String> labels, Map<String, String> builtIn) {

    public ScaleStep {
        labels = Map.copyOf(labels);
        builtIn = Map.copyOf(builtIn);
    }

    public String label(String language) {
        return labels.get(language);
    }

    public String builtIn(String language) {
        return builtIn.get(language);
    }

    public boolean isRenamed(String language) {
        return !labels.get(language).equals(builtIn.get(language));
    }
}
