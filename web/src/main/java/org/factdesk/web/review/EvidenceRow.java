package org.factdesk.web.review;

import java.io.Serializable;
import org.factdesk.review.entity.EvidenceSource;

/** One editable evidence line of the review form. */
public class EvidenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String title;
    private String note;

    public EvidenceRow() {
    }

    static EvidenceRow of(EvidenceSource evidence) {
        var row = new EvidenceRow();
        row.url = evidence.url();
        row.title = evidence.title();
        row.note = evidence.note();
        return row;
    }

    EvidenceSource toSource() {
        return new EvidenceSource(url, title, note);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
