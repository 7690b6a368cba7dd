package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same thing first; the caller's copy is stale and nothing of theirs was written. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
