package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.factdesk.analysis.clean.SourceDecoder;

/**
 * Reads the benchmark data: gzipped pages decoded the way ingest decodes an upload, JSON gold files, and CSV or TSV
 * tables through one reader.
 */
public final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    public static String html(Path file) throws IOException {
        byte[] bytes;
        if (file.getFileName().toString().endsWith(".gz")) {
            try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        return SourceDecoder.decode(bytes, file.getFileName().toString());
    }

    public static JsonObject json(Path file) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    public static String stringOrNull(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : null;
    }

    /**
     * The rows of a CSV or TSV table, header included: a field that opens with a double quote may hold the
     * separator, line breaks and "" for one quote; a line ends at LF or CRLF. Fields are given as written.
     */
    public static List<List<String>> delimitedRows(String text, char separator) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += c == '\r' ? 1 : 0;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
