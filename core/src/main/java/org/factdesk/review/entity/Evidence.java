package org.factdesk.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A source the reviewer relied on. Owned by its review, replaced as a whole when the review is saved. */
@Entity
@Table(name = "evidence")
public class Evidence {

    public static final int URL_MAX = 2048;
    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Audited
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private Review review;

    @Audited
    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Audited
    @Column(length = TITLE_MAX)
    private String title;

    @Audited
    @Column(length = NOTE_MAX)
    private String note;

    protected Evidence() {
    }

    Evidence(Review review, String url, String title, String note) {
        this.review = Objects.requireNonNull(review);
        this.url = Objects.requireNonNull(url);
        this.title = title;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Review getReview() {
        return review;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }
}
