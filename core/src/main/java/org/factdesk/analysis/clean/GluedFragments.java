package org.factdesk.analysis.clean;

import java.util.regex.Pattern;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;

/**
 * Boilerplate that a scraper glued onto a real paragraph: a date label before the first sentence, or a
 * "See also ..." link or photo credit after the last one. The paragraph is kept and only the fragment is cut.
 */
final class GluedFragments {

    /** A link headline is short; a longer tail is more likely the story continuing. */
    private static final int MAX_TAIL_WORDS = 30;
    /** A credit after a shorter text is a whole caption, which the line rules drop entirely. */
    private static final int MIN_WORDS_BEFORE_CREDIT = 25;

    private static final Pattern DATE_PREFIX = Pattern.compile("(?i)^(?:(?:date|dated|published|posted|updated"
            + "|last updated|first published)(?:\\s+on)?\\s*:?\\s*" + DateParser.ANY_DATE
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})"
            + "(?:[T ,]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\s+(?=[\\p{Lu}\"“‘])");

    private static final Pattern LINK_TAIL = Pattern.compile("(?<=[.!?\"”’»)])\\s+(?:[Ss]ee also|[Rr]ead also"
            + "|[Aa]lso [Rr]ead|[Rr]ead [Mm]ore|[Rr]ead next|[Mm]ore from|SEE ALSO|READ MORE|ALSO READ|Related:)"
            + "(?=[\\s:])");

    private static final Pattern CREDIT_TAIL = Pattern.compile("(?<=[.!?\"”’])\\s+©[^\\n]{0,200}$");

    /**
     * @param kept   what remains of the line, trimmed; may be empty
     * @param prefix the cut leading fragment, or null
     * @param suffix the cut trailing fragment, or null
     */
    record Cut(String kept, RemovedLine prefix, RemovedLine suffix) {
    }

    Cut cut(String line) {
        RemovedLine prefix = null;
        RemovedLine suffix = null;
        var text = line;
        var date = DATE_PREFIX.matcher(text);
        if (date.find()) {
            prefix = new RemovedLine(text.substring(0, date.end()).trim(), RemovalReason.DATE);
            text = text.substring(date.end());
        }
        var link = LINK_TAIL.matcher(text);
        while (link.find()) {
            var tail = text.substring(link.start()).trim();
            if (LineShape.words(tail) <= MAX_TAIL_WORDS) {
                suffix = new RemovedLine(tail, RemovalReason.RELATED_LINKS);
                text = text.substring(0, link.start());
                break;
            }
        }
        if (suffix == null) {
            var credit = CREDIT_TAIL.matcher(text);
            if (credit.find() && LineShape.words(text.substring(0, credit.start())) >= MIN_WORDS_BEFORE_CREDIT) {
                suffix = new RemovedLine(text.substring(credit.start()).trim(), RemovalReason.CAPTION);
                text = text.substring(0, credit.start());
            }
        }
        return new Cut(text.trim(), prefix, suffix);
    }
}
