package org.factdesk.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.article.entity.Article;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.user.entity.User;

/** The public record that an article's claims were checked: published once, at a URL that never changes. */
@Entity
@Table(name = "fact_check")
@NamedQuery(name = "FactCheck.findByArticle", query = "select f from FactCheck f where f.article.id = :articleId")
public class FactCheck extends BaseEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", unique = true)
    private Article article;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by_id")
    private User publishedBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    protected FactCheck() {
    }

    public FactCheck(Article article, User publishedBy) {
        this.article = Objects.requireNonNull(article);
        this.publishedBy = Objects.requireNonNull(publishedBy);
        this.publishedAt = Instant.now();
        this.modifiedAt = publishedAt;
    }

    public Article getArticle() {
        return article;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public User getPublishedBy() {
        return publishedBy;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
