package org.factdesk.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.factdesk.analysis.compare.ClaimMatcher;
import org.factdesk.analysis.retrieval.MiniLmEmbeddings;
import org.factdesk.analysis.retrieval.RecentVectors;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;

/**
 * The sentence model and the matcher that reads its vectors, one of each for the application. The model is loaded
 * on first use (half a second; its jars and file live in the server module {@code org.factdesk.embeddings}), and
 * its native memory is given back when the application is undeployed.
 */
@ApplicationScoped
public class EmbeddingsProducer {

    private MiniLmEmbeddings model;

    /** The model behind a memory of recent texts: a sentence seen again (a claim and its sentence, a wire copy) runs once. */
    @Produces
    @ApplicationScoped
    SentenceEmbeddings embeddings() {
        model = new MiniLmEmbeddings();
        return new RecentVectors(model);
    }

    void close(@Disposes SentenceEmbeddings embeddings) {
        if (model != null) {
            model.close();
        }
    }

    /** A pseudo-scope: the matcher is immutable and thread-safe, and a final class needs no proxy. */
    @Produces
    @Singleton
    ClaimMatcher matcher(SentenceEmbeddings embeddings) {
        return new ClaimMatcher(embeddings);
    }
}
