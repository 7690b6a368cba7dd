package org.factdesk.history.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.history.boundary.Change;
import org.factdesk.history.boundary.FieldChange;
import org.factdesk.history.boundary.ReviewVersion;
import org.factdesk.history.entity.Revision;
import org.factdesk.review.entity.Evidence;
import org.factdesk.review.entity.Review;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Reads the Envers audit tables: every revision of an article's rows, and the versions of one review. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /** One audited row as one revision left it. */
    record Row(Object entity, Revision revision, RevisionType type) {
        long id() {
            return entityId(entity);
        }
    }

    /**
     * Every change to the article, its claims, their reviews and the reviews' evidence, newest first. Review and
     * evidence changes made while {@code mayRead} refuses the review as it stood then are left out.
     */
    public List<Change> ofArticle(long articleId, Predicate<Review> mayRead) {
        var changes = new ArrayList<>(changes(rows(Article.class, AuditEntity.id().eq(articleId)), r -> r.id()));
        var claims = rows(Claim.class, AuditEntity.relatedId("article").eq(articleId));
        changes.addAll(changes(claims, r -> r.id()));
        var claimIds = claims.stream().map(Row::id).distinct().toArray();
        if (claimIds.length > 0) {
            var reviews = rows(Review.class, AuditEntity.relatedId("claim").in(claimIds));
            var readable = reviews.stream().filter(r -> mayRead.test((Review) r.entity())).toList();
            changes.addAll(changes(readable, r -> r.id()));
            var reviewIds = reviews.stream().map(Row::id).distinct().toArray();
            if (reviewIds.length > 0) {
                var evidence = rows(Evidence.class, AuditEntity.relatedId("review").in(reviewIds)).stream()
                        .filter(e -> readableAt(reviews, reviewIdOf(e), e.revision().getId(), mayRead)).toList();
                changes.addAll(changes(evidence, AuditTrail::reviewIdOf));
            }
        }
        changes.sort(Comparator.comparingLong(Change::revision).reversed());
        return changes;
    }

    /** The review after each revision that changed what a reader sees of it, oldest first. */
    public List<ReviewVersion> versionsOf(long reviewId) {
        var byRevision = new TreeMap<Long, List<Row>>();
        rows(Review.class, AuditEntity.id().eq(reviewId)).forEach(r -> add(byRevision, r));
        rows(Evidence.class, AuditEntity.relatedId("review").eq(reviewId)).forEach(r -> add(byRevision, r));
        var versions = new ArrayList<ReviewVersion>();
        Review current = null;
        var evidence = new TreeMap<Long, String>();
        for (var rows : byRevision.values()) {
            for (var row : rows) {
                if (row.entity() instanceof Review review) {
                    current = review;
                } else if (row.type() == RevisionType.DEL) {
                    evidence.remove(row.id());
                } else {
                    evidence.put(row.id(), ((Evidence) row.entity()).getUrl());
                }
            }
            if (current == null) {
                continue;
            }
            var revision = rows.get(0).revision();
            var version = new ReviewVersion(revision.getId(), revision.getAt(), revision.getUsername(), current.getState(),
                    current.getVerdict(), current.getRationale(), List.copyOf(evidence.values()));
            if (versions.isEmpty() || !version.showsSameAs(versions.get(versions.size() - 1))) {
                versions.add(version);
            }
        }
        return versions;
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(Class<?> type, AuditCriterion criterion) {
        List<Object[]> result = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return result.stream().map(r -> new Row(r[0], (Revision) r[1], (RevisionType) r[2])).toList();
    }

    private static List<Change> changes(List<Row> rows, java.util.function.ToLongFunction<Row> subjectId) {
        var previous = new HashMap<Long, Map<String, String>>();
        var changes = new ArrayList<Change>();
        for (var row : rows) {
            var now = Snapshots.of(row.entity());
            var before = previous.getOrDefault(row.id(), Map.of());
            var fields = row.type() == RevisionType.DEL ? removed(now) : differences(before, now);
            previous.put(row.id(), now);
            if (!fields.isEmpty() || row.type() != RevisionType.MOD) {
                var revision = row.revision();
                changes.add(new Change(revision.getId(), revision.getAt(), revision.getUsername(),
                        Snapshots.subject(row.entity()), subjectId.applyAsLong(row), row.type().name(), fields));
            }
        }
        return changes;
    }

    private static List<FieldChange> differences(Map<String, String> before, Map<String, String> now) {
        var fields = new ArrayList<FieldChange>();
        now.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                fields.add(new FieldChange(field, before.get(field), value));
            }
        });
        return fields;
    }

    private static List<FieldChange> removed(Map<String, String> last) {
        var fields = new ArrayList<FieldChange>();
        last.forEach((field, value) -> {
            if (value != null) {
                fields.add(new FieldChange(field, value, null));
            }
        });
        return fields;
    }

    /** Whether the review, as it stood at that revision, may be read: evidence follows its review. */
    private static boolean readableAt(List<Row> reviews, long reviewId, long revision, Predicate<Review> mayRead) {
        return reviews.stream()
                .filter(r -> r.id() == reviewId && r.revision().getId() <= revision)
                .reduce((first, second) -> second)
                .map(r -> mayRead.test((Review) r.entity()))
                .orElse(false);
    }

    private static long reviewIdOf(Row evidenceRow) {
        return ((Evidence) evidenceRow.entity()).getReview().getId();
    }

    private static void add(Map<Long, List<Row>> byRevision, Row row) {
        byRevision.computeIfAbsent(row.revision().getId(), k -> new ArrayList<>()).add(row);
    }

    private static long entityId(Object entity) {
        if (entity instanceof Evidence e) {
            return e.getId();
        }
        return ((org.factdesk.shared.entity.BaseEntity) entity).getId();
    }
}
