package org.factdesk.ingest.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.review.boundary.ArticleDetailService;
import org.factdesk.review.boundary.CutLineView;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.testsupport.Stories;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/** Ingest on a real server: near-duplicates are linked, not dropped; bad input is refused whole. */
@ExtendWith(ArquillianExtension.class)
class ArticleIngestIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    StaffIdentities identities;

    @Inject
    IngestService ingest;

    @Inject
    ArticleDetailService details;

    @Inject
    org.factdesk.claim.boundary.ClaimService claims;

    private SecurityIdentity journalist;

    @BeforeEach
    void setUp() {
        journalist = identities.of(fixtures.user("ingest", Role.JOURNALIST), Role.JOURNALIST);
    }

    @Test
    void aNearDuplicateIsStoredFlaggedAndLinkedToItsOriginal() {
        var original = fixtures.ingestSeed("000_bf663e8572b57d44.txt", "Sputnik");
        var copy = upload("001_199e5ac08dbcf22c.txt", seed("001_199e5ac08dbcf22c.txt"));

        assertTrue(copy.isDuplicate(), "seed 001 repeats seed 000 under widget junk");
        var linkedPage = as(journalist, () -> details.get(copy.articleId()));
        var linked = linkedPage.article();
        var firstCopy = as(journalist, () -> details.get(original)).article().duplicateOfId();
        var root = firstCopy == null ? original : firstCopy;
        assertEquals(root, linked.duplicateOfId(), "linked to the first copy of seed 000 on the desk");
        assertTrue(linked.duplicateSimilarity() >= 0.8, "similarity " + linked.duplicateSimilarity());
        assertEquals(ArticleState.INGESTED, linked.state());
        assertFalse(linkedPage.claims().isEmpty(), "a duplicate keeps its claims for review");
        var originalPage = as(journalist, () -> details.get(root));
        assertTrue(originalPage.duplicates().stream().anyMatch(a -> a.id() == copy.articleId()));
    }

    @Test
    void theSameOutletsCopyUploadedAgainIsRefusedNamingTheStoredOneWhileAnotherOutletsReprintIsStored() {
        var text = Stories.unique();
        var first = upload("reprint-" + Fixtures.unique() + ".txt", text);
        var articlesBefore = fixtures.articleCount();

        var again = assertThrows(AlreadyStoredException.class, () -> as(journalist,
                () -> ingest.ingest(new IngestRequest("IT Outlet", null, "again.txt", text))));
        assertEquals(first.articleId(), again.storedArticleId());
        assertTrue(again.getMessage().startsWith("again.txt: this outlet's copy with the same text is already on the desk as"),
                again.getMessage());
        assertTrue(again.getMessage().contains("(article " + first.articleId() + ")"), again.getMessage());
        var pasted = assertThrows(AlreadyStoredException.class, () -> as(journalist,
                () -> ingest.ingest(IngestRequest.pasted("it outlet", null, new String(text, StandardCharsets.UTF_8)))));
        assertEquals(first.articleId(), pasted.storedArticleId(), "the outlet's name is matched as the desk files it");
        assertEquals(articlesBefore, fixtures.articleCount(), "nothing was stored");

        var reprint = as(journalist, () -> ingest.ingest(new IngestRequest("Other Outlet " + Fixtures.unique(), null,
                "reprint.txt", text)));
        assertEquals(first.articleId(), reprint.duplicateOfId(), "another outlet running the same text is news: stored, linked");
    }

    @Test
    void aDifferentCopyOfTheStoryIsNotFlagged() {
        fixtures.ingestSeed("000_bf663e8572b57d44.txt", "Sputnik");
        var other = upload("003_1b585e5154195667.txt", seed("003_1b585e5154195667.txt"));

        assertFalse(other.isDuplicate());
        assertNull(other.duplicateOfId());
    }

    @Test
    void anEmptyUploadIsRefusedAndStoresNothing() {
        assertRefused("empty.txt", new byte[0], "empty");
        assertRefused("blank.txt", "  \n\t ".getBytes(StandardCharsets.UTF_8), "white space");
    }

    @Test
    void aBinaryFileIsRefusedAndStoresNothing() {
        var png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        assertRefused("photo.txt", png, "binary");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndStoresNothing() {
        var big = "Lorem words of a long page. ".repeat(IngestLimits.MAX_BYTES / 20).getBytes(StandardCharsets.UTF_8);
        assertRefused("huge.txt", big, "limit is " + IngestLimits.MAX_SIZE_LABEL);
    }

    @Test
    void aFileThatIsNotTextOrHtmlIsRefused() {
        assertRefused("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "not a .txt or .html file");
    }

    @Test
    void aScriptInHtmlNeverReachesTheStoredText() {
        var html = "<html><head><title>Council vote</title><script>alert('x')</script></head><body>"
                + "<p onclick=\"steal()\">The city council voted 31 to 12 on Tuesday to close the old bridge, mayor "
                + Fixtures.uniqueName() + " said.</p><script>document.cookie</script></body></html>";
        var result = upload("vote-" + Fixtures.unique() + ".html", html.getBytes(StandardCharsets.UTF_8));

        var stored = as(journalist, () -> details.get(result.articleId())).article();
        assertTrue(stored.cleanedText().contains("voted 31 to 12"), stored.cleanedText());
        assertFalse(stored.cleanedText().contains("alert"), stored.cleanedText());
        assertFalse(stored.cleanedText().contains("steal"), stored.cleanedText());
        assertFalse(stored.cleanedText().contains("document.cookie"), stored.cleanedText());
    }

    @Test
    void theEngineWarningsAreKeptWithTheArticleAndReadInTheReadersLanguage() {
        var text = "The minister\u0007 said on\u0007 Friday that exports rose 5 percent in 2023, more than the year"
                + " before, according to " + Fixtures.uniqueName() + ". Imports fell 3 percent over the same period,"
                + " the statistics office said.";
        var result = upload("bell-" + Fixtures.unique() + ".txt", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("Removed 2 control or invalid characters"),
                result.warnings().stream().map(w -> w.in(Locale.ENGLISH)).toList());
        var stored = as(journalist, () -> details.get(result.articleId())).warnings();
        assertEquals(List.of("2 Steuer- oder ungültige Zeichen entfernt"),
                stored.stream().map(w -> w.in(Locale.GERMAN)).toList());
    }

    @Test
    void onlyStaffWhoIngestMayIngest() {
        var admin = identities.of(fixtures.user("admin", Role.ADMIN), Role.ADMIN);
        var before = fixtures.articleCount();

        assertThrows(EJBAccessException.class, () -> as(admin, () -> ingest.ingest(
                new IngestRequest("Outlet", null, "a.txt", "Some text with 12 numbers.".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(before, fixtures.articleCount());
    }

    @Test
    void aLineCutByMistakeIsRestoredUntilWorkOnTheClaimsBegins() {
        var id = upload("glued-" + Fixtures.unique() + ".txt", seed("004_6b55d9e8d47e983b.txt")).articleId();
        var before = as(journalist, () -> details.get(id));
        var glued = before.removed().stream().map(CutLineView::text).filter(r -> r.startsWith("See also Did Lindner"))
                .findFirst().orElseThrow();
        assertTrue(before.removed().stream().noneMatch(r -> r.reason().equals(CutLineView.UNKNOWN)),
                "each cut line keeps why it was cut: " + before.removed());

        as(journalist, () -> ingest.restore(id, before.article().version(), glued));

        var after = as(journalist, () -> details.get(id));
        assertTrue(after.article().cleanedText().contains(glued), "the line is back in the text");
        assertFalse(after.removed().stream().anyMatch(r -> r.text().equals(glued)));
        assertEquals(before.claims().size(), after.claims().size(), "the same claims are found again");
        assertTrue(after.history().stream().anyMatch(e -> e.action().equals("article.restored")));

        var chief = identities.of(fixtures.user("chief", Role.DESK_CHIEF), Role.DESK_CHIEF);
        var other = after.removed().get(0).text();
        as(journalist, () -> claims.take(after.claims().get(0).id()));
        var refused = assertThrows(BusinessException.class,
                () -> as(chief, () -> ingest.restore(id, as(chief, () -> details.get(id)).article().version(), other)));
        assertTrue(refused.getMessage().contains("before anyone is assigned"), refused.getMessage());
        assertTrue(as(journalist, () -> details.get(id)).removed().stream().anyMatch(r -> r.text().equals(other)),
                "nothing changed");
    }

    private void assertRefused(String fileName, byte[] content, String reason) {
        var before = fixtures.articleCount();

        var refused = assertThrows(BusinessException.class, () -> upload(fileName, content));

        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertTrue(refused.getMessage().contains(fileName), "the message names the file: " + refused.getMessage());
        assertEquals(before, fixtures.articleCount());
    }

    private IngestResult upload(String fileName, byte[] content) {
        var result = as(journalist, () -> ingest.ingest(new IngestRequest("IT Outlet", null, fileName, content)));
        assertNotNull(result);
        return result;
    }

    private byte[] seed(String file) {
        try (var in = getClass().getClassLoader().getResourceAsStream("org/factdesk/demo/seeds/" + file)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
