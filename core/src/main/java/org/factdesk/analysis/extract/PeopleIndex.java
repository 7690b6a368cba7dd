package org.factdesk.analysis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.analysis.clean.NameWords;

/**
 * The people of one article and every place the text points at one of them: by name, by role or by pronoun.
 * Built once per document by {@link NameFinder}; read-only afterwards.
 */
final class PeopleIndex {

    enum Kind { NAME, ROLE, PRONOUN }

    /**
     * @param person     full name the mention resolves to without context, or null (pronouns, unknown roles)
     * @param role       for roles, "modifiers|role" in lower case ("russian|president"), else null
     * @param indefinite "a Kremlin spokesman": someone not named, never resolved to a known person
     * @param possessive "the leader's": an owner, not someone acting or speaking
     */
    record Mention(int start, int end, Kind kind, String person, String role, boolean indefinite,
                   boolean possessive) {

        String modifiers() {
            return role == null ? "" : role.substring(0, role.indexOf('|'));
        }

        String roleWord() {
            return role == null ? "" : role.substring(role.indexOf('|') + 1);
        }

        /** How the article describes an unnamed speaker: "Kremlin spokesman". */
        String description() {
            return (modifiers().isEmpty() ? "" : capitalise(modifiers()) + " ") + roleWord();
        }

        private static String capitalise(String words) {
            var out = new StringBuilder();
            for (var word : words.split(" ")) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
            return out.toString();
        }
    }

    /** "Russian President Vladimir Putin": from {@code position} on, "the Russian president" means that person. */
    record RoleIntroduction(int position, String modifiers, String role, String person) {
    }

    private final List<Mention> mentions;
    private final List<RoleIntroduction> introductions;

    PeopleIndex(List<Mention> mentions, List<RoleIntroduction> introductions) {
        var sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        this.mentions = List.copyOf(sorted);
        this.introductions = List.copyOf(introductions);
    }

    /** Mentions that start within {@code [from, to)}, in text order. */
    List<Mention> between(int from, int to) {
        var low = 0;
        var high = mentions.size();
        while (low < high) {
            var mid = (low + high) >>> 1;
            if (mentions.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        var result = new ArrayList<Mention>();
        for (var i = low; i < mentions.size() && mentions.get(i).start() < to; i++) {
            result.add(mentions.get(i));
        }
        return result;
    }

    /**
     * The person most recently introduced before {@code position} with this role: same modifiers and role first,
     * then same modifiers and a role of the same family ("Russian leader" for "Russian President").
     */
    String personForRole(int position, String modifiers, String role) {
        String exact = null;
        String related = null;
        for (var intro : introductions) {
            if (intro.position() > position) {
                break;
            }
            var sameModifiers = intro.modifiers().equals(modifiers);
            if (sameModifiers && intro.role().equals(role)) {
                exact = intro.person();
            } else if (sameModifiers && !modifiers.isEmpty()
                    && NameWords.family(intro.role()).equals(NameWords.family(role))
                    || modifiers.isEmpty() && intro.role().equals(role)) {
                related = intro.person();
            }
        }
        return exact != null ? exact : related;
    }

    /** The person whose full name holds these name words in this order ("lopez" in Maria Lopez), or null. */
    String personNamed(List<String> key) {
        if (key.isEmpty()) {
            return null;
        }
        for (var mention : mentions) {
            if (mention.kind() == Kind.NAME && mention.person() != null
                    && java.util.Collections.indexOfSubList(PersonNames.key(mention.person()), key) >= 0) {
                return mention.person();
            }
        }
        return null;
    }

    /** True when the person was introduced with other modifiers for this kind of role, e.g. as a North Korean leader. */
    boolean introducedOtherwise(String person, String modifiers, String role) {
        for (var intro : introductions) {
            if (intro.person().equals(person) && !intro.modifiers().isEmpty() && !intro.modifiers().equals(modifiers)
                    && NameWords.family(intro.role()).equals(NameWords.family(role))) {
                return true;
            }
        }
        return false;
    }
}
