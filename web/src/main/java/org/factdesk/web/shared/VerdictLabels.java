package org.factdesk.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.factdesk.rating.boundary.RatingScale;
import org.factdesk.review.entity.Verdict;
import org.omnifaces.util.Faces;

/**
 * The rating scale's labels in the page's language, as the desk named them: {@code #{verdictLabels.of(verdict)}}.
 * Read once per request, however many verdicts the page shows.
 */
@Named
@RequestScoped
public class VerdictLabels {

    @Inject
    RatingScale scale;

    private Map<Verdict, String> labels;

    @PostConstruct
    void load() {
        labels = scale.labels(Faces.getLocale().getLanguage());
    }

    public String of(Verdict verdict) {
        return verdict == null ? "" : labels.get(verdict);
    }

    public Map<Verdict, String> getAll() {
        return labels;
    }
}
