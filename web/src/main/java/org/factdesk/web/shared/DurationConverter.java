package org.factdesk.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Duration;

/** Shows a length of time as a person reads it: "2 d 5 h", "3 h 20 min", "45 min"; no duration is a dash. */
@FacesConverter("factdesk.duration")
public class DurationConverter implements Converter<Duration> {

    @Override
    public Duration getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Durations are display-only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Duration value) {
        return format(value);
    }

    static String format(Duration value) {
        if (value == null) {
            return "–";
        }
        var minutes = value.toMinutes();
        if (minutes < 1) {
            return "< 1 min";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return value.toHours() + " h" + (value.toMinutesPart() == 0 ? "" : " " + value.toMinutesPart() + " min");
        }
        return value.toDays() + " d" + (value.toHoursPart() == 0 ? "" : " " + value.toHoursPart() + " h");
    }
}
