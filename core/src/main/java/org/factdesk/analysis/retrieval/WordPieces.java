package org.factdesk.analysis.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the sentence model was trained with it: text cleaned of control characters,
 * lower case without accents, split at white space and at every punctuation mark, each word then cut greedily into
 * the longest pieces the vocabulary holds ("##" marks a piece that continues a word). A word that cannot be cut is
 * one unknown token. Pure Java, so that the model needs no tokenizer library with native code of its own.
 * Immutable and thread-safe.
 */
final class WordPieces {

    static final int CLS = 101;
    static final int SEP = 102;
    static final int UNKNOWN = 100;
    /** Words longer than this are unknown tokens: cutting them is quadratic and they are never words. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;

    WordPieces(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
    }

    /** Reads the vocabulary of a Hugging Face {@code tokenizer.json} ({@code model.vocab}, token to id). */
    static WordPieces fromTokenizerJson(InputStream json) {
        try {
            return new WordPieces(VocabularyReader.read(new String(json.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** [CLS], the pieces of the text, [SEP]: at most {@code maxTokens} ids in all (longer texts lose their end). */
    int[] ids(String text, int maxTokens) {
        var ids = new int[maxTokens];
        var n = 0;
        ids[n++] = CLS;
        for (var word : words(normalised(text))) {
            if (n >= maxTokens - 1) {
                break;
            }
            n = pieces(word, ids, n, maxTokens - 1);
        }
        ids[n++] = SEP;
        return Arrays.copyOf(ids, n);
    }

    /** Appends the word's pieces at {@code n}, up to {@code limit}; returns the new length. */
    private int pieces(String word, int[] out, int n, int limit) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out[n++] = UNKNOWN;
            return n;
        }
        var found = new ArrayList<Integer>();
        var start = 0;
        while (start < word.length()) {
            var end = word.length();
            Integer id = null;
            while (end > start) {
                var piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (id == null) {
                out[n++] = UNKNOWN;
                return n;
            }
            found.add(id);
            start = end;
        }
        for (var id : found) {
            if (n >= limit) {
                break;
            }
            out[n++] = id;
        }
        return n;
    }

    /** Control characters dropped, white space as one space, CJK ideographs as words, lower case, no accents. */
    static String normalised(String text) {
        var clean = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                return;
            }
            if (isWhitespace(c)) {
                clean.append(' ');
            } else if (isIdeograph(c)) {
                clean.append(' ').appendCodePoint(c).append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        });
        var decomposed = Normalizer.normalize(clean, Normalizer.Form.NFD);
        var result = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(result::appendCodePoint);
        return result.toString().toLowerCase(Locale.ROOT);
    }

    /** Split at white space; every punctuation mark is a word of its own. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (var i = 0; i < text.length(); ) {
            var c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWhitespace(c) || isPunctuation(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isPunctuation(c)) {
                    words.add(new String(Character.toChars(c)));
                }
            } else {
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        var type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    /** ASCII symbols count as punctuation too ("$", "+", "="), as in BERT. */
    private static boolean isPunctuation(int c) {
        if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isIdeograph(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0x20000 && c <= 0x2A6DF
                || c >= 0x2A700 && c <= 0x2B73F || c >= 0x2B740 && c <= 0x2B81F || c >= 0x2B820 && c <= 0x2CEAF
                || c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F;
    }

    /**
     * Reads {@code "vocab": {"token": id, ...}} out of a tokenizer.json without a JSON library: the engine runs
     * outside the server too, where none is on the class path. Only the vocabulary object is read.
     */
    static final class VocabularyReader {

        private final String json;
        private int at;

        private VocabularyReader(String json, int at) {
            this.json = json;
            this.at = at;
        }

        static Map<String, Integer> read(String json) {
            var model = json.indexOf("\"model\"");
            var key = json.indexOf("\"vocab\"", Math.max(model, 0));
            if (model < 0 || key < 0) {
                throw new IllegalArgumentException("No model.vocab in the tokenizer file");
            }
            var reader = new VocabularyReader(json, key + "\"vocab\"".length());
            return reader.object();
        }

        private Map<String, Integer> object() {
            skip(':');
            skip('{');
            var vocabulary = new HashMap<String, Integer>(40_000);
            while (true) {
                blank();
                if (json.charAt(at) == '}') {
                    return vocabulary;
                }
                var token = string();
                skip(':');
                blank();
                var start = at;
                while (Character.isDigit(json.charAt(at))) {
                    at++;
                }
                vocabulary.put(token, Integer.parseInt(json, start, at, 10));
                blank();
                if (json.charAt(at) == ',') {
                    at++;
                }
            }
        }

        private String string() {
            skip('"');
            var value = new StringBuilder();
            while (true) {
                var c = json.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                var escaped = json.charAt(at++);
                switch (escaped) {
                    case 'u' -> {
                        value.append((char) Integer.parseInt(json, at, at + 4, 16));
                        at += 4;
                    }
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    default -> value.append(escaped);
                }
            }
        }

        private void skip(char expected) {
            blank();
            if (json.charAt(at) != expected) {
                throw new IllegalArgumentException("Expected " + expected + " at " + at + " of the tokenizer file");
            }
            at++;
        }

        private void blank() {
            while (Character.isWhitespace(json.charAt(at))) {
                at++;
            }
        }
    }
}
