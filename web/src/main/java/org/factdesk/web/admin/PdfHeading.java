package org.factdesk.web.admin;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;

/**
 * The lines above an exported report table: a PDF passed on by mail or printed for a meeting must say what it
 * shows, for which days and when it was taken, since the file name is lost on the way.
 */
public final class PdfHeading {

    private PdfHeading() {
    }

    /** Writes the heading into an open document, before the table. Text in a PDF is not markup: nothing to escape. */
    public static void write(Document document, String title, String period, String exported) {
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
        var small = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL);
        document.add(new Paragraph(period, small));
        var taken = new Paragraph(exported, small);
        taken.setSpacingAfter(8);
        document.add(taken);
    }
}
