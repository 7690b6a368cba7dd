package org.factdesk.shared.boundary;

/** Something sent is larger than Factdesk takes (a document over its size limit). The API answers 413. */
public class TooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String key, Object... arguments) {
        super(key, arguments);
    }
}
