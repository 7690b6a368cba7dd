package org.factdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.rating.boundary.RatingScale;
import org.factdesk.rating.boundary.ScaleStep;
import org.factdesk.shared.boundary.Languages;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * /admin/rating.xhtml: the words for each verdict, per language. What is saved here is what readers see on the
 * public pages and what search engines get in the ClaimReview markup.
 */
@Named
@ViewScoped
public class EditRatingScaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RatingScale scale;

    private List<ScaleStep> steps;
    private String revision;
    private final Map<String, Map<Verdict, String>> labels = new HashMap<>();

    @PostConstruct
    void init() {
        steps = scale.scale();
        revision = scale.revision();
        for (var language : Languages.SPOKEN) {
            var typed = new EnumMap<Verdict, String>(Verdict.class);
            steps.forEach(step -> typed.put(step.verdict(), step.label(language)));
            labels.put(language, typed);
        }
    }

    public String save() {
        try {
            scale.relabel(labels, revision);
            Messages.addFlashGlobalInfo("rating.saved");
            return "/admin/rating?faces-redirect=true";
        } catch (BusinessException e) {
            Refusals.show(e);
            return null;
        }
    }

    public List<String> getLanguages() {
        return Languages.SPOKEN;
    }

    public List<ScaleStep> getSteps() {
        return steps;
    }

    public Map<String, Map<Verdict, String>> getLabels() {
        return labels;
    }
}
