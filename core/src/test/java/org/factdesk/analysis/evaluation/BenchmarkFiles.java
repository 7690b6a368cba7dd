package org.factdesk.analysis.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.factdesk.analysis.clean.SourceDecoder;

/** Reads the benchmark data: gzipped pages decoded the way ingest decodes an upload, and JSON gold files. */
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
}
