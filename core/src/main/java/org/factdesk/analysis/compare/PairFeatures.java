package org.factdesk.analysis.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the learned same-statement decision reads of two claims: how close their meanings lie (the cosine of their
 * sentence vectors), how many words they share and in what order (several ways of counting),
 * what one says that the other does not (names, figures, a negation, a different outcome), and the conflicts the
 * desk flags (a figure, place, date or speaker that differs). The last group is kept apart: a same statement with a
 * conflicting value is still the same statement ({@link ClaimMatcher}). All features are symmetric in the two
 * claims.
 */
final class PairFeatures {

    /** Names of the features, in the order of {@link #of}; the shipped weights are keyed by them. */
    static final List<String> NAMES;
    /** Features that are conflicts, left out when deciding whether two claims are the same statement. */
    static final Set<String> CONFLICTS = Set.of("conflict_number", "conflict_place", "conflict_date",
            "conflict_speaker");
    private static final List<String> SCALAR = List.of("cosine", "cosine_squared", "word_jaccard", "stem_similarity",
            "stem_containment_min", "stem_containment_max", "common_similarity", "bigram_dice", "length_ratio",
            "word_order_similarity", "trigram_jaccard", "only_in_one_min", "only_in_one_max", "cosine_times_jaccard",
            "names_unshared", "figures_unshared", "negation_differs", "outcome_differs", "conflict_number",
            "conflict_place", "conflict_date", "conflict_speaker");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** "no more than 300" bounds a figure, it denies nothing. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|none|nobody|nothing|neither|nor"
            + "|without|cannot)\\b|\\bno\\b(?!\\s+(?:more|less|fewer|later|earlier|sooner|longer)\\b)|n['’]t\\b");
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\p{N},;:]\\s{1,3})\\p{Lu}[\\p{L}-]+");

    static {
        NAMES = SCALAR;
    }

    private PairFeatures() {
    }

    /** The features of a pair, in {@link #NAMES} order, given the conflicts the finder reported for it. */
    static double[] of(PreparedClaim a, PreparedClaim b, List<Conflict> conflicts) {
        var f = new double[NAMES.size()];
        var u = a.vector();
        var v = b.vector();
        var cosine = 0.0;
        for (var d = 0; d < u.length; d++) {
            cosine += u[d] * v[d];
        }
        var i = 0;
        f[i++] = cosine;
        f[i++] = cosine * cosine;
        f[i++] = jaccard(a.words(), b.words());
        f[i++] = ClaimMatcher.similarity(a.terms(), b.terms());
        f[i++] = shared(a.terms(), b.terms()) / (double) Math.max(1, Math.min(a.terms().size(), b.terms().size()));
        f[i++] = shared(a.terms(), b.terms()) / (double) Math.max(1, Math.max(a.terms().size(), b.terms().size()));
        f[i++] = ClaimMatcher.similarity(a.common(), b.common());
        f[i++] = dice(a.bigrams(), b.bigrams());
        f[i++] = Math.min(a.words().size(), b.words().size()) / (double) Math.max(1, Math.max(a.words().size(),
                b.words().size()));
        f[i++] = wordOrderSimilarity(a.sequence(), b.sequence());
        f[i++] = jaccard(a.trigrams(), b.trigrams());
        var sharedTerms = shared(a.terms(), b.terms());
        var onlyA = a.terms().size() - sharedTerms;
        var onlyB = b.terms().size() - sharedTerms;
        f[i++] = Math.log1p(Math.min(onlyA, onlyB));
        f[i++] = Math.log1p(Math.max(onlyA, onlyB));
        f[i++] = cosine * f[2];
        f[i++] = unshared(a.names(), b.names());
        f[i++] = unshared(a.figures(), b.figures());
        f[i++] = a.negated() != b.negated() ? 1 : 0;
        f[i++] = outcomeDiffers(a, b) ? 1 : 0;
        for (var kind : List.of("NUMBER", "PLACE", "DATE", "SPEAKER")) {
            f[i++] = conflicts.stream().anyMatch(c -> c.kind().name().equals(kind)) ? 1 : 0;
        }
        return f;
    }

    /** The cosine feature of a pair's features. */
    static double cosine(double[] features) {
        return features[0];
    }

    static Set<String> words(String text) {
        var words = new HashSet<String>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The lower-cased words in text order. */
    static List<String> sequence(String text) {
        var words = new ArrayList<String>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Runs of three characters of the lower-cased words, spaces between words included. */
    static Set<String> trigrams(String text) {
        var joined = " " + String.join(" ", sequence(text)) + " ";
        var trigrams = new HashSet<String>();
        for (var i = 0; i + 3 <= joined.length(); i++) {
            trigrams.add(joined.substring(i, i + 3));
        }
        return trigrams;
    }

    /** One less the word-level edit distance over the longer length: the same words in the same order. */
    static double wordOrderSimilarity(List<String> a, List<String> b) {
        var longer = Math.max(a.size(), b.size());
        if (longer == 0) {
            return 0;
        }
        // capped: the distance is quadratic, and claims past 200 words are cut in their comparison
        var x = a.subList(0, Math.min(a.size(), 200));
        var y = b.subList(0, Math.min(b.size(), 200));
        var previous = new int[y.size() + 1];
        var current = new int[y.size() + 1];
        for (var j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (var i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (var j = 1; j <= y.size(); j++) {
                var cost = x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - previous[y.size()] / (double) Math.max(x.size(), y.size());
    }

    static Set<String> bigrams(String text) {
        var words = sequence(text);
        var bigrams = new HashSet<String>();
        for (var i = 0; i + 1 < words.size(); i++) {
            bigrams.add(words.get(i) + " " + words.get(i + 1));
        }
        return bigrams;
    }

    static Set<String> figures(String text) {
        var figures = new HashSet<String>();
        var m = FIGURE.matcher(text);
        while (m.find()) {
            figures.add(m.group().replace(",", ""));
        }
        return figures;
    }

    /** Capitalised words other than the first of a sentence or quote. */
    static Set<String> names(String text) {
        var names = new HashSet<String>();
        var m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static boolean negated(String text) {
        return NEGATION.matcher(text).find();
    }

    private static boolean outcomeDiffers(PreparedClaim a, PreparedClaim b) {
        var outcomesA = a.terms().stream().filter(Terms.OUTCOMES::contains).toList();
        var outcomesB = b.terms().stream().filter(Terms.OUTCOMES::contains).toList();
        return !outcomesA.isEmpty() && !outcomesB.isEmpty() && outcomesA.stream().noneMatch(outcomesB::contains);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        var shared = shared(a, b);
        var union = a.size() + b.size() - shared;
        return union == 0 ? 0 : shared / (double) union;
    }

    private static double dice(Set<String> a, Set<String> b) {
        return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * shared(a, b) / (a.size() + b.size());
    }

    /** Share of the values either names that the other does not name; 0 when neither names any. */
    private static double unshared(Set<String> a, Set<String> b) {
        var all = a.size() + b.size();
        return all == 0 ? 0 : (all - 2.0 * shared(a, b)) / all;
    }

    static int shared(Set<String> a, Set<String> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        var count = 0;
        for (var x : small) {
            count += large.contains(x) ? 1 : 0;
        }
        return count;
    }
}
