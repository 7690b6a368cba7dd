package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What hostile input did across the pages one test visits: scripts that ran, markup that should have been text,
 * browser errors, and values not shown as the literal text they are. Collected page by page, asserted once, so a
 * run lists every page and field at fault.
 */
final class HostileFindings {

    private final Browser browser;
    private final List<String> found = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private int pages;

    HostileFindings(Browser browser) {
        this.browser = browser;
    }

    /** Logs in afresh and records what hostile input did on the page the person lands on. */
    void signIn(String username, String password) {
        browser.signIn(username, password);
        inspectCurrent("the start page of " + username);
    }

    /**
     * Logs out and leaves the last page for the login page, so that nothing the last page still does (a live
     * notification arriving) is blamed on the next one.
     */
    void signOut() {
        browser.signOut();
        browser.visit("login.xhtml");
    }

    /** Opens a page and records what hostile input did there. */
    void visit(String path) {
        inspect(path, browser.visit(path));
    }

    /** Records what hostile input did on the page the browser shows now (after a form was sent, say). */
    void inspectCurrent(String what) {
        inspect(what, browser.settle());
    }

    private void inspect(String what, List<String> errors) {
        pages++;
        var where = what + " (" + browser.currentUrl() + ")";
        browser.hostileScriptsRun().forEach(s -> found.add(where + " ran " + s));
        browser.injectedMarkup().forEach(m -> found.add(where + " has injected markup " + m));
        errors.forEach(e -> found.add(where + " logged " + e));
    }

    /** The current page shows each value as the text it is. */
    void showsLiterally(String what, Collection<String> values) {
        var text = HostilePayloads.normalised(browser.visibleText());
        for (var value : values) {
            if (!text.contains(HostilePayloads.normalised(value))) {
                found.add(what + " (" + browser.currentUrl() + ") does not show as text: " + value);
            }
        }
    }

    /** The form field holds exactly the value that was saved. */
    void holdsValue(String fieldId, String value) {
        var held = browser.valueOf(fieldId);
        if (!HostilePayloads.normalised(value).equals(HostilePayloads.normalised(held))) {
            found.add("field " + fieldId + " (" + browser.currentUrl() + ") holds " + held + " instead of " + value);
        }
    }

    /** A chart on the current page draws each value as a label or series name. */
    void chartShows(String chartId, Collection<String> values) {
        var labels = browser.chartLabels(chartId);
        if (labels == null) {
            found.add("chart " + chartId + " (" + browser.currentUrl() + ") was not drawn");
            return;
        }
        var drawn = labels.stream().map(HostilePayloads::normalised).toList();
        for (var value : values) {
            if (!drawn.contains(HostilePayloads.normalised(value))) {
                found.add("chart " + chartId + " does not draw " + value + " (it draws " + labels + ")");
            }
        }
    }

    /** The product refused a value with a message the person can read: a pass for that field. */
    void refused(String what, String message) {
        if (message == null || message.isBlank()) {
            found.add(what + " was refused without a message");
        } else {
            refusals.add(what + ": " + message);
        }
    }

    void add(String finding) {
        found.add(finding);
    }

    void assertNothingFound() {
        System.out.println("Hostile input: " + pages + " pages inspected; refused with a message: " + refusals);
        assertEquals(List.of(), found, "hostile input must stay text on every page it reaches");
    }
}
