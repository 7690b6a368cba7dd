package org.factdesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.factdesk.review.entity.Verdict;

/**
 * The states of articles, claims, reviews, accounts and publications in the reader's language:
 * {@code #{stateWords.of(article.state)}}. Takes an enum constant or its name as the event log records it; a
 * verdict (a correction's from and to) gets the desk's label for it.
 */
@Named
@RequestScoped
public class StateWords {

    @Inject
    VerdictLabels verdicts;

    public String of(Object state) {
        if (state == null) {
            return "";
        }
        var name = state instanceof Enum<?> constant ? constant.name() : state.toString();
        if (Arrays.stream(Verdict.values()).anyMatch(v -> v.name().equals(name))) {
            return verdicts.of(Verdict.valueOf(name));
        }
        var key = "state." + name;
        var word = BundleMessages.text(key);
        return word.equals(key) ? name : word;
    }
}
