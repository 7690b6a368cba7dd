package org.factdesk.newsroom.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.newsroom.control.Newsrooms;
import org.factdesk.newsroom.entity.Newsroom;
import org.factdesk.shared.boundary.StaleVersionException;
import org.factdesk.user.entity.Role;
import org.factdesk.workflow.control.EventLog;
import org.factdesk.workflow.control.EventLog.Subject;
import org.factdesk.workflow.entity.SubjectType;

/**
 * The newsroom's name, address and logo: readers see them on every public page and search engines in every
 * ClaimReview; admins change them, each change naming the version it started from and written to the event log.
 */
@Stateless
public class NewsroomService {

    /** The largest logo accepted, in bytes. */
    public static final int LOGO_MAX_BYTES = Newsroom.LOGO_MAX_BYTES;

    @Inject
    Newsrooms newsrooms;

    @Inject
    EventLog log;

    @Resource
    SessionContext session;

    @PermitAll
    public NewsroomProfile profile() {
        return newsrooms.profile();
    }

    /** The logo's picture, for anyone; empty when the newsroom has none. */
    @PermitAll
    public Optional<NewsroomLogo> logo() {
        var newsroom = newsrooms.get();
        return newsroom.getLogoFormat() == null ? Optional.empty()
                : Optional.of(new NewsroomLogo(newsroom.getLogo(), newsroom.getLogoFormat().contentType(), newsroom.getVersion()));
    }

    /**
     * Renames the newsroom and sets its address, and replaces its logo when a new one is given, all or nothing.
     *
     * @param newLogo the new logo's picture, or null to keep the logo as it is
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public NewsroomProfile update(long expectedVersion, String name, String url, byte[] newLogo) {
        var newsroom = current(expectedVersion);
        var before = describe(newsroom);
        newsroom.rename(name, url);
        if (newLogo != null) {
            newsroom.showLogo(newLogo);
        }
        var after = describe(newsroom) + (newLogo == null ? "" : ", " + newsroom.getLogoFormat() + " logo of " + newLogo.length + " bytes");
        if (!after.equals(before)) {
            record("newsroom.changed", newsroom, before + " \u2192 " + after);
        }
        return profileOf(newsroom);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public NewsroomProfile removeLogo(long expectedVersion) {
        var newsroom = current(expectedVersion);
        newsroom.removeLogo();
        record("newsroom.logoRemoved", newsroom, null);
        return profileOf(newsroom);
    }

    private static String describe(Newsroom newsroom) {
        return newsroom.getName() + " · " + Objects.toString(newsroom.getUrl(), "—");
    }

    private Newsroom current(long expectedVersion) {
        var newsroom = newsrooms.get();
        if (newsroom.getVersion() != expectedVersion) {
            throw new StaleVersionException("newsroom.changedMeanwhile");
        }
        return newsroom;
    }

    private void record(String action, Newsroom newsroom, String comment) {
        log.record(session.getCallerPrincipal().getName(), Subject.of(SubjectType.NEWSROOM, newsroom.getId()), action, null,
                null, comment);
    }

    /** The version after this transaction's change, which the caller names in its next change. */
    private NewsroomProfile profileOf(Newsroom newsroom) {
        newsrooms.flush();
        return new NewsroomProfile(newsroom.getName(), newsroom.getUrl(), newsroom.getLogoFormat(), newsroom.getVersion());
    }
}
