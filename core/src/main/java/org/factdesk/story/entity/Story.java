package org.factdesk.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.shared.entity.BaseEntity;

/** One event as several outlets reported it: the articles that are copies of the same story. */
@Entity
@Table(name = "story")
public class Story extends BaseEntity {

    @Column(nullable = false, length = 500)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Story() {
    }

    public Story(String label) {
        this.label = Objects.requireNonNull(label);
        this.createdAt = Instant.now();
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
