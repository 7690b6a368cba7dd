package org.factdesk.analysis.story;

import java.util.Objects;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;

/**
 * What story filing compares of an article: its {@link StorySignature} (names, places, date, key terms) and the
 * sentence vector of its headline and opening ({@link StoryVector}), which reads past the wording of each outlet.
 *
 * @param vector a unit vector, or null for an article stored before story vectors were kept; it is then compared by
 *               its signature alone. Not to be changed.
 */
public record StoryProfile(StorySignature signature, float[] vector) {

    public StoryProfile {
        Objects.requireNonNull(signature, "signature");
        if (vector != null && vector.length == 0) {
            throw new IllegalArgumentException("A story vector has at least one dimension");
        }
    }

    /** The article read for filing: one call of the sentence model. */
    public static StoryProfile of(Analysis analysis, SentenceEmbeddings embeddings) {
        return new StoryProfile(StorySignature.of(analysis), embeddings.embed(StoryVector.text(analysis)));
    }

    /**
     * The profile as an earlier article's is read back from its columns (the signature parsed from its text, the
     * vector from its bytes), so that a folder is filed with exactly what the server compares.
     */
    public StoryProfile asStored() {
        return new StoryProfile(StorySignature.parse(signature.serialise()),
                vector == null ? null : Vectors.read(Vectors.stored(vector)));
    }
}
