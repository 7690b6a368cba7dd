package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VectorsTest {

    private final MiniLmEmbeddings model = MiniLmEmbeddings.shared();

    @Test
    void aStoredVectorIsAByteADimensionAndGivesTheSameCosinesWithinAFewThousandths() {
        var vectors = model.embed(List.of("Dock workers walked out on Monday.", "Dockers went on strike on Monday.",
                "The central bank raised its main rate to 4.5 percent.", "Shares fell 12% in Frankfurt."));
        for (var a : vectors) {
            var stored = Vectors.stored(a);
            assertEquals(MiniLmEmbeddings.DIMENSIONS, stored.length);
            assertEquals(1.0, Vectors.dot(Vectors.read(stored), Vectors.read(stored)), 1e-5);
            for (var b : vectors) {
                assertEquals(Vectors.dot(a, b), Vectors.cosine(b, stored), 0.005);
                assertEquals(Vectors.dot(a, b), Vectors.dot(Vectors.read(stored), b), 0.005);
            }
        }
    }

    @Test
    void aVectorStoredByAnotherModelIsRefusedNotCompared() {
        assertThrows(IllegalArgumentException.class, () -> Vectors.cosine(new float[384], new byte[768]));
    }
}
