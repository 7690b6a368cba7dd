package org.factdesk.web.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Lets backing beans add Faces messages by bundle key in the user's language. Text that is not a key, such as a
 * business rule's explanation from the core, is shown as it is.
 */
@WebListener
public class BundleMessages implements ServletContextListener {

    static final String BUNDLE = "org.factdesk.web.messages";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((message, params) -> {
            var text = lookup(message);
            return params.length == 0 ? text : MessageFormat.format(text.replace("'", "''"), params);
        });
    }

    private static String lookup(String message) {
        try {
            var locale = Faces.getContext() == null ? java.util.Locale.ENGLISH : Faces.getLocale();
            return ResourceBundle.getBundle(BUNDLE, locale).getString(message);
        } catch (MissingResourceException e) {
            return message;
        }
    }
}
