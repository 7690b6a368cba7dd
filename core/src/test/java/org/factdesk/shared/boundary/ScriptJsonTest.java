package org.factdesk.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    /** Names a journalist or an import can give an outlet, a person or a label. */
    private static final List<String> HOSTILE = List.of(
            "X </script><script src=https://evil.example/x.js></script>",
            "</SCRIPT><script>alert(1)</script>",
            "<!--<script>alert(2)</script>-->",
            "a & b &amp; <b>c</b>",
            "line\u2028separator\u2029paragraph",
            "\"quoted\" and \\backslash\\ and 'single'");

    @Test
    void noValueCanCloseTheScriptElementOrOpenATag() {
        for (var value : HOSTILE) {
            var safe = ScriptJson.of(Json.createObjectBuilder().add("label", value).build());
            assertFalse(safe.contains("<"), safe);
            assertFalse(safe.contains(">"), safe);
            assertFalse(safe.contains("&"), safe);
            assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
        }
    }

    @Test
    void aReaderGetsBackExactlyTheValuesThatWentIn() {
        var array = Json.createArrayBuilder();
        HOSTILE.forEach(array::add);
        var json = Json.createObjectBuilder().add("labels", array).add("count", 3).build();

        var parsed = Json.createReader(new StringReader(ScriptJson.of(json))).readObject();

        assertEquals(json, parsed);
    }
}
