package org.factdesk.article.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;

/**
 * A line cleaning cut from an article, as stored, with why: editors check a whole kind of cut at a glance and put
 * a line back by its text. Lines cut before the reasons were kept have none.
 */
@Embeddable
public class CutLine {

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 30)
    private RemovalReason reason;

    protected CutLine() {
    }

    CutLine(RemovedLine line) {
        this.text = line.text();
        this.reason = line.reason();
    }

    public String getText() {
        return text;
    }

    /** Why cleaning cut it, or null for a line cut before the reasons were kept. */
    public RemovalReason getReason() {
        return reason;
    }
}
