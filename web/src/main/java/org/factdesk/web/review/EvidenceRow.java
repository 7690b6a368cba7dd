package org.factdesk.web.review;

import java.io.Serializable;
import org.factdesk.review.boundary.EvidenceEntry;
import org.factdesk.review.entity.EvidenceSource;
import org.factdesk.review.entity.EvidenceStance;
import org.factdesk.review.entity.EvidenceType;

/** One editable evidence line of the review form. */
public class EvidenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String title;
    private String note;
    private EvidenceType type;
    private EvidenceStance stance;

    public EvidenceRow() {
    }

    static EvidenceRow of(EvidenceEntry evidence) {
        var row = new EvidenceRow();
        row.url = evidence.url();
        row.title = evidence.title();
        row.note = evidence.note();
        row.type = evidence.type();
        row.stance = evidence.stance();
        return row;
    }

    EvidenceSource toSource() {
        return new EvidenceSource(url, title, note, type, stance);
    }

    public EvidenceType getType() {
        return type;
    }

    public void setType(EvidenceType type) {
        this.type = type;
    }

    public EvidenceStance getStance() {
        return stance;
    }

    public void setStance(EvidenceStance stance) {
        this.stance = stance;
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
