package org.factdesk.analysis.boundary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes one JSON document, escaping strings per RFC 8259. The command line runs without a JSON-P implementation
 * on its class path, and needs nothing more than this. Not thread-safe; one writer per document.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: whether it already holds a member, so the next one needs a comma. */
    private final Deque<Boolean> filled = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        separate();
        out.append('{');
        filled.push(false);
        return this;
    }

    JsonWriter endObject() {
        filled.pop();
        out.append('}');
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        filled.push(false);
        return this;
    }

    JsonWriter endArray() {
        filled.pop();
        out.append(']');
        return this;
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonWriter value(double value) {
        separate();
        out.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%s", value) : "null");
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        return this;
    }

    String json() {
        return out.toString();
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!filled.isEmpty()) {
            if (filled.peek()) {
                out.append(',');
            }
            filled.pop();
            filled.push(true);
        }
    }

    private void quote(String value) {
        out.append('"');
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
