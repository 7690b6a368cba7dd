package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
