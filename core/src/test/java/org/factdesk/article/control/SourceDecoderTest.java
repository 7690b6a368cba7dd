package org.factdesk.article.control;

import org.factdesk.article.boundary.IngestLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.factdesk.shared.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.factdesk.analysis.EngineWarning;

class SourceDecoderTest {

    @Test
    void utf8TextIsDecodedAndTheByteOrderMarkDropped() {
        var bytes = ("\uFEFF\u201CThank you,\u201D Kim said.").getBytes(StandardCharsets.UTF_8);
        assertEquals("\u201CThank you,\u201D Kim said.", SourceDecoder.decode(bytes, "a.txt"));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndTheDeskIsToldSo() {
        var bytes = "caf\u00e9 \u2013 \u201Cquoted\u201D".getBytes(Charset.forName("windows-1252"));
        var decoded = SourceDecoder.read(bytes, "old.html");
        assertEquals("caf\u00e9 \u2013 \u201Cquoted\u201D", decoded.text());
        assertEquals(List.of(EngineWarning.of("engine.readAsWindows1252")), decoded.warnings());
    }

    @Test
    void validUtf8NeedsNoWarning() {
        assertEquals(List.of(), SourceDecoder.read("caf\u00e9".getBytes(StandardCharsets.UTF_8), "new.html").warnings());
    }

    @Test
    void emptyBlankBinaryAndOversizedInputIsRefusedWithTheFileName() {
        assertMessage(new byte[0], "empty.txt is empty");
        assertMessage(" \n ".getBytes(StandardCharsets.UTF_8), "blank.txt holds only white space");
        assertMessage(new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 1, 2}, "image.txt is not a text or HTML file");
        assertMessage(new byte[IngestLimits.MAX_BYTES + 1], "the limit is 5 MB");
    }

    @Test
    void onlyTextAndHtmlFileNamesAreAccepted() {
        SourceDecoder.requireSupportedName("story.TXT");
        SourceDecoder.requireSupportedName("page.htm");
        var refused = assertThrows(BusinessException.class, () -> SourceDecoder.requireSupportedName("story.docx"));
        assertEquals("story.docx is not a .txt or .html file.", refused.getMessage());
    }

    private static void assertMessage(byte[] bytes, String expected) {
        var name = expected.split(" ")[0];
        var refused = assertThrows(BusinessException.class, () -> SourceDecoder.decode(bytes, name.contains(".") ? name : "big.txt"));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
