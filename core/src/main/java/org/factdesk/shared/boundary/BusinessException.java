package org.factdesk.shared.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A rule of the newsroom said no. The message is written for the person at the desk, in their language: the
 * exception carries the key of its text in {@link BusinessMessages#BUNDLE} and the arguments that fill it, and
 * {@link #getMessage()} is the English text, for logs and for clients that ask for no language. The transaction
 * rolls back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] arguments;

    /**
     * @param key       the message's key in the core bundle, e.g. {@code review.verdictMissing}
     * @param arguments its placeholders' values: text, numbers, or enum constants (written as their word)
     */
    public BusinessException(String key, Object... arguments) {
        super(BusinessMessages.format(key, arguments, Locale.ENGLISH));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in the reader's language (English where Factdesk does not speak it). */
    public String getMessage(Locale locale) {
        return BusinessMessages.format(key, arguments, locale);
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return Arrays.asList(arguments.clone());
    }
}
