package org.factdesk.bulkimport.boundary;

import static org.factdesk.testsupport.Calls.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.bulkimport.control.EntryImport;
import org.factdesk.bulkimport.control.ImportJobs;
import org.factdesk.bulkimport.control.ImportRecovery;
import org.factdesk.bulkimport.control.SourceFile;
import org.factdesk.bulkimport.entity.EntryStatus;
import org.factdesk.bulkimport.entity.ImportEntry;
import org.factdesk.bulkimport.entity.ImportState;
import org.factdesk.bulkimport.entity.SourceKind;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.testsupport.Await;
import org.factdesk.testsupport.Deployments;
import org.factdesk.testsupport.Fixtures;
import org.factdesk.testsupport.ImportFixtures;
import org.factdesk.testsupport.StaffIdentities;
import org.factdesk.testsupport.Stories;
import org.factdesk.user.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/** Bulk import on a real server: every file gets exactly one result, through stops and a simulated crash. */
@ExtendWith(ArquillianExtension.class)
class BulkImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.core();
    }

    @Inject
    ImportService imports;

    @Inject
    ImportRecovery recovery;

    @Inject
    ImportJobs jobs;

    @Inject
    EntryImport entryImport;

    @Inject
    Fixtures fixtures;

    @Inject
    ImportFixtures audit;

    @Inject
    StaffIdentities identities;

    @Test
    void aZipIsImportedWithOneResultPerFileAndTheReasonForEachRefusal() {
        var journalist = staff(Role.JOURNALIST);
        var outlet = "Zip Outlet " + Fixtures.unique();
        var story = Stories.unique();
        var files = new LinkedHashMap<String, byte[]>();
        files.put("wire/", new byte[0]);
        files.put("wire/first.txt", story);
        files.put("wire/second.html", ("<html><body><article>" + new String(Stories.unique()) + "</article></body></html>").getBytes());
        files.put("wire/first-again.txt", story);
        files.put("wire/scan.pdf", new byte[]{0x25, 0x50, 0x44, 0x46});
        files.put("wire/empty.txt", new byte[0]);
        files.put("__MACOSX/wire/._first.txt", new byte[]{0, 1, 2});

        var jobId = as(journalist, () -> imports.startFromZip(outlet, "monday.zip", zip(files)));
        awaitEnd(journalist, jobId);

        var progress = as(journalist, () -> imports.progress(jobId));
        assertEquals(ImportState.COMPLETED, progress.state());
        assertEquals(5, progress.total(), "the folder entry and the macOS resource fork are not files to import");
        assertEquals(100, progress.percent());
        var byName = audit.entries(jobId).stream().collect(Collectors.toMap(ImportEntry::getName, Function.identity()));
        assertEquals(EntryStatus.IMPORTED, byName.get("wire/first.txt").getStatus());
        assertEquals(EntryStatus.IMPORTED, byName.get("wire/second.html").getStatus());
        var again = byName.get("wire/first-again.txt");
        assertEquals(EntryStatus.REJECTED, again.getStatus(), "the outlet's copy of this text is stored once");
        assertNull(again.getArticleId());
        assertEquals(byName.get("wire/first.txt").getArticleId(), again.getDuplicateOfId(), "the result names the stored copy");
        assertTrue(again.getReason().startsWith("wire/first-again.txt: this outlet's copy with the same text is already on the desk"),
                again.getReason());
        assertEquals("wire/scan.pdf is not a .txt or .html file.", byName.get("wire/scan.pdf").getReason());
        assertEquals("wire/empty.txt is empty: there is no text to ingest.", byName.get("wire/empty.txt").getReason());
        assertEquals(2, audit.articleIdsOfOutlet(outlet).size(), "the refused files stored nothing");
        assertFalse(Files.exists(Path.of(as(journalist, () -> jobs.source(jobId)).path())), "a finished archive is removed");
    }

    @Test
    void eachPageOfAnArchiveIsFiledUnderTheOutletItNamesAndTheRestUnderTheOneGiven() {
        var journalist = staff(Role.JOURNALIST);
        var given = "Mixed Outlet " + Fixtures.unique();
        var harbour = "Harbour Gazette " + Fixtures.unique();
        var valley = "Valley Times " + Fixtures.unique();
        var files = new LinkedHashMap<String, byte[]>();
        files.put("gazette.html", page("<meta property=\"og:site_name\" content=\"" + harbour + "\">"));
        files.put("times.html", page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + valley + "\"}}</script>"));
        files.put("unsigned.txt", Stories.unique());

        var jobId = as(journalist, () -> imports.startFromZip(given, "mixed.zip", zip(files)));
        awaitEnd(journalist, jobId);

        assertEquals(1, audit.articleIdsOfOutlet(harbour).size(), "the page naming its site is filed under it");
        assertEquals(1, audit.articleIdsOfOutlet(valley).size(), "so is the page naming its publisher");
        assertEquals(1, audit.articleIdsOfOutlet(given).size(), "the text naming no outlet goes under the one given");
    }

    private static byte[] page(String head) {
        return ("<html><head>" + head + "</head><body><article>" + new String(Stories.unique())
                + "</article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aStoppedImportThatACrashLeftRunningIsResumedWithEveryFileImportedExactlyOnce() {
        var journalist = staff(Role.JOURNALIST);
        var outlet = "Crash Outlet " + Fixtures.unique();
        var files = new LinkedHashMap<String, byte[]>();
        for (var i = 0; i < 30; i++) {
            files.put(String.format("story-%02d.txt", i), Stories.unique());
        }
        var jobId = as(journalist, () -> imports.startFromZip(outlet, "archive.zip", zip(files)));
        Await.until("the first file's result", () -> as(journalist, () -> imports.progress(jobId)).processed() > 0);
        as(journalist, () -> imports.stop(jobId));
        Await.until("the import to stop", () -> as(journalist, () -> imports.progress(jobId)).state() == ImportState.STOPPED);
        var stoppedAt = as(journalist, () -> imports.progress(jobId)).processed();
        assertTrue(stoppedAt > 0 && stoppedAt < 30, "stopped part-way, after " + stoppedAt + " files");

        audit.leaveRunningAsIfTheServerDied(jobId);
        assertEquals(1, recovery.resumeInterrupted(), "the start-up recovery finds the import cut off and restarts it");
        awaitEnd(journalist, jobId);

        assertEquals(ImportState.COMPLETED, as(journalist, () -> imports.progress(jobId)).state());
        var entries = audit.entries(jobId);
        assertEquals(30, entries.size());
        entries.forEach(e -> assertEquals(EntryStatus.IMPORTED, e.getStatus(), e.getName() + ": " + e.getReason()));
        var articleIds = entries.stream().map(ImportEntry::getArticleId).toList();
        assertEquals(30, articleIds.stream().distinct().count(), "one article per file");
        assertEquals(articleIds.stream().sorted().toList(), audit.articleIdsOfOutlet(outlet), "and no other article");
    }

    @Test
    void itsOwnerResumesAStoppedImportAndAnotherJournalistCannot() {
        var owner = staff(Role.JOURNALIST);
        var colleague = staff(Role.JOURNALIST);
        var outlet = "Resume Outlet " + Fixtures.unique();
        var files = new LinkedHashMap<String, byte[]>();
        for (var i = 0; i < 20; i++) {
            files.put("story-" + i + ".txt", Stories.unique());
        }
        var jobId = as(owner, () -> imports.startFromZip(outlet, "resume.zip", zip(files)));
        Await.until("the first file's result", () -> as(owner, () -> imports.progress(jobId)).processed() > 0);
        as(owner, () -> imports.stop(jobId));
        Await.until("the import to stop", () -> as(owner, () -> imports.progress(jobId)).state() == ImportState.STOPPED);

        var refused = assertThrows(BusinessException.class, () -> as(colleague, () -> imports.resume(jobId)));
        assertTrue(refused.getMessage().startsWith("Only the person who started this import"), refused.getMessage());
        as(owner, () -> imports.resume(jobId));
        awaitEnd(owner, jobId);

        assertEquals(ImportState.COMPLETED, as(owner, () -> imports.progress(jobId)).state());
        var articleIds = audit.entries(jobId).stream().map(ImportEntry::getArticleId).sorted().toList();
        assertEquals(20, articleIds.stream().distinct().count(), "every file stored once");
        assertEquals(articleIds, audit.articleIdsOfOutlet(outlet), "and nothing else");
    }

    @Test
    void aFileWhoseResultIsRecordedIsNeverIngestedAgain() {
        var username = fixtures.user("rerun", Role.JOURNALIST);
        var outlet = "Rerun Outlet " + Fixtures.unique();
        var jobId = jobs.create(SourceKind.FOLDER, "rerun", "/nowhere", outlet, username, List.of(new SourceFile(0, "once.txt")));
        var entryId = audit.entries(jobId).get(0).getId();
        var content = Stories.unique();

        entryImport.ingest(entryId, content);
        entryImport.ingest(entryId, content);
        entryImport.reject(entryId, DeskMessage.of("ingest.empty", "once.txt"));

        var entry = audit.entries(jobId).get(0);
        assertEquals(EntryStatus.IMPORTED, entry.getStatus());
        assertEquals(List.of(entry.getArticleId()), audit.articleIdsOfOutlet(outlet));
        jobs.failed(jobId, DeskMessage.of("import.notStarted", "test import, never run"));
    }

    @Test
    void aDeskChiefImportsAFolderBelowTheImportRootAndNothingOutsideIt() throws IOException {
        var deskChief = staff(Role.DESK_CHIEF);
        var folderName = "it-" + Fixtures.unique();
        var root = Path.of(as(deskChief, () -> imports.importRoot()));
        var folder = Files.createDirectories(root.resolve(folderName).resolve("day"));
        Files.write(folder.resolve("a.txt"), Stories.unique());
        Files.write(folder.resolve("b.txt"), Stories.unique());
        var outlet = "Folder Outlet " + Fixtures.unique();

        var jobId = as(deskChief, () -> imports.startFromFolder(outlet, folderName));
        awaitEnd(deskChief, jobId);
        assertEquals(ImportState.COMPLETED, as(deskChief, () -> imports.progress(jobId)).state());
        assertEquals(List.of("day/a.txt", "day/b.txt"), audit.entries(jobId).stream().map(ImportEntry::getName).toList());
        assertEquals(2, audit.articleIdsOfOutlet(outlet).size());
        assertTrue(Files.exists(folder.resolve("a.txt")), "the server's files stay where they are");

        var outside = assertThrows(BusinessException.class, () -> as(deskChief, () -> imports.startFromFolder(outlet, "../db")));
        assertTrue(outside.getMessage().contains("is not inside the import folder"), outside.getMessage());
        var journalist = staff(Role.JOURNALIST);
        assertThrows(EJBAccessException.class, () -> as(journalist, () -> imports.startFromFolder(outlet, folderName)));
    }

    @Test
    void anUploadThatIsNotAZipIsRefusedAndNothingIsQueued() {
        var journalist = staff(Role.JOURNALIST);
        var before = as(journalist, () -> imports.list(0, 1)).total();
        var refusal = assertThrows(BusinessException.class, () -> as(journalist,
                () -> imports.startFromZip("Some Outlet", "story.zip", new ByteArrayInputStream("not a zip".getBytes()))));
        assertEquals("story.zip is not a ZIP archive, or it is damaged.", refusal.getMessage());
        var noOutlet = assertThrows(BusinessException.class, () -> as(journalist,
                () -> imports.startFromZip(" ", "x.zip", zip(Map.of("a.txt", Stories.unique())))));
        assertEquals("Name the outlet the files come from.", noOutlet.getMessage());
        assertEquals(before, as(journalist, () -> imports.list(0, 1)).total());
    }

    private void awaitEnd(SecurityIdentity who, long jobId) {
        Await.until("import " + jobId + " to end", () -> !as(who, () -> imports.progress(jobId)).isActive());
        assertNotNull(as(who, () -> imports.progress(jobId)).finishedAt());
    }

    private SecurityIdentity staff(Role role) {
        return identities.of(fixtures.user("import", role), role);
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> files) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
