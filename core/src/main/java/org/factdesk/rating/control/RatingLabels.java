package org.factdesk.rating.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.rating.entity.RatingLabel;
import org.factdesk.review.entity.Verdict;

/** The labels of the rating scale as the desk named them, falling back to the built-in ones. */
@Dependent
public class RatingLabels {

    @PersistenceContext
    EntityManager em;

    public Map<Verdict, String> resolve(String language) {
        var code = BuiltInLabels.supported(language);
        var labels = new EnumMap<>(BuiltInLabels.all(code));
        custom(code).forEach(l -> labels.put(l.getVerdict(), l.getLabel()));
        return labels;
    }

    public List<RatingLabel> custom(String language) {
        return em.createNamedQuery("RatingLabel.findByLanguage", RatingLabel.class)
                .setParameter("language", language).getResultList();
    }

    public Optional<RatingLabel> find(Verdict verdict, String language) {
        return custom(language).stream().filter(l -> l.getVerdict() == verdict).findFirst();
    }

    public void add(RatingLabel label) {
        em.persist(label);
    }

    public void remove(RatingLabel label) {
        em.remove(label);
    }
}
