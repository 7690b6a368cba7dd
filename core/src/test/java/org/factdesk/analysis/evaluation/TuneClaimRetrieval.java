package org.factdesk.analysis.evaluation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.retrieval.Bm25ClaimIndex;
import org.factdesk.analysis.retrieval.IndexedClaim;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;

/**
 * Chooses the blend of {@link org.factdesk.analysis.retrieval.ClaimRetrieval} on the CLEF 2020 task 2 TRAIN and DEV
 * splits (never test): recall of BM25 and of the vectors alone at several depths, then MAP@5 for each pool size and
 * pair of weights. Stored claims are embedded by their claim text ("claim") or claim and title ("both"); vectors
 * are cached in the given file. Usage: {@code mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.factdesk.analysis.evaluation.TuneClaimRetrieval -Dexec.args="DATA_DIR claim CACHE_FILE"}.
 */
public final class TuneClaimRetrieval {

    private TuneClaimRetrieval() {
    }

    record Cand(long id, double bm25, double words, double cosine) {
    }

    public static void main(String[] args) throws Exception {
        var folder = Path.of(args[0], "checkthat2020-task2-claim-retrieval");
        var rows = Clef2020ClaimRetrievalEvaluation.rows(folder.resolve("verified_claims.docs.tsv"));
        var model = MiniLmEmbeddings.shared();
        var cache = Path.of(args[2]);
        var vectors = new HashMap<Long, byte[]>();
        if (Files.exists(cache)) {
            try (var in = new DataInputStream(Files.newInputStream(cache))) {
                var n = in.readInt();
                for (var i = 0; i < n; i++) {
                    var id = in.readLong();
                    var v = new byte[384];
                    in.readFully(v);
                    vectors.put(id, v);
                }
            }
        } else {
            var started = System.nanoTime();
            for (var row : rows) {
                var text = args[1].equals("claim") ? row[1] : row[1] + " " + (row.length > 2 ? row[2] : "");
                vectors.put(Long.parseLong(row[0]), Vectors.stored(model.embed(text)));
            }
            System.err.printf("embedded %d in %.1f s%n", rows.size(), (System.nanoTime() - started) / 1e9);
            try (var out = new DataOutputStream(Files.newOutputStream(cache))) {
                out.writeInt(vectors.size());
                for (var e : vectors.entrySet()) {
                    out.writeLong(e.getKey());
                    out.write(e.getValue());
                }
            }
        }
        var index = new Bm25ClaimIndex();
        var texts = new HashMap<Long, String>();
        for (var row : rows) {
            var id = Long.parseLong(row[0]);
            var text = row[1] + " " + (row.length > 2 ? row[2] : "");
            texts.put(id, text);
            index.add(new IndexedClaim(id, text, ClaimKind.OTHER, null, vectors.get(id)));
        }
        for (var split : List.of("train", "dev")) {
            var queries = new LinkedHashMap<String, String>();
            for (var row : Clef2020ClaimRetrievalEvaluation.rows(folder.resolve(split + "/tweets.queries.tsv"))) {
                queries.put(row[0], row[1]);
            }
            var gold = new HashMap<String, Set<Long>>();
            for (var line : Files.readAllLines(folder.resolve(split + "/tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8)) {
                var c = line.strip().split("\\s+");
                if (c.length >= 4 && "1".equals(c[3])) {
                    gold.computeIfAbsent(c[0], q -> new HashSet<>()).add(Long.parseLong(c[2]));
                }
            }
            var pools = new ArrayList<List<Cand>>();
            var golds = new ArrayList<Set<Long>>();
            var bruteRecall = new double[4];
            var bmRecall = new double[4];
            int[] ks = {10, 30, 100, 300};
            for (var q : queries.entrySet()) {
                var rel = gold.get(q.getKey());
                if (rel == null) {
                    continue;
                }
                var qv = model.embed(q.getValue());
                var cands = index.candidates(q.getValue(), 300);
                var best = cands.isEmpty() ? 1 : cands.get(0).score();
                var pool = new ArrayList<Cand>();
                for (var c : cands) {
                    pool.add(new Cand(c.claim().id(), c.score() / best,
                            ClaimMatcher.wordSimilarity(q.getValue(), c.claim().text()),
                            Vectors.cosine(qv, c.claim().vector())));
                }
                pools.add(pool);
                golds.add(rel);
                var scored = new ArrayList<Map.Entry<Long, Double>>();
                vectors.forEach((id, v) -> scored.add(Map.entry(id, Vectors.cosine(qv, v))));
                scored.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
                for (var k = 0; k < ks.length; k++) {
                    final var kk = ks[k];
                    bruteRecall[k] += scored.subList(0, kk).stream().filter(e -> rel.contains(e.getKey())).count() / (double) rel.size();
                    bmRecall[k] += pool.subList(0, Math.min(kk, pool.size())).stream().filter(c -> rel.contains(c.id())).count() / (double) rel.size();
                }
            }
            for (var k = 0; k < ks.length; k++) {
                System.out.printf("%s recall@%d bm25 %.3f vectors %.3f%n", split, ks[k], bmRecall[k] / golds.size(), bruteRecall[k] / golds.size());
            }
            for (var poolSize : new int[] {10, 30, 50, 100}) {
                var bestMap = 0.0;
                var bestW = "";
                for (var wm : new double[] {0, 0.25, 0.5, 1}) {
                    for (var wc : new double[] {1, 2, 3, 4, 6, 8, 12}) {
                        var map = 0.0;
                        for (var i = 0; i < pools.size(); i++) {
                            var pool = pools.get(i).subList(0, Math.min(poolSize, pools.get(i).size()));
                            var ranked = pool.stream().sorted((x, y) -> Double.compare(score(y, wm, wc), score(x, wm, wc)))
                                    .map(Cand::id).toList();
                            map += Clef2020ClaimRetrievalEvaluation.averagePrecision(ranked, golds.get(i), 5);
                        }
                        map /= pools.size();
                        System.out.printf("%s pool %d wm %.2f wc %.1f map5 %.4f%n", split, poolSize, wm, wc, map);
                        if (map > bestMap) {
                            bestMap = map;
                            bestW = wm + "/" + wc;
                        }
                    }
                }
                System.out.printf("BEST %s pool %d %s map5 %.4f%n", split, poolSize, bestW, bestMap);
            }
        }
    }

    private static double score(Cand c, double wm, double wc) {
        return c.bm25() + wm * c.words() + wc * c.cosine();
    }
}
