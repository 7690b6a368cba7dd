package org.factdesk.article.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.article.control.SourceDecoder;
import org.factdesk.article.control.Ingest;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.claim.control.ClaimMatches;
import org.factdesk.notification.control.Notifier;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.notification.entity.NotificationTarget;
import org.factdesk.outlet.control.OutletRepository;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.publication.control.Publishing;
import org.factdesk.review.control.ReviewRepository;
import org.factdesk.review.entity.Review;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.ConcurrentEditException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/** Articles on the desk: ingest a copy of a story, browse them, publish or archive them. */
@Stateless
public class ArticleService {

    @Inject
    Ingest ingest;

    @Inject
    ArticleRepository articles;

    @Inject
    OutletRepository outlets;

    @Inject
    ReviewRepository reviews;

    @Inject
    UserRepository users;

    @Inject
    Publishing publishing;

    @Inject
    EventLog log;

    @Inject
    Notifier notifier;

    @Inject
    ClaimMatches matches;

    @Resource
    SessionContext session;

    /** Stores one copy with its claim candidates, or refuses it whole with a reason. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public IngestResult ingest(IngestRequest request) {
        var document = ingest.read(request);
        // the outlet first, before this transaction reads anything (see NewOutlets)
        var outlet = outlets.findOrCreate(document.outletName());
        return ingest.store(document, outlet, users.getCaller(caller()));
    }

    /**
     * A file as it was uploaded or sent: refused by its name and its declared size before a byte is read, and read
     * no further than a document may weigh, whatever size it declared.
     *
     * @param fileName     the file's own name, or null for a text sent without one
     * @param declaredSize what the upload or the request declared, or -1 if nothing
     */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public IngestResult ingestFile(String outlet, String url, String fileName, long declaredSize, InputStream content) {
        if (fileName != null) {
            SourceDecoder.requireSupportedName(fileName);
        }
        SourceDecoder.requireSize(declaredSize, fileName);
        try (var in = content) {
            return ingest(new IngestRequest(outlet, url, fileName, SourceDecoder.read(in, fileName)));
        } catch (IOException | UncheckedIOException e) {
            // a client that hung up half-way, an upload the server could not buffer
            throw new BusinessException("ingest.unreadable", fileName == null ? "-" : fileName,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Page<ArticleRow> list(ArticleFilter filter, int first, int pageSize) {
        var criteria = filter == null ? ArticleFilter.any() : filter;
        return new Page<>(articles.page(criteria, Math.max(0, first), Page.clampSize(pageSize)), articles.count(criteria));
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public List<Outlet> outlets() {
        return outlets.all();
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public ArticleDetail get(long articleId) {
        var article = articles.get(articleId);
        article.getOutlet().getName();
        article.getClaims().forEach(c -> {
            if (c.getAssignee() != null) {
                c.getAssignee().getDisplayName();
            }
        });
        if (article.getDuplicateOf() != null) {
            article.getDuplicateOf().getOutlet().getName();
        }
        if (article.getStory() != null) {
            article.getStory().getLabel();
        }
        var me = session.getCallerPrincipal().getName();
        var chief = session.isCallerInRole(Role.DESK_CHIEF_NAME);
        Map<Long, Review> byClaim = reviews.forArticle(articleId).stream()
                .filter(r -> r.isReadableBy(me, chief))
                .peek(r -> r.getAuthor().getDisplayName())
                .collect(Collectors.toMap(r -> r.getClaim().getId(), Function.identity()));
        return new ArticleDetail(article, byClaim, articles.duplicatesOf(articleId), log.forArticle(articleId),
                strings(article.getRemovedFragments()), article.getWarnings(), articles.sameStory(article),
                matches.conflictingClaims(articleId));
    }

    /** Makes the fact-check public: every started review must be approved (the article is APPROVED). */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void publish(long articleId, long expectedVersion) {
        var article = articles.get(articleId);
        requireVersion(article.getVersion(), expectedVersion);
        var me = users.getCaller(caller());
        publishing.publish(article, me);
        var authors = reviews.forArticle(articleId).stream().map(r -> r.getAuthor()).distinct().toList();
        notifier.tellAll(authors, NotificationKind.ARTICLE_PUBLISHED, me, article.displayTitle(), NotificationTarget.ARTICLE,
                articleId);
    }

    /**
     * Gives the fact-check the headline readers will see, before it is published (a blank one brings the engine's
     * title back); the change is audited and logged with the headline it replaced.
     */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void editHeadline(long articleId, long expectedVersion, String headline) {
        var article = articles.get(articleId);
        var before = article.displayTitle();
        // the article's own refusal first: a page opened before publication must hear that it is published now
        article.editHeadline(headline);
        requireVersion(article.getVersion(), expectedVersion);
        if (!before.equals(article.displayTitle())) {
            log.record(caller(), Subject.article(article.getId()), "article.headlineEdited", null, null,
                    before + " \u2192 " + article.displayTitle());
        }
    }

    /** Puts a line that cleaning cut back into the article and finds its claims again. */
    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
    public void restore(long articleId, long expectedVersion, String fragment) {
        var article = articles.get(articleId);
        requireVersion(article.getVersion(), expectedVersion);
        ingest.restore(article, fragment, users.getCaller(caller()));
    }

    /** Sets when the desk should have checked the article, e.g. when a story's urgency changes. */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void reschedule(long articleId, long expectedVersion, java.time.Instant dueAt) {
        var article = articles.get(articleId);
        requireVersion(article.getVersion(), expectedVersion);
        if (dueAt == null) {
            throw new BusinessException("article.dueTimeMissing");
        }
        var before = article.getDueAt();
        article.dueBy(dueAt);
        log.record(caller(), Subject.article(article.getId()), "article.rescheduled", null, null,
                (before == null ? "" : before + " \u2192 ") + dueAt);
    }

    /** Takes an article off the desk for good, with the reason on record. */
    @RolesAllowed({Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public void archive(long articleId, long expectedVersion, String reason) {
        var article = articles.get(articleId);
        requireVersion(article.getVersion(), expectedVersion);
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("article.archiveReasonMissing");
        }
        var from = article.moveTo(ArticleState.ARCHIVED);
        log.record(caller(), Subject.article(article.getId()), "article.archived", from, ArticleState.ARCHIVED, why);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentEditException("article.changedMeanwhile");
        }
    }

    private static List<String> strings(String jsonArray) {
        try (var reader = Json.createReader(new StringReader(jsonArray))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
