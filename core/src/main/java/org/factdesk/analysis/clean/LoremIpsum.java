package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises placeholder Latin that themes leave in widgets. Generators shuffle the same small vocabulary, so a
 * line made mostly of it is filler whatever the exact words are.
 */
final class LoremIpsum {

    /** Words of the classic filler and its common generators, minus those that are also English words. */
    private static final Set<String> VOCABULARY = Set.of(
            "lorem", "ipsum", "dolor", "amet", "consectetur", "consectetuer", "adipiscing", "adipisicing", "elit",
            "sed", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "enim",
            "minim", "veniam", "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "ea",
            "commodo", "consequat", "duis", "aute", "irure", "reprehenderit", "voluptate", "velit", "esse", "cillum",
            "eu", "fugiat", "nulla", "pariatur", "excepteur", "sint", "occaecat", "cupidatat", "proident", "sunt",
            "culpa", "qui", "officia", "deserunt", "mollit", "anim", "laborum", "justo", "rhoncus", "imperdiet",
            "venenatis", "vitae", "nullam", "dictum", "felis", "pede", "mollis", "pretium", "integer", "tincidunt",
            "cras", "dapibus", "vivamus", "elementum", "semper", "aenean", "vulputate", "eleifend", "tellus",
            "ligula", "porttitor", "viverra", "feugiat", "phasellus", "quam", "etiam", "ultricies", "curabitur",
            "ullamcorper", "eget", "arcu", "fringilla", "vel", "aliquet", "nec", "donec", "massa", "penatibus",
            "magnis", "parturient", "montes", "nascetur", "ridiculus", "pellentesque", "metus", "tempus", "rutrum",
            "nunc", "quisque", "maecenas", "augue", "sapien", "lacinia", "varius", "faucibus", "orci", "luctus",
            "ultrices", "posuere", "cubilia", "curae", "vestibulum", "primis", "suscipit", "neque", "mauris",
            "sagittis", "libero", "odio", "hendrerit", "sodales", "accumsan", "lectus", "blandit", "urna", "vehicula",
            "condimentum", "malesuada", "fames", "turpis", "egestas", "proin", "gravida", "nibh", "aliquam", "erat",
            "volutpat", "morbi", "tristique", "senectus", "netus", "lacus", "lobortis", "iaculis", "pharetra",
            "eros", "praesent", "dignissim", "diam", "nisl", "laoreet", "euismod", "mattis", "facilisis", "porta",
            "scelerisque", "cursus", "molestie", "interdum", "risus", "auctor", "sollicitudin", "nam",
            "fusce", "sem", "dui", "ac", "ante", "ornare", "placerat", "convallis", "dictumst", "habitasse", "platea",
            "efficitur", "finibus", "congue", "tortor", "purus", "leo", "mi");

    /** Below this many words a line is too short to judge, e.g. a name that happens to be Latin. */
    private static final int MIN_WORDS = 3;
    private static final double MIN_SHARE = 0.4;
    private static final int MAX_GLUED_LENGTH = 30;

    private LoremIpsum() {
    }

    static boolean isFiller(String line) {
        var tokens = letterRuns(line);
        var latin = 0;
        for (var token : tokens) {
            latin += VOCABULARY.contains(token) ? 1 : 0;
        }
        if (latin == 0 || tokens.size() < MIN_WORDS) {
            // Glued pairs are only looked for in lines that already show filler: the check is costly.
            return false;
        }
        for (var token : tokens) {
            latin += !VOCABULARY.contains(token) && isGluedPair(token) ? 1 : 0;
        }
        return latin >= MIN_WORDS && latin >= MIN_SHARE * tokens.size();
    }

    /** Lower-cased runs of letters; a hand-written loop, since every kept line of every page passes here. */
    private static List<String> letterRuns(String line) {
        var tokens = new ArrayList<String>();
        var token = new StringBuilder();
        for (var i = 0; i <= line.length(); i++) {
            var c = i < line.length() ? line.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                token.append(Character.toLowerCase(c));
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        return tokens;
    }

    /** Scrapers drop the space between widgets ("vulputatedonec"); two filler words glued still count. */
    private static boolean isGluedPair(String token) {
        if (token.length() > MAX_GLUED_LENGTH) {
            return false;
        }
        for (var split = 2; split <= token.length() - 2; split++) {
            if (VOCABULARY.contains(token.substring(0, split)) && VOCABULARY.contains(token.substring(split))) {
                return true;
            }
        }
        return false;
    }
}
