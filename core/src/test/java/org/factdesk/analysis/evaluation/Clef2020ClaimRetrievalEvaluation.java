package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.embedding.MiniLmEmbeddings;
import org.factdesk.analysis.embedding.Vectors;
import org.factdesk.analysis.retrieval.Bm25ClaimIndex;
import org.factdesk.analysis.retrieval.ClaimIndex;
import org.factdesk.analysis.retrieval.ClaimRetrieval;
import org.factdesk.analysis.retrieval.IndexedClaim;

/**
 * Matching a new claim against earlier fact-checked ones, on CLEF 2020 CheckThat! task 2: each test tweet against
 * all 10,373 Snopes claims (claim and article title indexed together). MAP@5 is the official metric; MAP@1 and
 * recall@5 are shown too. Systems: the index alone (BM25), the sentence vectors alone (all-MiniLM-L6-v2, cosine
 * against every stored claim), and the product's hybrid ({@code factdesk}: BM25 candidates ranked again by BM25,
 * shared words and cosine, as the server finds earlier verdicts). Stored claims are embedded by their claim text,
 * as ingest embeds a claim's sentence. Weights were chosen on the train and dev splits.
 */
public final class Clef2020ClaimRetrievalEvaluation implements Evaluation {

    private static final int K = 5;
    private final String split;

    public Clef2020ClaimRetrievalEvaluation() {
        this("test");
    }

    /** @param split "test" for the figures; "dev" when choosing weights */
    Clef2020ClaimRetrievalEvaluation(String split) {
        this.split = split;
    }

    @Override
    public String name() {
        return "clef2020-t2";
    }

    @Override
    public List<Result> run(Path dataDir) throws IOException {
        var folder = dataDir.resolve("checkthat2020-task2-claim-retrieval");
        var rows = rows(folder.resolve("verified_claims.docs.tsv"));
        var model = MiniLmEmbeddings.shared();
        // stored claims are embedded once, as ingest stores a claim's vector; two cores, since this is not timed
        var vectors = rows.parallelStream().map(row -> Vectors.stored(model.embed(row[1]))).toList();
        var index = new Bm25ClaimIndex();
        for (var i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            index.add(new IndexedClaim(Long.parseLong(row[0]), row[1] + " " + (row.length > 2 ? row[2] : ""),
                    ClaimKind.OTHER, null, vectors.get(i)));
        }
        var queries = new LinkedHashMap<String, String>();
        for (var row : rows(folder.resolve(split + "/tweets.queries.tsv"))) {
            queries.put(row[0], row[1]);
        }
        var gold = new HashMap<String, Set<Long>>();
        for (var line : Files.readAllLines(folder.resolve(split + "/tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8)) {
            var columns = line.strip().split("\\s+");
            if (columns.length >= 4 && "1".equals(columns[3])) {
                gold.computeIfAbsent(columns[0], q -> new HashSet<>()).add(Long.parseLong(columns[2]));
            }
        }
        var results = new ArrayList<Result>();
        results.add(score("bm25", queries, gold, text -> ids(index.candidates(text, K).stream()
                .map(ClaimIndex.Candidate::claim).toList())));
        results.add(score("minilm-cosine", queries, gold, text -> nearest(model.embed(text), rows, vectors)));
        var matcher = new ClaimMatcher(model);
        var retrieval = new ClaimRetrieval(index, matcher);
        results.add(score("factdesk", queries, gold, text -> {
            var claim = query(text);
            return ids(retrieval.find(claim, matcher.prepare(claim).vector(), K).stream()
                    .map(ClaimRetrieval.Match::claim).toList());
        }));
        return results;
    }

    /** The peer without words: every stored claim scored by cosine alone. */
    private static List<Long> nearest(float[] query, List<String[]> rows, List<byte[]> vectors) {
        var top = new java.util.PriorityQueue<Map.Entry<Long, Double>>(Map.Entry.comparingByValue());
        for (var i = 0; i < rows.size(); i++) {
            top.add(Map.entry(Long.parseLong(rows.get(i)[0]), Vectors.cosine(query, vectors.get(i))));
            if (top.size() > K) {
                top.poll();
            }
        }
        var best = new ArrayList<>(top);
        best.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
        return best.stream().map(Map.Entry::getKey).toList();
    }

    private static MatchableClaim query(String text) {
        return MatchableClaim.of(text, ClaimKind.OTHER, null);
    }

    private static List<Long> ids(List<IndexedClaim> claims) {
        return claims.stream().map(IndexedClaim::id).toList();
    }

    private Result score(String system, Map<String, String> queries, Map<String, Set<Long>> gold,
                                Function<String, List<Long>> ranker) {
        double map5 = 0, map1 = 0, recall5 = 0;
        var counted = 0;
        var started = System.nanoTime();
        for (var query : queries.entrySet()) {
            var relevant = gold.get(query.getKey());
            if (relevant == null || relevant.isEmpty()) {
                continue;
            }
            var ranked = ranker.apply(query.getValue());
            map5 += averagePrecision(ranked, relevant, 5);
            map1 += averagePrecision(ranked, relevant, 1);
            recall5 += ranked.subList(0, Math.min(5, ranked.size())).stream().filter(relevant::contains).count()
                    / (double) relevant.size();
            counted++;
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var details = new LinkedHashMap<String, Double>();
        details.put("map1", map1 / counted);
        details.put("r5", recall5 / counted);
        details.put("queries", (double) counted);
        return new Result("clef2020-t2-" + split, system, "map5", map5 / counted, details, counted / seconds);
    }

    /** Precision at each relevant rank within the first k, over min(relevant, k). */
    static double averagePrecision(List<Long> ranked, Set<Long> relevant, int k) {
        var found = 0;
        var sum = 0.0;
        for (var rank = 0; rank < Math.min(k, ranked.size()); rank++) {
            if (relevant.contains(ranked.get(rank))) {
                found++;
                sum += found / (double) (rank + 1);
            }
        }
        return sum / Math.min(relevant.size(), k);
    }

    /** The rows after the header, each field stripped, where a row has an id and a text. */
    static List<String[]> rows(Path tsv) throws IOException {
        return BenchmarkFiles.delimitedRows(Files.readString(tsv, StandardCharsets.UTF_8), '\t').stream().skip(1)
                .map(row -> row.stream().map(String::strip).toArray(String[]::new))
                .filter(fields -> fields.length >= 2 && !fields[0].isBlank())
                .toList();
    }
}
