package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller named a version (or revision) that is no longer the current one: their copy is stale and nothing of
 * theirs was written. Apart from the other concurrent edits, a stale copy is a failed precondition of the change,
 * which the API answers 412; a change that met its precondition and still lost a race stays a plain
 * {@link ConcurrentEditException}.
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends ConcurrentEditException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String key, Object... arguments) {
        super(key, arguments);
    }
}
