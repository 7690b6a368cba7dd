package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same thing first; the caller's copy is stale and nothing of theirs was written. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String key, Object... arguments) {
        super(key, arguments);
    }
}
