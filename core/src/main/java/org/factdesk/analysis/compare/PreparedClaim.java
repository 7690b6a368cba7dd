package org.factdesk.analysis.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A claim read once for the {@link ClaimMatcher}: its sentence vector, its words, with and without names, and on
 * first need the values it states and who takes part. A claim compared with thirty candidates, or with every claim of a story, is then
 * read once instead of once per comparison, and values are only read for the few pairs that share enough words to
 * need them. Everything read is immutable, so two threads sharing one at worst both read a part.
 */
public final class PreparedClaim {

    static final Set<String> ROLE_TERMS = Set.of("leader", "president", "minister", "chairman",
            "chancellor", "king", "queen", "premier", "governor", "mayor", "spokesman", "spokeswoman", "general",
            "secretary", "official", "ambassador");

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private final MatchableClaim claim;
    private final float[] vector;
    private final Set<String> terms;
    private final boolean contextIsText;
    private Set<String> common;
    private Set<String> contextTerms;
    private Set<String> contextCommon;
    private ClaimValues values;
    private ClaimValues contextValues;
    private Set<String> participants;
    private Set<String> words;
    private Set<String> bigrams;
    private List<String> sequence;
    private Set<String> trigrams;
    private Set<String> names;
    private Set<String> figures;
    private Boolean negated;
    private Set<String> actors;

    private PreparedClaim(MatchableClaim claim, float[] vector) {
        this.claim = claim;
        this.vector = Objects.requireNonNull(vector, "vector");
        terms = Set.copyOf(Terms.of(claim.text()));
        contextIsText = claim.context().equals(claim.text());
    }

    /** @param vector the unit sentence vector of the claim's context (see {@link ClaimMatcher#prepare}) */
    public static PreparedClaim of(MatchableClaim claim, float[] vector) {
        return new PreparedClaim(claim, vector);
    }

    public MatchableClaim matchable() {
        return claim;
    }

    /** The sentence vector of the claim in its sentence; not to be changed. */
    public float[] vector() {
        return vector;
    }

    Set<String> words() {
        if (words == null) {
            words = Set.copyOf(PairFeatures.words(claim.text()));
        }
        return words;
    }

    Set<String> bigrams() {
        if (bigrams == null) {
            bigrams = Set.copyOf(PairFeatures.bigrams(claim.text()));
        }
        return bigrams;
    }

    List<String> sequence() {
        if (sequence == null) {
            sequence = List.copyOf(PairFeatures.sequence(claim.text()));
        }
        return sequence;
    }

    Set<String> trigrams() {
        if (trigrams == null) {
            trigrams = Set.copyOf(PairFeatures.trigrams(claim.text()));
        }
        return trigrams;
    }

    Set<String> names() {
        if (names == null) {
            names = Set.copyOf(PairFeatures.names(claim.text()));
        }
        return names;
    }

    /**
     * Who the claim names as acting: its capitalised words, without the places its sentence names, days and months,
     * and titles; in its sentence when the claim is a quote fragment of a few words.
     */
    Set<String> actors() {
        if (actors == null) {
            var result = new HashSet<String>();
            var text = terms.size() < 4 ? claim.context() : claim.text();
            var places = new HashSet<String>();
            contextValues().places().forEach(p -> places.addAll(List.of(p.normal().split(" "))));
            for (var name : PairFeatures.names(text)) {
                if (!places.contains(name) && !CALENDAR.contains(name) && !ROLE_TERMS.contains(name)) {
                    result.add(name);
                }
            }
            actors = Set.copyOf(result);
        }
        return actors;
    }

    Set<String> figures() {
        if (figures == null) {
            figures = Set.copyOf(PairFeatures.figures(claim.text()));
        }
        return figures;
    }

    boolean negated() {
        if (negated == null) {
            negated = PairFeatures.negated(claim.text());
        }
        return negated;
    }

    MatchableClaim claim() {
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
            if (ROLE_TERMS.contains(term) || Character.isUpperCase(word.charAt(0)) && !places.contains(term)) {
                result.add(term);
            }
        }
        return result;
    }
}
