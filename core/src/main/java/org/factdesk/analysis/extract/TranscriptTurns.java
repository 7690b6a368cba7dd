package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.SpeakerKind;

/**
 * Speakers of a broadcast or interview transcript, where a label in capitals opens each turn and no quotation
 * marks follow: "MARIA LOPEZ, FIRE CHIEF: We evacuated ...", "REPORTER: ...", "LOPEZ: ...". A label is taken as a
 * speaker when the text reads as a transcript (two labels or more), when it gives a name and a role, or when it
 * names someone the article names; a lone "UPDATE:" in a live blog is a kicker, not a person. In a transcript a
 * turn runs on over the paragraphs after its label until the next label.
 */
final class TranscriptTurns {

    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M}’'.\\- ]{0,40}?)"
            + "(?:,\\s*(\\p{Lu}[\\p{Lu}\\p{M}’'.,\\- ]{0,50}?))?\\s*(?:\\([^()\\n]{0,30}\\)\\s*)?:\\s+(?=\\S)");
    /** Labels of newsroom furniture, not of a speaker. */
    private static final Set<String> KICKERS = Set.of("update", "updated", "breaking", "breaking news", "watch", "read",
            "read more", "exclusive", "live", "analysis", "opinion", "editor's note", "editor’s note", "correction",
            "photos", "photo", "video", "related", "note", "source", "sources", "tags", "topics", "warning",
            "share", "advertisement", "listen", "more", "see also", "also read", "pictured", "caption", "credit",
            "q", "a", "ps", "nb", "tl;dr", "faq", "contact", "email", "tel", "fax", "web");
    private static final int MAX_TURNS = 2_000;

    /** One turn: the paragraphs {@code [start, end)}, whose first words after {@code labelEnd} are the speaker's. */
    record Turn(int start, int labelEnd, int end, SpeakerResolver.Agent speaker) {
    }

    private final List<Turn> turns;

    private TranscriptTurns(List<Turn> turns) {
        this.turns = turns;
    }

    static TranscriptTurns of(String text, PeopleIndex people) {
        var labels = new ArrayList<int[]>();
        var names = new ArrayList<String[]>();
        var from = 0;
        while (from < text.length() && labels.size() < MAX_TURNS) {
            var to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            var matcher = LABEL.matcher(text).region(from, to);
            if (matcher.lookingAt() && hasLetters(matcher.group(1))) {
                var name = matcher.group(1).strip();
                var role = matcher.group(2) == null ? null : matcher.group(2).strip();
                if (!KICKERS.contains(name.toLowerCase(Locale.ROOT))) {
                    labels.add(new int[]{from, matcher.end(), to});
                    names.add(new String[]{name, role});
                }
            }
            from = to + 1;
        }
        var transcript = labels.size() >= 2;
        var turns = new ArrayList<Turn>();
        var fullNames = new HashMap<String, String>();
        for (var k = 0; k < labels.size(); k++) {
            var name = names.get(k)[0];
            var role = names.get(k)[1];
            var speaker = speaker(name, role, people, fullNames);
            if (!transcript && role == null && speaker.kind() != SpeakerKind.PERSON) {
                continue;
            }
            if (!transcript && role == null && people.personNamed(PersonNames.key(name)) == null) {
                continue;
            }
            var end = labels.get(k)[2];
            if (transcript) {
                end = k + 1 < labels.size() ? labels.get(k + 1)[0] : continuation(text, end);
            }
            turns.add(new Turn(labels.get(k)[0], labels.get(k)[1], end, speaker));
        }
        return new TranscriptTurns(turns);
    }

    static TranscriptTurns none() {
        return new TranscriptTurns(List.of());
    }

    /** The turn that holds {@code offset}, or null. */
    Turn at(int offset) {
        for (var turn : turns) {
            if (turn.start() <= offset && offset < turn.end()) {
                return turn;
            }
        }
        return null;
    }

    /** The last turn runs on over the paragraphs after it while they hold no quotation marks. */
    private static int continuation(String text, int end) {
        var at = end;
        while (at < text.length()) {
            var next = text.indexOf('\n', at + 1);
            next = next < 0 ? text.length() : next;
            var paragraph = text.substring(at, next);
            if (paragraph.indexOf('"') >= 0 || paragraph.indexOf('“') >= 0) {
                break;
            }
            at = next;
        }
        return at;
    }

    private static SpeakerResolver.Agent speaker(String name, String role, PeopleIndex people,
                                                 Map<String, String> fullNames) {
        var key = PersonNames.key(name);
        var known = people.personNamed(key);
        if (known == null) {
            known = fullNames.get(String.join(" ", key));
        }
        if (known != null) {
            return new SpeakerResolver.Agent(known, known, SpeakerKind.PERSON);
        }
        var titled = titleCase(name);
        var lower = name.toLowerCase(Locale.ROOT);
        if (key.size() == 1 && role == null && (SpeakerKinds.isRole(lower) || SpeakerKinds.of(lower) == SpeakerKind.PERSON
                || SpeakerKinds.of(lower) == SpeakerKind.GROUP)) {
            return new SpeakerResolver.Agent(null, titled, SpeakerKinds.of(lower) == SpeakerKind.GROUP
                    ? SpeakerKind.GROUP : SpeakerKind.PERSON);
        }
        // "MARIA LOPEZ" is later "LOPEZ"
        for (var part : key) {
            fullNames.putIfAbsent(part, titled);
        }
        fullNames.put(String.join(" ", key), titled);
        return new SpeakerResolver.Agent(titled, role == null ? titled : titled + ", " + titleCase(role).toLowerCase(Locale.ROOT),
                SpeakerKind.PERSON);
    }

    private static boolean hasLetters(String label) {
        return label.chars().filter(Character::isLetter).count() >= 2;
    }

    static String titleCase(String words) {
        var out = new StringBuilder();
        var start = true;
        for (var i = 0; i < words.length(); i++) {
            var c = words.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' && i == 1 || c == '.';
        }
        return out.toString();
    }
}
