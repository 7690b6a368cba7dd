package org.factdesk.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.factdesk.report.boundary.ReportPeriod;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.web.shared.Refusals;
import org.omnifaces.util.Messages;

/**
 * The report period an address asks for: {@code from} and {@code to} as ISO days, either one missing meaning the
 * default's. An address that asks for no period gets the last 30 days; one that makes no sense gets them too, with
 * a message saying why, rather than an error page.
 */
final class RequestedPeriod {

    static final int DEFAULT_DAYS = 30;

    private RequestedPeriod() {
    }

    static ReportPeriod of(String from, String to, ZoneId zone) {
        var fallback = ReportPeriod.lastDays(DEFAULT_DAYS, LocalDate.now(zone), zone);
        if (from == null && to == null) {
            return fallback;
        }
        try {
            return new ReportPeriod(day(from, fallback.from()), day(to, fallback.to()), zone);
        } catch (DateTimeParseException e) {
            Messages.addGlobalError("reports.badDate", e.getParsedString());
        } catch (BusinessException e) {
            Refusals.show(e);
        }
        return fallback;
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
    }
}
