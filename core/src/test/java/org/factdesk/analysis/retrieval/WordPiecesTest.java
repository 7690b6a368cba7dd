package org.factdesk.analysis.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPiecesTest {

    private static final WordPieces TOKENIZER = WordPieces.fromTokenizerJson(resource());

    private static InputStream resource() {
        return WordPiecesTest.class.getClassLoader().getResourceAsStream(MiniLmEmbeddings.TOKENIZER);
    }

    @Test
    void givesTheModelTheIdsHuggingFacesTokenizerGives() throws IOException {
        var file = Files.createTempFile("tokenizer", ".json");
        try (var in = resource()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        var texts = List.of("Dockers walked out on Monday.",
                "\"No more than 300 people,\" the mayor's office said — at 9:30 a.m. (local time).",
                "Café owners in Zürich protested the €3.4bn fine; naïve résumé coöperation.",
                "Shares fell 12% to $4.10 on the NYSE, the firm's CEO (Jean-Pierre Dupont) told Reuters.",
                "URL https://example.com/a?b=c&d=e #MeToo @user_name 2024-06-09",
                "日本の首相 said «bonjour» ‘quoted’ “double” tabs\tand\nnewlines   spaces",
                "supercalifragilisticexpialidocious antidisestablishmentarianism",
                "", "   ", "\u0000\u200bzero\u00adwidth");
        try (var reference = HuggingFaceTokenizer.newInstance(file, Map.of("padding", "false", "truncation", "true",
                "maxLength", "128"))) {
            for (var text : texts) {
                var expected = Arrays.stream(reference.encode(text).getIds()).mapToInt(Math::toIntExact).toArray();
                assertArrayEquals(expected, TOKENIZER.ids(text, 128), text);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aLongTextKeepsItsStartAndEndsWithTheSeparator() {
        var ids = TOKENIZER.ids("word ".repeat(500), 128);
        assertEquals(128, ids.length);
        assertEquals(WordPieces.CLS, ids[0]);
        assertEquals(WordPieces.SEP, ids[127]);
    }

    @Test
    void aWordTheVocabularyCannotCutIsOneUnknownToken() {
        assertArrayEquals(new int[] {WordPieces.CLS, WordPieces.UNKNOWN, WordPieces.SEP},
                TOKENIZER.ids("\u16A0\u16A2\u16A6", 128));
    }
}
