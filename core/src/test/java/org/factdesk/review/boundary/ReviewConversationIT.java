package org.factdesk.review.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import org.factdesk.notification.boundary.NotificationService;
import org.factdesk.notification.entity.NotificationKind;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.Verdict;
import org.factdesk.shared.boundary.AccessRefusedException;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A returned review carries its conversation; both sides are told of each step. */
@ExtendWith(ArquillianExtension.class)
class ReviewConversationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    ReviewService reviews;

    @Inject
    NotificationService notifications;

    @Test
    void theReturnCommentStartsAThreadThatAuthorAndDeskChiefContinue() {
        var author = identities.of(fixtures.user("author", Role.JOURNALIST), Role.JOURNALIST);
        var outsider = identities.of(fixtures.user("outsider", Role.JOURNALIST), Role.JOURNALIST);
        var chiefName = fixtures.user("chief", Role.DESK_CHIEF);
        var chief = identities.of(chiefName, Role.DESK_CHIEF);
        var claimId = fixtures.claimIds(fixtures.article()).get(0);
        var draft = as(author, () -> reviews.start(claimId));
        var submitted = as(author, () -> reviews.submit(draft.id(), draft.version(), new ReviewDraft(Verdict.FALSE,
                "The plan funds twelve schools, not forty.", List.of(new EvidenceSource("https://example.org/plan", null, null)))));
        var chiefUnread = as(chief, () -> notifications.unreadCount());

        as(chief, () -> reviews.returnToAuthor(submitted.id(), submitted.version(), "Which page of the plan?"));
        assertEquals(NotificationKind.REVIEW_RETURNED, as(author, () -> notifications.mine(0, 1)).rows().get(0).kind());
        var reply = as(author, () -> reviews.comment(submitted.id(), "Page 14, table 3."));
        as(chief, () -> reviews.comment(submitted.id(), "Thanks, resubmit with that link."));

        var thread = as(author, () -> reviews.thread(submitted.id()));
        assertEquals(List.of("Which page of the plan?", "Page 14, table 3.", "Thanks, resubmit with that link."),
                thread.stream().map(ThreadComment::text).toList());
        assertEquals(List.of(thread.get(1).authorName(), thread.get(1).text()), List.of(reply.authorName(), reply.text()),
                "the sender gets their message back as the thread shows it");
        assertEquals(chiefUnread + 1, as(chief, () -> notifications.unreadCount()), "the desk chief who returned it is told of the reply");
        var middle = as(chief, () -> reviews.thread(submitted.id(), 1, 1));
        assertEquals(List.of("Page 14, table 3."), middle.rows().stream().map(ThreadComment::text).toList(), "a page of the thread");
        assertEquals(3, middle.total());
        assertThrows(AccessRefusedException.class, () -> as(outsider, () -> reviews.thread(submitted.id(), 0, 20)));
        assertThrows(BusinessException.class, () -> as(outsider, () -> reviews.comment(submitted.id(), "Me too")));
        assertThrows(BusinessException.class, () -> as(author, () -> reviews.comment(submitted.id(), "   ")));
    }

    @Test
    void openingANotificationMarksItReadAndNobodyElseCanOpenIt() {
        var author = identities.of(fixtures.user("author", Role.JOURNALIST), Role.JOURNALIST);
        var other = identities.of(fixtures.user("other", Role.JOURNALIST), Role.JOURNALIST);
        var chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        var claimId = fixtures.claimIds(fixtures.article()).get(0);
        var draft = as(author, () -> reviews.start(claimId));
        var submitted = as(author, () -> reviews.submit(draft.id(), draft.version(), new ReviewDraft(Verdict.TRUE,
                "The figure is in the ministry's plan.", List.of(new EvidenceSource("https://example.org/plan", null, null)))));
        as(chief, () -> reviews.approve(submitted.id(), submitted.version()));
        var approved = as(author, () -> notifications.mine(0, 1)).rows().get(0);
        assertEquals(NotificationKind.REVIEW_APPROVED, approved.kind());
        var unread = as(author, () -> notifications.unreadCount());

        assertThrows(BusinessException.class, () -> as(other, () -> notifications.open(approved.id())));
        as(author, () -> notifications.open(approved.id()));

        assertEquals(unread - 1, as(author, () -> notifications.unreadCount()));
        as(author, () -> notifications.markAllRead());
        assertEquals(0, as(author, () -> notifications.unreadCount()));
    }
}
