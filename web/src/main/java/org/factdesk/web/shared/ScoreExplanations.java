package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.factdesk.analysis.ScoreReason;

/**
 * A claim's check-worthiness explained in the reader's language: {@code #{scoreExplanations.raised(reasons)}} and
 * {@code lowered(...)}, each reason with its signed share of the score's log-odds.
 */
@Named
@ApplicationScoped
public class ScoreExplanations {

    public List<String> raised(List<ScoreReason> reasons) {
        return reasons.stream().filter(r -> r.weight() >= 0).map(this::shown).toList();
    }

    public List<String> lowered(List<ScoreReason> reasons) {
        return reasons.stream().filter(r -> r.weight() < 0).map(this::shown).toList();
    }

    private String shown(ScoreReason reason) {
        var text = reason.text(BundleMessages.readerLocale());
        return reason.weight() == 0 ? text : text + String.format(BundleMessages.readerLocale(), " (%+.1f)", reason.weight());
    }
}
