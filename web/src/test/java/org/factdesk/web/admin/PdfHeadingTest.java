package org.factdesk.web.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PdfHeadingTest {

    @Test
    void anExportedTableSaysWhatItShowsForWhichDaysAndWhenItWasTaken() throws IOException {
        var pdf = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        PdfHeading.write(document, "Verdicts per outlet", "Figures for 2026-11-01 to 2026-11-30, both days included.",
                "Exported on 2026-12-02 08:15");
        document.add(new Paragraph("the table"));
        document.close();

        var text = new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1);
        var title = text.indexOf("Verdicts per outlet");
        assertTrue(title >= 0, text);
        assertTrue(text.indexOf("Figures for 2026-11-01 to 2026-11-30") > title, text);
        assertTrue(text.indexOf("Exported on 2026-12-02 08:15") > title, text);
        assertTrue(text.indexOf("the table") > text.indexOf("Exported on"), "the heading comes before the table: " + text);
    }
}
