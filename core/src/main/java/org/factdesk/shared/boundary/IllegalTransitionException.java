package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/** A workflow step that the current state does not allow. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
