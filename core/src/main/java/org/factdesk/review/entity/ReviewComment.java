package org.factdesk.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.entity.User;

/** One message in the conversation between a review's author and the desk. Never edited, so the thread stays true. */
@Entity
@Table(name = "review_comment")
@NamedQuery(name = "ReviewComment.threadOfReview",
        query = "select new org.factdesk.review.boundary.ThreadComment(c.author.displayName, c.createdAt, c.text)"
                + " from ReviewComment c where c.review.id = :reviewId order by c.createdAt, c.id")
@NamedQuery(name = "ReviewComment.countOfReview", query = "select count(c) from ReviewComment c where c.review.id = :reviewId")
public class ReviewComment {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private Review review;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private User author;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(Review review, User author, String text) {
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new BusinessException("comment.empty");
        }
        if (body.length() > TEXT_MAX) {
            throw new BusinessException("comment.tooLong", TEXT_MAX);
        }
        this.review = Objects.requireNonNull(review);
        this.author = Objects.requireNonNull(author);
        this.text = body;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public User getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
