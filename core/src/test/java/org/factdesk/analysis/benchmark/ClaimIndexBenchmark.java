package org.factdesk.analysis.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.factdesk.analysis.ClaimKind;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.compare.MatchableClaim;
import org.factdesk.analysis.retrieval.Bm25ClaimIndex;
import org.factdesk.analysis.retrieval.ClaimRetrieval;
import org.factdesk.analysis.retrieval.IndexedClaim;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to ingest one article's claims (find the earlier claims each one repeats, then index it with its sentence
 * vector) into a store that already holds 10k, 100k or 1M claims, each with its stored vector. The stored claims are generated: sentences of 12 to 30 words drawn from a
 * 200,000-word vocabulary with a Zipf distribution, as news wording is. Run: {@code mvn -q -pl core test-compile
 * exec:java@bench -Dexec.args="ClaimIndexBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ClaimIndexBenchmark {

    static final int CLAIMS_PER_ARTICLE = 25;
    private static final int VOCABULARY = 200_000;

    @Param({"10000", "100000", "1000000"})
    public int storedClaims;

    private Bm25ClaimIndex index;
    private ClaimRetrieval retrieval;
    private List<String> article;
    private List<float[]> articleVectors;
    private Random random;
    private double[] cumulative;
    private long nextId;

    @Setup(Level.Trial)
    public void fill() {
        random = new Random(42);
        cumulative = zipf(VOCABULARY);
        index = new Bm25ClaimIndex();
        for (var id = 0; id < storedClaims; id++) {
            index.add(new IndexedClaim(id, sentence(), ClaimKind.OTHER, null, Vectors.stored(vector())));
        }
        nextId = storedClaims;
        retrieval = new ClaimRetrieval(index, new ClaimMatcher(MiniLmEmbeddings.shared()));
        System.gc();
        var heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.err.printf("%n%d claims: estimated index %d MB, heap in use %d MB%n", storedClaims,
                index.estimatedBytes() >> 20, heap >> 20);
    }

    @Setup(Level.Iteration)
    public void nextArticle() {
        article = new ArrayList<>();
        articleVectors = new ArrayList<>();
        for (var i = 0; i < CLAIMS_PER_ARTICLE; i++) {
            article.add(sentence());
            articleVectors.add(vector());
        }
    }

    /** One article: each claim matched against the store, then stored; removed again so the store keeps its size. */
    @Benchmark
    public void ingestOneArticle(Blackhole sink) {
        var first = nextId;
        for (var i = 0; i < article.size(); i++) {
            var text = article.get(i);
            var vector = articleVectors.get(i);
            sink.consume(retrieval.find(MatchableClaim.of(text, ClaimKind.OTHER, null), vector, 5));
            index.add(new IndexedClaim(nextId++, text, ClaimKind.OTHER, null, Vectors.stored(vector)));
        }
        for (var id = first; id < nextId; id++) {
            index.remove(id);
        }
    }

    /**
     * A unit vector of the model's size; its direction is random, which costs the search the same as a real one
     * (the model's own time is part of the engine benchmark, not of this one).
     */
    private float[] vector() {
        var vector = new float[MiniLmEmbeddings.DIMENSIONS];
        var norm = 0.0;
        for (var d = 0; d < vector.length; d++) {
            vector[d] = (float) random.nextGaussian();
            norm += vector[d] * vector[d];
        }
        for (var d = 0; d < vector.length; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    private String sentence() {
        var words = 12 + random.nextInt(19);
        var text = new StringBuilder();
        for (var i = 0; i < words; i++) {
            text.append(word(random.nextDouble())).append(i + 1 == words ? "." : " ");
        }
        return text.toString();
    }

    private String word(double u) {
        var low = 0;
        var high = cumulative.length - 1;
        while (low < high) {
            var mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return "w" + Integer.toString(low, 36);
    }

    private static double[] zipf(int size) {
        var cumulative = new double[size];
        var sum = 0.0;
        for (var rank = 1; rank <= size; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (var i = 0; i < size; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }
}
