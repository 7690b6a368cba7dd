package org.factdesk.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants in the server's time zone; Faces 4.0's convertDateTime cannot format an Instant. */
public final class InstantConverters {

    private InstantConverters() {
    }

    abstract static class Display implements Converter<Instant> {
        private final DateTimeFormatter format;

        Display(String pattern) {
            this.format = DateTimeFormatter.ofPattern(pattern).withZone(ZoneId.systemDefault());
        }

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            throw new UnsupportedOperationException("Instants are display-only");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : format.withLocale(context.getViewRoot().getLocale()).format(value);
        }
    }

    /** yyyy-MM-dd HH:mm, for tables. */
    @FacesConverter("factdesk.dateTime")
    public static class DateTime extends Display {
        public DateTime() {
            super("yyyy-MM-dd HH:mm");
        }
    }

    /** 13 September 2023, for public pages. */
    @FacesConverter("factdesk.longDate")
    public static class LongDate extends Display {
        public LongDate() {
            super("d MMMM yyyy");
        }
    }
}
