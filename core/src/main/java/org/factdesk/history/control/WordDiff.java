package org.factdesk.history.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.history.boundary.DiffSegment;
import org.factdesk.history.boundary.DiffSegment.Kind;

/**
 * Word-level difference between two texts, as an editor reads a tracked change: words and the spaces between
 * them are compared whole, so a changed figure shows as one word struck out and one word added.
 * The common beginning and end are set aside first; what is left is compared with a longest-common-subsequence
 * table, bounded in size so that two unrelated 20,000-character rationales cannot exhaust the server: beyond
 * the bound the changed middle is shown as replaced outright.
 */
public final class WordDiff {

    static final int MAX_TABLE_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\S+|\\s+");

    private WordDiff() {
    }

    public static List<DiffSegment> between(String older, String newer) {
        var a = tokens(older);
        var b = tokens(newer);
        var prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        var suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var out = new Segments();
        a.subList(0, prefix).forEach(t -> out.add(Kind.SAME, t));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        a.subList(a.size() - suffix, a.size()).forEach(t -> out.add(Kind.SAME, t));
        return out.list;
    }

    private static void middle(List<String> a, List<String> b, Segments out) {
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_TABLE_CELLS) {
            a.forEach(t -> out.add(Kind.REMOVED, t));
            b.forEach(t -> out.add(Kind.ADDED, t));
            return;
        }
        var lcs = new int[a.size() + 1][b.size() + 1];
        for (var i = a.size() - 1; i >= 0; i--) {
            for (var j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var i = 0;
        var j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(Kind.REMOVED, a.get(i++));
            } else {
                out.add(Kind.ADDED, b.get(j++));
            }
        }
        a.subList(i, a.size()).forEach(t -> out.add(Kind.REMOVED, t));
        b.subList(j, b.size()).forEach(t -> out.add(Kind.ADDED, t));
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text != null) {
            TOKEN.matcher(text).results().forEach(m -> tokens.add(m.group()));
        }
        return tokens;
    }

    /** Joins neighbouring tokens of the same kind, so the page shows phrases rather than single words. */
    private static final class Segments {
        private final List<DiffSegment> list = new ArrayList<>();

        void add(Kind kind, String token) {
            var last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.kind() == kind) {
                list.set(list.size() - 1, new DiffSegment(last.kind(), last.text() + token));
            } else {
                list.add(new DiffSegment(kind, token));
            }
        }
    }
}
