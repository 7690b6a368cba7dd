package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the newsroom said no. The message is written for the person at the desk,
 * and the transaction rolls back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
