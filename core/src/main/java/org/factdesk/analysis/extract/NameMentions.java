package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.clean.NameWords;

/**
 * Walks the article's capitalised runs and records where each known person is named, in full or in part. When a
 * short form fits two people ("Kim" for two Kims) the one named most recently is meant. One instance per document.
 */
final class NameMentions {

    private static final int LONGEST_NAME = 3;

    private final PersonNames people;
    private final Map<String, Integer> lastSeen = new HashMap<>();

    NameMentions(PersonNames people) {
        this.people = people;
    }

    List<PeopleIndex.Mention> mentions(List<CapitalisedRuns.Run> runs) {
        var result = new ArrayList<PeopleIndex.Mention>();
        for (var run : runs) {
            var tokens = run.tokens();
            var k = 0;
            while (k < tokens.size()) {
                k += Math.max(1, match(tokens, k, result));
            }
        }
        return result;
    }

    /** Longest match of a known name at {@code k}; returns how many tokens it covers, 0 for none. */
    private int match(List<CapitalisedRuns.Token> tokens, int k, List<PeopleIndex.Mention> out) {
        for (var length = Math.min(LONGEST_NAME, tokens.size() - k); length >= 1; length--) {
            var first = tokens.get(k);
            var last = tokens.get(k + length - 1);
            if (length == 1 && !NameFinder.looksLikeNamePart(first) || NameWords.SENTENCE_WORDS.contains(first.word())) {
                continue;
            }
            var surface = new StringBuilder();
            for (var i = k; i < k + length; i++) {
                surface.append(' ').append(tokens.get(i).word());
            }
            var candidates = people.containing(PersonNames.key(surface.toString()));
            if (!candidates.isEmpty()) {
                add(out, first, last, mostRecent(candidates));
                return length;
            }
        }
        return 0;
    }

    private String mostRecent(List<String> candidates) {
        var best = candidates.get(0);
        for (var candidate : candidates) {
            if (lastSeen.getOrDefault(candidate, -1) > lastSeen.getOrDefault(best, -1)) {
                best = candidate;
            }
        }
        return best;
    }

    private void add(List<PeopleIndex.Mention> out, CapitalisedRuns.Token first, CapitalisedRuns.Token last, String person) {
        lastSeen.put(person, first.start());
        out.add(new PeopleIndex.Mention(first.start(), last.end(), PeopleIndex.Kind.NAME, person, null, false,
                last.possessive()));
    }
}
