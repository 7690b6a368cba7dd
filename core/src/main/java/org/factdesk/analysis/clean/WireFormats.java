package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conventions of wire copy and of the papers that reprint it, by format: a dateline before the first sentence
 * ("LONDON (Reuters) -", "PARIS, June 9 (AFP) —", "MOSCOW, June 9. /TASS/."), and credit lines that name who
 * reported a story ("By our Moscow correspondent", "Reporting by Jane Doe; Editing by John Roe", "John Roe
 * contributed to this report"). Credit lines are metadata: cleaning cuts them and the metadata stage reads the names.
 */
final class WireFormats {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /** "June 9", "9 June", "Sept. 13, 2023", "13 September 2023". */
    private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH + ")(?:,?\\s+\\d{4})?";
    /** A place in capitals ("SAN JOSE", "ST. PETERSBURG"), or a capitalised one with a region ("Kyiv", "Lyon, France"). */
    private static final String PLACE = "(?:\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}"
            + "|\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2})(?:,\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?";
    private static final String AGENCY = "\\p{L}[\\p{L}&.\\- ]{0,40}?";

    /**
     * The dateline at the start of a paragraph: place, maybe a date, maybe the agency in brackets or between
     * slashes, then a dash, a colon or the TASS full stop. Groups: 1 the whole dateline, 2 the date, 3 or 4 the agency.
     */
    private static final Pattern DATELINE = Pattern.compile("^((" + PLACE + ")(?:,\\s*(" + DATE + "))?"
            + "(?:\\s*\\((" + AGENCY + ")\\)|\\.?\\s*/(" + AGENCY + ")/)?)(?:(?<=/)\\.?|\\s*(?:[-–—]{1,2}|:))\\s+(?=\\S)");

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAMES = NAME + "(?:\\s+(?:" + NAME + "|de|da|van|von|der|al|bin|le|la))*";

    /** "By our Moscow correspondent", "From our correspondent in Paris", "By Our Staff Reporter". */
    private static final Pattern OUR_CORRESPONDENT = Pattern.compile("^(?i:by|from)\\s+((?i:our|a)\\s+(?:[\\p{L}-]+\\s+)"
            + "{0,4}?(?i:correspondents?|reporters?|staff(?:\\s+(?:writer|reporter|correspondent))?|special"
            + "\\s+correspondent|team|desk|editor)(?:\\s+(?:in|at)\\s+" + NAMES + ")?)\\s*\\.?$");

    private static final String PERSON = NAMES + "(?:\\s+(?:in|from)\\s+" + NAMES + ")?";
    private static final String PEOPLE = PERSON + "(?:\\s*(?:,|\\band\\b|&)\\s*" + PERSON + ")*";
    private static final String ROLE = "(?i:(?:additional\\s+)?(?:reporting|writing|compiled|editing|edited|produced"
            + "|research|graphics|photos?)\\s+by)";

    /** "Reporting by A and B in Paris; Additional reporting by C; Writing by D; Editing by E", bracketed or not. */
    private static final Pattern REPORTING_BY = Pattern.compile("^\\(?\\s*" + ROLE + "\\s+" + PEOPLE
            + "(?:\\s*[;,]\\s*" + ROLE + "\\s+" + PEOPLE + "){0,6}\\s*\\)?\\.?$");
    private static final Pattern REPORTERS = Pattern.compile("(?i:(?:additional\\s+)?(?:reporting|writing)\\s+by)"
            + "\\s+(" + PEOPLE + ")");

    /** "Jane Doe contributed to this report.", "AP writers A in B and C contributed reporting." */
    private static final Pattern CONTRIBUTED = Pattern.compile("^(?:(?:The\\s+)?(?:[\\p{Lu}][\\p{L}-]*\\s+){0,4}"
            + "(?:writers?|reporters?|correspondents?|staff)\\s+)?((?:" + NAMES + ")(?:\\s+(?:in|from)\\s+" + NAMES
            + ")?(?:(?:,\\s*|\\s+and\\s+)(?:" + NAMES + ")(?:\\s+(?:in|from)\\s+" + NAMES + ")?){0,5})\\s+"
            + "(?:also\\s+)?contributed(?:\\s+(?:to\\s+(?:this|the)\\s+(?:report|story|article)|reporting|to\\s+this"
            + "\\s+reporting))?(?:\\s+(?:from|in)\\s+" + NAMES + ")?\\.?$");
    /** Sentences of a line: a credit line may hold several ("A contributed from B. Reporting by C."). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}|\\()");

    private WireFormats() {
    }

    /**
     * @param text   the dateline as printed, without the dash: "PARIS, June 9 (AFP)"
     * @param date   the date it gives ("June 9"), or null
     * @param agency the agency in brackets or slashes as printed, or null
     */
    record Dateline(String text, String date, String agency) {
    }

    static Optional<Dateline> dateline(String paragraph) {
        var matcher = DATELINE.matcher(paragraph);
        if (!matcher.find()) {
            return Optional.empty();
        }
        var place = matcher.group(2);
        var agency = matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
        // A capitalised place without an agency or a date is just a sentence that starts with a name and a dash.
        var capitals = place.equals(place.toUpperCase(java.util.Locale.ROOT));
        if (!capitals && agency == null && matcher.group(3) == null) {
            return Optional.empty();
        }
        if (agency != null && (agency.isBlank() || LineShape.words(agency) > 4)) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(matcher.group(1).trim(), matcher.group(3), agency == null ? null
                : agency.trim()));
    }

    /** A line that credits who reported the story, and nothing else: metadata, not part of the story. */
    static boolean isCredit(String line) {
        if (LineShape.words(line) > 60) {
            return false;
        }
        for (var sentence : SENTENCE_END.split(line)) {
            if (!isOneCredit(sentence)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOneCredit(String sentence) {
        return OUR_CORRESPONDENT.matcher(sentence).matches() || REPORTING_BY.matcher(sentence).matches()
                || CONTRIBUTED.matcher(sentence).matches();
    }

    /** The reporters a credit line names, in order: "our Moscow correspondent", or "Jane Doe", "John Roe". */
    static List<String> reporters(String line) {
        var names = new ArrayList<String>();
        for (var sentence : SENTENCE_END.split(line)) {
            for (var name : reportersOf(sentence)) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<String> reportersOf(String line) {
        var names = new ArrayList<String>();
        var our = OUR_CORRESPONDENT.matcher(line);
        if (our.matches()) {
            names.add(our.group(1).trim());
            return names;
        }
        if (REPORTING_BY.matcher(line).matches()) {
            var reporting = REPORTERS.matcher(line);
            while (reporting.find()) {
                names.addAll(split(reporting.group(1)));
            }
            return names;
        }
        var contributed = CONTRIBUTED.matcher(line);
        if (contributed.matches()) {
            names.addAll(split(contributed.group(1)));
        }
        return names;
    }

    /** "A in Paris and B, C" as A, B, C: places after "in" are where they reported from, not names. */
    private static List<String> split(String names) {
        var out = new ArrayList<String>();
        for (var part : names.split("\\s*(?:,|\\band\\b|&)\\s*")) {
            // the line's full stop is no part of the last name, an initial's is
            var name = part.replaceFirst("\\s+(?:in|from)\\s+.*$", "").trim().replaceFirst("(?<=\\p{L}{2})\\.$", "");
            if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                out.add(name);
            }
        }
        return out;
    }

}
