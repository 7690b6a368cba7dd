package org.factdesk.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.factdesk.shared.boundary.Languages;
import org.omnifaces.util.Beans;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Lets backing beans add Faces messages by bundle key in the reader's language. A business refusal from the core
 * is shown with {@link Refusals}, which takes its text from the core's bundle in the same language.
 */
@WebListener
public class BundleMessages implements ServletContextListener {

    static final String BUNDLE = "org.factdesk.web.messages";

    /** A language without a bundle of its own gets English, never the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(BundleMessages::text);
    }

    /**
     * The language of the person reading the page: their choice on /profile.xhtml, or their browser's. Taken from
     * the user rather than the view, which on a first request is not yet built when a view action adds a message.
     */
    static Locale readerLocale() {
        return Faces.getContext() == null ? Locale.ENGLISH : Beans.getReference(ActiveUser.class).getLocale();
    }

    /** The first of a client's preferred languages that Factdesk speaks, else English: for readers with no profile. */
    public static Locale spokenOf(java.util.List<Locale> preferred) {
        return Languages.spokenOf(preferred);
    }

    /** A text of the web bundle in the reader's language, for text built in Java. */
    public static String text(String key, Object... params) {
        return text(readerLocale(), key, params);
    }

    /** A text of the web bundle in the given language; a key the bundle lacks is returned as it is. */
    public static String text(Locale locale, String key, Object... params) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return params.length == 0 ? text : new MessageFormat(text.replace("'", "''"), locale).format(params);
    }
}
