package org.factdesk.shared.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the desk's rules in every language Factdesk speaks, from the bundle {@code org/factdesk/messages}
 * (English) and its translations ({@code messages_de}). A key names one message; its arguments fill the
 * placeholders with {@link MessageFormat}. As in the web bundle, apostrophes in the bundle are plain text, so
 * translators never double them. Counts and limits are written without grouping (5000 files), as the desk writes
 * them; an enum argument is written as its word from the bundle ({@code ReviewState.DRAFT}), so that a German
 * sentence never carries an English state.
 */
public final class BusinessMessages {

    public static final String BUNDLE = "org.factdesk.messages";

    /** A language without a bundle of its own gets English, never the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BusinessMessages() {
    }

    /** The message in the given language; a key the bundle lacks is returned as it is rather than hiding the refusal. */
    public static String format(String key, Object[] arguments, Locale locale) {
        var bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return key;
        }
        var format = new MessageFormat(bundle.getString(key).replace("'", "''"), locale);
        var explicit = format.getFormatsByArgumentIndex();
        var shown = new Object[arguments.length];
        for (var i = 0; i < arguments.length; i++) {
            var plain = i >= explicit.length || explicit[i] == null;
            shown[i] = shown(arguments[i], plain, bundle);
        }
        return format.format(shown);
    }

    /** The word for an enum constant, as the sentences of this language use it. */
    public static String word(Enum<?> value, Locale locale) {
        return word(value, bundle(locale));
    }

    private static Object shown(Object argument, boolean plain, ResourceBundle bundle) {
        if (argument instanceof Enum<?> value) {
            return word(value, bundle);
        }
        if (plain && (argument instanceof Integer || argument instanceof Long)) {
            return argument.toString();
        }
        return argument;
    }

    private static String word(Enum<?> value, ResourceBundle bundle) {
        var key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
