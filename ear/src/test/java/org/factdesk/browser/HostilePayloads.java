package org.factdesk.browser;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Classic cross-site scripting payloads, each carrying a marker (a tag naming the field it was typed into, and the
 * payload's number), so that a script that runs tells which field and which trick got through.
 */
final class HostilePayloads {

    static final int COUNT = 13;

    private HostilePayloads() {
    }

    /** Payload {@code n} (1 to 13) marked with {@code tag}. */
    static String of(String tag, int n) {
        var m = tag + n;
        return switch (n) {
            case 1 -> "</script><script>alert('" + m + "')</script>";
            case 2 -> "\"><img src=x onerror=alert('" + m + "')>";
            case 3 -> "'><svg onload=alert('" + m + "')>";
            case 4 -> "<iframe srcdoc=\"<script>parent.alert('" + m + "')</script>\">";
            case 5 -> "</textarea><script>alert('" + m + "')</script>";
            case 6 -> "<details open ontoggle=alert('" + m + "')>";
            case 7 -> "javascript:alert('" + m + "')";
            case 8 -> "\u2028alert('" + m + "')//";
            case 9 -> "<!--<script>alert('" + m + "')</script>-->";
            case 10 -> "\"-alert('" + m + "')-\"";
            case 11 -> "{{constructor.constructor('alert(\"" + m + "\")')()}}";
            case 12 -> "<a href=\"javascript:alert('" + m + "')\">x</a>";
            case 13 -> "</title><script>alert('" + m + "')</script>";
            default -> throw new IllegalArgumentException("no payload " + n);
        };
    }

    static List<String> all(String tag) {
        return IntStream.rangeClosed(1, COUNT).mapToObj(n -> of(tag, n)).toList();
    }

    /** Every payload on a line of its own, for a text field. */
    static String text(String tag) {
        return String.join("\n", all(tag));
    }

    /** Text as a reader compares it: any run of white space (line separators included) is one space. */
    static String normalised(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u2028\\u2029\\u00a0]+", " ").strip();
    }

    /** The text escaped for an HTML source, so that a page carries the payload as text, not as markup. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
