package org.factdesk.shared.boundary;

import jakarta.json.JsonStructure;

/**
 * JSON written into an HTML {@code <script>} element: the ClaimReview JSON-LD of a public page, the settings of a
 * chart. JSON itself allows {@code </script>} inside a string, and the HTML parser would end the element there, so
 * every value that came from a person (an outlet's name, a staff member's name, a rating label, a claim) could open a
 * script of its own. This is the one place that makes such JSON safe; pages never escape it by hand.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    /**
     * The JSON text with {@code <}, {@code >} and {@code &} written as Unicode escapes, so no tag, comment or entity
     * can start inside it, and with the line separators U+2028 and U+2029 escaped, which older script engines read as
     * line ends. JSON's structure uses none of these characters, so they can only stand inside strings, where an
     * escape means the same character: a reader parses the result to exactly the same value.
     */
    public static String of(JsonStructure json) {
        var text = json.toString();
        var safe = new StringBuilder(text.length() + 16);
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
