package org.factdesk.analysis.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.analysis.extract.AttributionRole;
import org.factdesk.analysis.extract.WordTokens;

/**
 * Reads a PolNeAR compartment (train, dev or test): each article's text with one annotator's brat standoff file
 * (see {@code polnear-attribution/README.md}). Spans keep their pieces as character offsets, trimmed of the
 * whitespace around them; relations tie a content to its cue and, when it has one, its source.
 */
public final class PolnearCorpus {

    /** One piece of a span, {@code [start, end)} in characters of the article text. */
    public record Piece(int start, int end) {
    }

    public record Span(String id, AttributionRole role, List<Piece> pieces) {
    }

    /** One attribution: what was said ({@code contents}: Content and the rare Content2), by whom, through which cue. */
    public record Relation(Span source, Span cue, List<Span> contents) {
    }

    /**
     * @param annotator the annotator id of this annotation file
     * @param first     whether this is the first annotator listed for the article in the metadata
     */
    public record Document(String article, String annotator, boolean first, String text, List<Span> spans,
                           List<Relation> relations) {
    }

    private PolnearCorpus() {
    }

    /** Every annotation file of the compartment folder ({@code train}, {@code dev} or {@code test}). */
    public static List<Document> read(Path compartment) {
        var firstAnnotator = firstAnnotators(compartment);
        var documents = new ArrayList<Document>();
        try (Stream<Path> files = Files.list(compartment.resolve("attributions"))) {
            for (var ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                var name = ann.getFileName().toString();
                var cut = name.lastIndexOf('_');
                var article = name.substring(0, cut);
                var annotator = name.substring(cut + 1, name.length() - ".ann".length());
                var text = Files.readString(compartment.resolve("text").resolve(article + ".txt"), StandardCharsets.UTF_8);
                var first = annotator.equals(firstAnnotator.getOrDefault(article, annotator));
                documents.add(parse(article, annotator, first, text, Files.readString(ann, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** Article name to its first listed annotator, from the compartment's metadata file or the shared one. */
    private static Map<String, String> firstAnnotators(Path compartment) throws UncheckedIOException {
        var result = new HashMap<String, String>();
        var own = compartment.resolve("metadata-" + compartment.getFileName() + ".tsv");
        var metadata = Files.exists(own) ? own : compartment.resolveSibling("metadata.tsv");
        try {
            for (var line : Files.readAllLines(metadata, StandardCharsets.UTF_8)) {
                var columns = line.split("\t");
                if (columns.length > 3 && !"compartment".equals(columns[0])) {
                    result.put(columns[1], columns[3].split("\\|")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    static Document parse(String article, String annotator, boolean first, String text, String ann) {
        var spans = new LinkedHashMap<String, Span>();
        var events = new ArrayList<String>();
        for (var record : records(ann)) {
            var columns = record.split("\t", 3);
            if (record.startsWith("T") && columns.length >= 2) {
                var typeAndRange = columns[1].split(" ", 2);
                var role = switch (typeAndRange[0]) {
                    case "Source" -> AttributionRole.SOURCE;
                    case "Cue" -> AttributionRole.CUE;
                    case "Content" -> AttributionRole.CONTENT;
                    default -> null;
                };
                if (role != null && typeAndRange.length == 2) {
                    spans.put(columns[0], new Span(columns[0], role, pieces(text, typeAndRange[1])));
                }
            } else if (record.startsWith("E") && columns.length >= 2) {
                events.add(columns[1]);
            }
        }
        var relations = new ArrayList<Relation>();
        for (var event : events) {
            Span source = null;
            Span cue = null;
            var contents = new ArrayList<Span>();
            for (var argument : event.trim().split("\\s+")) {
                var colon = argument.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                var span = spans.get(argument.substring(colon + 1));
                switch (argument.substring(0, colon)) {
                    case "Source" -> source = span;
                    case "Cue" -> cue = span;
                    case "Content", "Content2" -> {
                        if (span != null) {
                            contents.add(span);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!contents.isEmpty()) {
                relations.add(new Relation(source, cue, List.copyOf(contents)));
            }
        }
        return new Document(article, annotator, first, text, List.copyOf(spans.values()), List.copyOf(relations));
    }

    /** Lines of the file, a covered text that runs over several lines joined back to its record. */
    private static List<String> records(String ann) {
        var records = new ArrayList<String>();
        for (var line : ann.split("\n", -1)) {
            if (line.matches("^[TE#AR]\\d+\t.*") || records.isEmpty()) {
                records.add(line);
            } else {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
            }
        }
        return records;
    }

    /** Brat offsets count code points; Java strings count UTF-16 units, two for an emoji. */
    private static int charOffset(String text, int codePoints) {
        var limit = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, limit)));
    }

    private static List<Piece> pieces(String text, String ranges) {
        var pieces = new ArrayList<Piece>();
        for (var range : ranges.split(";")) {
            var bounds = range.trim().split(" ");
            var start = charOffset(text, Integer.parseInt(bounds[0]));
            var end = charOffset(text, Integer.parseInt(bounds[1]));
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                pieces.add(new Piece(start, end));
            }
        }
        return List.copyOf(pieces);
    }

    /**
     * One paragraph of a document as the tagger reads it, with the gold label of each token: begin or inside of
     * the role of the span it falls in, 0 outside. A span over several paragraphs is one span in each.
     */
    public record Segment(Document document, int from, int to, List<WordTokens.Token> tokens, int[] labels) {
    }

    /** The document's paragraphs (its lines with text), in order. */
    public static List<Segment> segments(Document document) {
        var text = document.text();
        var owner = new int[text.length()];
        var roleOf = new ArrayList<AttributionRole>();
        // character -> 1 + index of the piece covering it; the first span to claim a character keeps it
        for (var span : document.spans()) {
            for (var piece : span.pieces()) {
                roleOf.add(span.role());
                for (var c = piece.start(); c < piece.end(); c++) {
                    if (owner[c] == 0) {
                        owner[c] = roleOf.size();
                    }
                }
            }
        }
        var segments = new ArrayList<Segment>();
        var from = 0;
        while (from < text.length()) {
            var to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            var tokens = WordTokens.of(text, from, to);
            if (!tokens.isEmpty()) {
                var labels = new int[tokens.size()];
                var previousPiece = 0;
                for (var i = 0; i < tokens.size(); i++) {
                    var piece = 0;
                    for (var c = tokens.get(i).start(); c < tokens.get(i).end() && piece == 0; c++) {
                        piece = owner[c];
                    }
                    if (piece > 0) {
                        var role = roleOf.get(piece - 1);
                        labels[i] = piece == previousPiece ? role.inside() : role.begin();
                    }
                    previousPiece = piece;
                }
                segments.add(new Segment(document, from, to, tokens, labels));
            }
            from = to + 1;
        }
        return segments;
    }
}
