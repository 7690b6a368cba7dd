package org.factdesk.search.control;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.search.boundary.Marked;

/**
 * Turns a highlighted fragment into plain pieces. The highlighter marks matches with two private-use characters
 * instead of HTML tags, and the page prints every piece escaped: a story's own text can never inject markup,
 * whatever it contains.
 */
public final class Highlights {

    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    private Highlights() {
    }

    public static List<Marked> parse(String fragment) {
        var pieces = new ArrayList<Marked>();
        if (fragment == null) {
            return pieces;
        }
        var rest = fragment;
        while (!rest.isEmpty()) {
            var open = rest.indexOf(OPEN);
            if (open < 0) {
                add(pieces, rest, false);
                break;
            }
            add(pieces, rest.substring(0, open), false);
            var close = rest.indexOf(CLOSE, open + 1);
            var end = close < 0 ? rest.length() : close;
            add(pieces, rest.substring(open + 1, end), true);
            rest = close < 0 ? "" : rest.substring(close + 1);
        }
        return pieces;
    }

    /** The fragments of one field, joined with an ellipsis where text was left out between them. */
    static List<Marked> join(List<String> fragments) {
        var pieces = new ArrayList<Marked>();
        for (var fragment : fragments) {
            if (!pieces.isEmpty()) {
                pieces.add(new Marked(" \u2026 ", false));
            }
            pieces.addAll(parse(fragment));
        }
        return pieces;
    }

    static boolean hasHit(List<Marked> pieces) {
        return pieces.stream().anyMatch(Marked::hit);
    }

    private static void add(List<Marked> pieces, String text, boolean hit) {
        var clean = text.replace(OPEN, "").replace(CLOSE, "");
        if (!clean.isEmpty()) {
            pieces.add(new Marked(clean, hit));
        }
    }
}
