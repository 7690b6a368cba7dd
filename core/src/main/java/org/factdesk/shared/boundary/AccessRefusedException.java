package org.factdesk.shared.boundary;

/**
 * The caller is on the staff but may not see or do this particular thing (another journalist's draft, a
 * conversation they are not part of). The API answers 403.
 */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
