package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The full names of one article's people. A name that is part of another ("Jong Un", "Kim Jong-un") is the same
 * person, and the longest form seen is the one reported.
 */
final class PersonNames {

    private static final Pattern PARTS = Pattern.compile("[\\s\\-.]+");

    private final List<String> names = new ArrayList<>();
    private final List<List<String>> keys = new ArrayList<>();

    void add(String surface) {
        var key = key(surface);
        for (var i = 0; i < keys.size(); i++) {
            if (Collections.indexOfSubList(keys.get(i), key) >= 0) {
                return;
            }
            if (Collections.indexOfSubList(key, keys.get(i)) >= 0) {
                names.set(i, surface);
                keys.set(i, key);
                return;
            }
        }
        names.add(surface);
        keys.add(key);
    }

    /** Everyone whose name contains these words in this order; usually one person. */
    List<String> containing(List<String> key) {
        var result = new ArrayList<String>();
        for (var i = 0; i < keys.size(); i++) {
            if (Collections.indexOfSubList(keys.get(i), key) >= 0) {
                result.add(names.get(i));
            }
        }
        return result;
    }

    /** Lower case, hyphens as spaces: "Kim Jong-un" and "Kim Jong Un" have the same key. */
    static List<String> key(String surface) {
        var key = new ArrayList<String>();
        for (var part : PARTS.split(surface.toLowerCase(Locale.ROOT))) {
            if (!part.isEmpty()) {
                key.add(part.replace('’', '\''));
            }
        }
        return key;
    }
}
