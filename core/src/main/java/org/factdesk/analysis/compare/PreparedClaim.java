package org.factdesk.analysis.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim read once for the {@link ClaimMatcher}: its words, with and without names, and on first need the values
 * it states and who takes part. A claim compared with thirty candidates, or with every claim of a story, is then
 * read once instead of once per comparison, and values are only read for the few pairs that share enough words to
 * need them. Everything read is immutable, so two threads sharing one at worst both read a part.
 */
public final class PreparedClaim {

    private final MatchableClaim claim;
    private final Set<String> terms;
    private final boolean contextIsText;
    private Set<String> common;
    private Set<String> contextTerms;
    private Set<String> contextCommon;
    private ClaimValues values;
    private ClaimValues contextValues;
    private Set<String> participants;

    private PreparedClaim(MatchableClaim claim) {
        this.claim = claim;
        terms = Set.copyOf(Terms.of(claim.text()));
        contextIsText = claim.context().equals(claim.text());
    }

    public static PreparedClaim of(MatchableClaim claim) {
        return new PreparedClaim(claim);
    }

    public MatchableClaim claim() {
        return claim;
    }

    /** The stems of the claim's content words. */
    Set<String> terms() {
        return terms;
    }

    /** Those of its words written in lower case: what it says, without whom it names. */
    Set<String> common() {
        if (common == null) {
            common = Set.copyOf(Terms.common(claim.text()));
        }
        return common;
    }

    Set<String> contextTerms() {
        if (contextIsText) {
            return terms;
        }
        if (contextTerms == null) {
            contextTerms = Set.copyOf(Terms.of(claim.context()));
        }
        return contextTerms;
    }

    Set<String> contextCommon() {
        if (contextIsText) {
            return common();
        }
        if (contextCommon == null) {
            contextCommon = Set.copyOf(Terms.common(claim.context()));
        }
        return contextCommon;
    }

    /** The figures, dates and places of the claim itself, where conflicts are read. */
    ClaimValues values() {
        if (values == null) {
            values = ClaimValues.of(claim.text(), claim.published());
        }
        return values;
    }

    /** Those of its sentence, which say when and where an event happened. */
    ClaimValues contextValues() {
        if (contextIsText) {
            return values();
        }
        if (contextValues == null) {
            contextValues = ClaimValues.of(claim.context(), claim.published());
        }
        return contextValues;
    }

    /** Names and roles of who takes part: capitalised words that are not places, and titles like "leader". */
    Set<String> participants() {
        if (participants == null) {
            participants = Set.copyOf(participants(claim.context(), contextValues().places()));
        }
        return participants;
    }

    private static Set<String> participants(String text, List<ClaimValues.Place> placesNamed) {
        var result = new HashSet<String>();
        var places = new HashSet<String>();
        placesNamed.forEach(p -> places.addAll(Terms.of(p.written())));
        for (var word : text.split("[^\\p{L}’'-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            var wordTerms = Terms.of(word);
            if (wordTerms.isEmpty()) {
                continue;
            }
            var term = wordTerms.get(0);
            if (ClaimMatcher.ROLE_TERMS.contains(term) || Character.isUpperCase(word.charAt(0)) && !places.contains(term)) {
                result.add(term);
            }
        }
        return result;
    }
}
