package org.factdesk.ingest.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.factdesk.analysis.clean.SourceDecoder;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.ingest.control.Ingest;
import org.factdesk.outlet.control.OutletRepository;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;

/**
 * Ingest: a copy of a story, pasted, uploaded or sent, becomes an article with its claim candidates, filed under
 * its story and matched against the other copies; a line cleaning cut by mistake is put back the same way.
 */
@Stateless
@RolesAllowed({Role.JOURNALIST_NAME, Role.DESK_CHIEF_NAME})
public class IngestService {

    @Inject
    Ingest ingest;

    @Inject
    ArticleRepository articles;

    @Inject
    OutletRepository outlets;

    @Inject
    UserRepository users;

    @Resource
    SessionContext session;

    /** Stores one copy with its claim candidates, or refuses it whole with a reason. */
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

    /** Puts a line that cleaning cut back into the article and finds its claims again. */
    public void restore(long articleId, long expectedVersion, String fragment) {
        var article = articles.getAsSeen(articleId, expectedVersion);
        ingest.restore(article, fragment, users.getCaller(caller()));
    }

    /**
     * Adds a claim the engine missed, from words the desk marked in the article's text, matched with the story's
     * other copies like the engine's claims; refused if the article changed since the caller saw it.
     *
     * @param near where the words were marked, or -1 when the caller did not say
     * @return the new claim's id
     */
    public long addClaim(long articleId, long expectedVersion, String words, int near, String speaker) {
        var article = articles.getAsSeen(articleId, expectedVersion);
        return ingest.addClaim(article, words, near, speaker, users.getCaller(caller()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
