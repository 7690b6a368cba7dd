package org.factdesk.web.shared;

import jakarta.faces.application.FacesMessage;
import org.factdesk.shared.boundary.BusinessException;
import org.omnifaces.util.Messages;

/**
 * Shows a rule of the newsroom that said no, in the language of the person reading the page: the core's refusals
 * carry the key of their text, which the core's bundle gives in every language Factdesk speaks.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal as the page's error message. */
    public static void show(BusinessException refusal) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refusal), null));
    }

    /** The refusal's text, for a table of results. */
    public static String text(BusinessException refusal) {
        return refusal.getMessage(BundleMessages.readerLocale());
    }
}
