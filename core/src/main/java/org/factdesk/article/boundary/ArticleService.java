package org.factdesk.article.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.outlet.boundary.OutletName;
import org.factdesk.outlet.control.OutletRepository;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.Page;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;

/**
 * Articles on the desk: browse them, reschedule or archive them. Ingest ({@code IngestService}), the article page
 * ({@code ArticleDetailService}) and publishing ({@code FactCheckService}) are use cases of the components above.
 */
@Stateless
public class ArticleService {

    @Inject
    ArticleRepository articles;

    @Inject
    OutletRepository outlets;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public Page<ArticleRow> list(ArticleFilter filter, int first, int pageSize) {
        var criteria = filter == null ? ArticleFilter.any() : filter;
        return new Page<>(articles.page(criteria, Math.max(0, first), Page.clampSize(pageSize)), articles.count(criteria));
    }

    @RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME, Role.ADMIN_NAME})
    public List<OutletName> outlets() {
        return outlets.names();
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
        articles.getAsSeen(articleId, expectedVersion);
        if (!before.equals(article.displayTitle())) {
            log.record(caller(), Subject.article(article.getId()), "article.headlineEdited", null, null,
                    before + " \u2192 " + article.displayTitle());
        }
    }

    /** Sets when the desk should have checked the article, e.g. when a story's urgency changes. */
    @RolesAllowed(Role.DESK_CHIEF_NAME)
    public void reschedule(long articleId, long expectedVersion, java.time.Instant dueAt) {
        var article = articles.getAsSeen(articleId, expectedVersion);
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
        var article = articles.getAsSeen(articleId, expectedVersion);
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
}
