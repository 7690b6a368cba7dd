package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/** A workflow step that the current state does not allow. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String key, Object... arguments) {
        super(key, arguments);
    }
}
