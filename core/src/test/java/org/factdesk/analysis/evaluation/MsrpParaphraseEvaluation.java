package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;

/**
 * Same statement across outlets, on the test split of the Microsoft Research Paraphrase Corpus (1,725 pairs of news
 * sentences from different outlets, judged equivalent or not). {@code factdesk} is the product's matcher's verdict
 * that two claims say the same with nothing differing ({@code ClaimMatcher.equivalent}); the corpus labels a pair
 * that would be equivalent but for a differing figure or name as not equivalent, and so does that verdict. The
 * matcher's weights were trained on the training split only (cross-validated there). {@code
 * factdesk-same-statement} is the match the desk is shown ({@code sameStatement}), where such a pair is one
 * statement with a conflict: it counts those as paraphrases, so it scores lower here by design. {@code word-jaccard} is the baseline of the corpus' README (lower-cased word sets, Jaccard at least 0.37,
 * the threshold tuned on the training split). Accuracy and F1 of the positive class, as the corpus defines them.
 */
public final class MsrpParaphraseEvaluation implements Evaluation {

    private static final Pattern WORD = Pattern.compile("\\w+");
    private static final double JACCARD_THRESHOLD = 0.37;

    record Pair(String a, String b, boolean paraphrase) {
    }

    @Override
    public String name() {
        return "msrp";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var pairs = pairs(dataDir.resolve("msrp-paraphrase/test/msr_paraphrase_test.txt"));
        var matcher = new ClaimMatcher(MiniLmEmbeddings.shared());
        var results = new ArrayList<Result>();
        var equivalent = new ArrayList<Boolean>();
        var same = new ArrayList<Boolean>();
        var started = System.nanoTime();
        for (var pair : pairs) {
            var prepared = matcher.prepareAll(List.of(claim(pair.a()), claim(pair.b())));
            equivalent.add(matcher.equivalent(prepared.get(0), prepared.get(1)));
            same.add(matcher.compare(prepared.get(0), prepared.get(1)).sameStatement());
        }
        var perSecond = pairs.size() / ((System.nanoTime() - started) / 1e9);
        var index = new int[1];
        results.add(score("factdesk", pairs, (a, b) -> equivalent.get(index[0]++), perSecond));
        index[0] = 0;
        results.add(score("factdesk-same-statement", pairs, (a, b) -> same.get(index[0]++), perSecond));
        results.add(score("word-jaccard", pairs, (a, b) -> jaccard(a, b) >= JACCARD_THRESHOLD, null));
        return results;
    }

    private static MatchableClaim claim(String sentence) {
        return MatchableClaim.of(sentence, ClaimKind.OTHER, null);
    }

    private static Result score(String system, List<Pair> pairs, BiPredicate<String, String> decision,
                                Double perSecond) {
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (var pair : pairs) {
            var predicted = decision.test(pair.a(), pair.b());
            tp += predicted && pair.paraphrase() ? 1 : 0;
            fp += predicted && !pair.paraphrase() ? 1 : 0;
            fn += !predicted && pair.paraphrase() ? 1 : 0;
            correct += predicted == pair.paraphrase() ? 1 : 0;
        }
        var precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        var details = new LinkedHashMap<String, Double>();
        details.put("accuracy", correct / (double) pairs.size());
        details.put("precision", precision);
        details.put("recall", recall);
        details.put("pairs", (double) pairs.size());
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result("msrp-test", system, "f1", f1, details, perSecond);
    }

    private static double jaccard(String a, String b) {
        var x = words(a);
        var y = words(b);
        var shared = x.stream().filter(y::contains).count();
        var union = x.size() + y.size() - shared;
        return union == 0 ? 0 : shared / (double) union;
    }

    private static Set<String> words(String text) {
        var words = new HashSet<String>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Tab-separated, five fields, header first, byte-order mark possible; split on tabs only (quotes are text). */
    static List<Pair> pairs(Path file) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var pairs = new ArrayList<Pair>();
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.replace("\uFEFF", "").split("\t", -1);
            if (fields.length >= 5 && !fields[0].isBlank()) {
                pairs.add(new Pair(fields[3], fields[4], "1".equals(fields[0].strip())));
            }
        }
        return pairs;
    }
}
