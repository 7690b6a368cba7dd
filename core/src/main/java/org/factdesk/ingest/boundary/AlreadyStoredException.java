package org.factdesk.ingest.boundary;

import jakarta.ejb.ApplicationException;
import org.factdesk.shared.boundary.BusinessException;

/**
 * The outlet's copy with exactly this text is already on the desk: a second one would only add the same work again.
 * It names the stored copy, so the page can link to it.
 */
@ApplicationException(rollback = true)
public class AlreadyStoredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long storedArticleId;

    /** @param fileName the uploaded file's name, or null for pasted text */
    public static AlreadyStoredException of(String fileName, long storedArticleId, String storedTitle) {
        // an id is a name, not a quantity: never written as 1,234
        var id = String.valueOf(storedArticleId);
        return fileName == null
                ? new AlreadyStoredException("ingest.textAlreadyStored", storedArticleId, storedTitle, id)
                : new AlreadyStoredException("ingest.alreadyStored", storedArticleId, fileName, storedTitle, id);
    }

    private AlreadyStoredException(String key, long storedArticleId, Object... arguments) {
        super(key, arguments);
        this.storedArticleId = storedArticleId;
    }

    public long storedArticleId() {
        return storedArticleId;
    }
}
