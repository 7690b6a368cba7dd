package org.factdesk.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.entity.BaseEntity;

/** The desk's own wording for one verdict in one language, replacing the built-in label wherever it is shown. */
@Entity
@Table(name = "rating_label")
@NamedQuery(name = "RatingLabel.findByLanguage", query = "select l from RatingLabel l where l.language = :language")
public class RatingLabel extends BaseEntity {

    public static final int LABEL_MAX = 60;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verdict verdict;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected RatingLabel() {
    }

    public RatingLabel(Verdict verdict, String language, String label) {
        this.verdict = Objects.requireNonNull(verdict);
        this.language = Objects.requireNonNull(language);
        relabel(label);
    }

    /** Readers see this text on public pages and in search results, so it must be short and not empty. */
    public void relabel(String newLabel) {
        var text = newLabel == null ? "" : newLabel.strip();
        if (text.isEmpty()) {
            throw new BusinessException("rating.labelEmpty");
        }
        if (text.length() > LABEL_MAX) {
            throw new BusinessException("rating.labelTooLong", LABEL_MAX, text);
        }
        this.label = text;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getLanguage() {
        return language;
    }

    public String getLabel() {
        return label;
    }
}
