package org.factdesk.rating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.rating.control.BuiltInLabels;
import org.factdesk.rating.control.RatingLabels;
import org.factdesk.rating.entity.RatingLabel;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Languages;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;
import org.factdesk.workflow.entity.SubjectType;

/**
 * The words for each verdict of the rating scale, per language. Pages and the published ClaimReview markup take
 * their labels from here; the desk may rename them, and a verdict it never renamed keeps its built-in label.
 */
@Stateless
public class RatingScale {

    @Inject
    RatingLabels labels;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    /** Every verdict's label in the language, for anyone, public pages included. */
    @PermitAll
    public Map<Verdict, String> labels(String language) {
        return labels.resolve(language);
    }

    @PermitAll
    public String label(Verdict verdict, String language) {
        return labels.resolve(language).get(verdict);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<ScaleStep> scale() {
        var current = new HashMap<String, Map<Verdict, String>>();
        Languages.SPOKEN.forEach(l -> current.put(l, labels.resolve(l)));
        return java.util.Arrays.stream(Verdict.values()).map(v -> new ScaleStep(v,
                        Languages.SPOKEN.stream().collect(Collectors.toMap(l -> l, l -> current.get(l).get(v))),
                        Languages.SPOKEN.stream().collect(Collectors.toMap(l -> l, l -> BuiltInLabels.of(v, l)))))
                .toList();
    }

    /** Identifies the stored labels as the admin saw them, so that a save over someone else's change is refused. */
    @RolesAllowed(Role.ADMIN_NAME)
    public String revision() {
        return Languages.SPOKEN.stream().flatMap(l -> labels.custom(l).stream())
                .map(l -> l.getId() + "." + l.getVersion()).sorted().collect(Collectors.joining(","));
    }

    /** Renames the verdicts of one language; see {@link #relabel(Map, String)}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void relabel(String language, Map<Verdict, String> wanted, String expectedRevision) {
        relabel(Map.of(language, wanted), expectedRevision);
    }

    /**
     * Renames verdicts, per language, all or nothing. A blank label, or one equal to the built-in label, brings the
     * built-in label back. Two verdicts may not share a label in a language: readers could not tell them apart.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void relabel(Map<String, Map<Verdict, String>> wanted, String expectedRevision) {
        wanted.keySet().stream().filter(l -> !Languages.SPOKEN.contains(l)).findFirst().ifPresent(l -> {
            throw new BusinessException("rating.languageUnavailable", String.join(", ", Languages.SPOKEN), l);
        });
        if (!revision().equals(expectedRevision)) {
            throw new StaleVersionException("rating.changedMeanwhile");
        }
        wanted.forEach((language, labelsOfLanguage) -> {
            var result = new EnumMap<Verdict, String>(Verdict.class);
            for (var verdict : Verdict.values()) {
                var text = labelsOfLanguage.get(verdict);
                result.put(verdict, text == null || text.isBlank() ? BuiltInLabels.of(verdict, language) : text.strip());
            }
            requireDistinct(result, language);
            result.forEach((verdict, text) -> apply(verdict, language, text));
        });
    }

    private void apply(Verdict verdict, String language, String text) {
        var stored = labels.find(verdict, language);
        var before = stored.map(RatingLabel::getLabel).orElse(BuiltInLabels.of(verdict, language));
        if (before.equals(text)) {
            return;
        }
        var change = verdict.name() + " (" + language + "): \"" + before + "\" → \"" + text + "\"";
        if (text.equals(BuiltInLabels.of(verdict, language))) {
            var label = stored.orElseThrow();
            log.record(caller(), Subject.of(SubjectType.RATING_LABEL, label.getId()), "rating.reset", null, null, change);
            labels.remove(label);
        } else if (stored.isPresent()) {
            stored.get().relabel(text);
            log.record(caller(), Subject.of(SubjectType.RATING_LABEL, stored.get().getId()), "rating.renamed", null, null, change);
        } else {
            var label = new RatingLabel(verdict, language, text);
            labels.add(label);
            log.record(caller(), Subject.of(SubjectType.RATING_LABEL, label.getId()), "rating.renamed", null, null, change);
        }
    }

    private static void requireDistinct(Map<Verdict, String> result, String language) {
        var seen = new HashMap<String, Verdict>();
        result.forEach((verdict, text) -> {
            var other = seen.putIfAbsent(text.toLowerCase(Locale.ROOT), verdict);
            if (other != null) {
                throw new BusinessException("rating.labelShared", text, language);
            }
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
