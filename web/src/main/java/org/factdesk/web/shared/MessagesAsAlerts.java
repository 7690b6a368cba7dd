package org.factdesk.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with their list marked as no list ({@code role="none"}). PrimeFaces gives each item
 * {@code role="alert"}, so that screen readers announce it at once; an item with another role is no list item,
 * and a list of them is a broken list for assistive technology (axe: "list"). The alerts stay; the list goes.
 */
public class MessagesAsAlerts extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages component, String severity, List<FacesMessage> messages)
            throws IOException {
        var writer = context.getResponseWriter();
        context.setResponseWriter(new ListWithoutRole(writer));
        try {
            super.encodeMessages(context, component, severity, messages);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    private static final class ListWithoutRole extends ResponseWriterWrapper {

        ListWithoutRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("ul".equals(name)) {
                super.writeAttribute("role", "none", null);
            }
        }
    }
}
