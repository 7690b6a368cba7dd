package org.factdesk.analysis.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a story starts and what its head holds. A story has a head (kicker, headline, standfirst, byline and date)
 * and a body of prose; the {@link ContentModel}'s title model picks the headline among the head's lines.
 */
final class Headline {

    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){1,2}"
            + "(?:\\s(?:in|and)\\s\\p{Lu}[\\p{L} ]{1,40})?");
    private static final Pattern PLACE_OR_PARTNER = Pattern.compile("\\s+(?:in|and)\\s.*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Headline() {
    }

    /** Index of the first line that starts the body: the first kept prose line, else the first kept line. */
    static int bodyStart(List<Line> lines) {
        var firstKept = -1;
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.kept() && LineShape.isProse(line.text)) {
                return i;
            }
            firstKept = firstKept < 0 && line.kept() ? i : firstKept;
        }
        return firstKept < 0 ? lines.size() : firstKept;
    }

    /** "Tom Phillips in Santiago": a byline without "By", read from its shape and the name words. */
    static boolean isPersonLine(String line) {
        if (!NAME_LINE.matcher(line).matches()) {
            return false;
        }
        var name = PLACE_OR_PARTNER.matcher(line).replaceFirst("");
        for (var word : SPACES.split(name)) {
            if (NameWords.SENTENCE_WORDS.contains(word) || NameWords.NOT_PERSON.contains(word)
                    || NameWords.MODIFIERS.contains(word) || Places.isPlace(word)) {
                return false;
            }
        }
        return true;
    }
}
