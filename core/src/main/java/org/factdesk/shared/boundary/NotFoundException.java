package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/** Nothing of that kind has this id; the key's message names the kind, with the id as its only argument. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String key, Object id) {
        // an id is a name, not a quantity: never written as 1,234
        super(key, String.valueOf(id));
    }
}
