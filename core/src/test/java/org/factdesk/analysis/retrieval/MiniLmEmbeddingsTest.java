package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbeddingsTest {

    private final MiniLmEmbeddings model = MiniLmEmbeddings.shared();

    @Test
    void theSameTextGivesTheSameUnitVectorEveryTime() {
        var text = "Dock workers walked out on Monday after pay talks with the port authority collapsed.";
        var first = model.embed(text);
        assertEquals(MiniLmEmbeddings.DIMENSIONS, first.length);
        assertEquals(1.0, Vectors.dot(first, first), 1e-5);
        assertArrayEquals(first, model.embed(text));
        try (var another = new MiniLmEmbeddings()) {
            assertArrayEquals(first, another.embed(text), "a second instance, as after a restart");
        }
    }

    @Test
    void statementsSaidInOtherWordsAreCloserThanUnrelatedOnes() {
        var vectors = model.embed(List.of(
                "Dock workers walked out on Monday after pay talks collapsed.",
                "Port workers went on strike on Monday when the wage negotiations broke down.",
                "The central bank raised its main interest rate to 4.5 percent.",
                "No more than 300 people were evacuated from the village.",
                "At most 300 residents of the village had to leave their homes."));
        var walkOutStrike = Vectors.dot(vectors[0], vectors[1]);
        var noMoreAtMost = Vectors.dot(vectors[3], vectors[4]);
        for (var unrelated : new double[] {Vectors.dot(vectors[0], vectors[2]), Vectors.dot(vectors[1], vectors[2]),
                Vectors.dot(vectors[0], vectors[3]), Vectors.dot(vectors[2], vectors[4])}) {
            assertTrue(walkOutStrike > unrelated + 0.2, walkOutStrike + " against " + unrelated);
            assertTrue(noMoreAtMost > unrelated + 0.2, noMoreAtMost + " against " + unrelated);
        }
    }

    @Test
    void aVectorDoesNotDependOnTheOtherTextsOfItsBatch() {
        var texts = List.of("He said.", "The storm killed at least 12 people and forced 3,200 residents to flee.",
                "Shares in the company fell 12% in early trading in Frankfurt after the regulator fined it.", "",
                "x".repeat(10_000));
        var batch = model.embed(texts);
        for (var i = 0; i < texts.size(); i++) {
            assertArrayEquals(model.embed(texts.get(i)), batch[i], "text " + i);
        }
        var reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        assertArrayEquals(batch[0], model.embed(reversed)[texts.size() - 1]);
    }

    @Test
    void manyTextsInOneCallAreAllEmbedded() {
        var texts = new ArrayList<String>();
        for (var i = 0; i < 100; i++) {
            texts.add("Claim number " + i + " of a long article about the flood.");
        }
        var vectors = model.embed(texts);
        assertEquals(texts.size(), vectors.length);
        assertArrayEquals(model.embed(texts.get(70)), vectors[70]);
    }

    @Test
    void theModelComesFromTheClassPathAndNothingIsFetched() throws Exception {
        for (var name : List.of(MiniLmEmbeddings.MODEL, MiniLmEmbeddings.TOKENIZER)) {
            var url = MiniLmEmbeddings.class.getClassLoader().getResource(name);
            assertTrue(url != null && List.of("jar", "file").contains(url.getProtocol()), name + " at " + url);
        }
        var previous = ProxySelector.getDefault();
        var asked = new ArrayList<URI>();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                asked.add(uri);
            }
        });
        try (var fresh = new MiniLmEmbeddings()) {
            fresh.embed("A model loaded and run without a network.");
        } finally {
            ProxySelector.setDefault(previous);
        }
        assertEquals(List.of(), asked, "the model tried to reach the network");
    }
}
