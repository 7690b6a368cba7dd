package org.factdesk.analysis.clean;

import org.factdesk.analysis.LineFingerprint;
import org.factdesk.analysis.RemovalReason;
import org.factdesk.analysis.RemovedLine;

/** A line of the source with what cleaning decided about it; mutable only while one document is cleaned. */
final class Line {

    /** The whole line as it stood, spaces collapsed. */
    final String source;
    /** What is left once fragments glued to it are cut; the part that is judged. */
    String text;
    RemovedLine prefix;
    RemovedLine suffix;
    RemovedLine whole;
    final Block.Markup markup;
    /** The page structure's own verdict: outside the story, in furniture, or mostly links. */
    final boolean structureDropped;
    /** What the line's shape alone says it is (a byline, a caption, a date label...), or null. */
    RemovalReason shape;
    /** A credit line ("Reporting by ...", "... contributed to this report"): metadata, never the story. */
    boolean credit;
    final long fingerprint;
    /** How likely the line is part of the story, as the model judges it; NaN before it has. */
    double content = Double.NaN;
    FeatureVector features;
    /** The look of {@link #text}, once features were computed. */
    LineFeatures.Shape look;

    Line(String source, Block.Markup markup, boolean structureDropped) {
        this.source = source;
        this.text = source;
        this.markup = markup;
        this.structureDropped = structureDropped;
        this.fingerprint = LineFingerprint.of(source);
    }

    boolean kept() {
        return whole == null && !text.isEmpty();
    }

    void drop(RemovalReason reason) {
        whole = new RemovedLine(text, reason);
    }

    void keep() {
        whole = null;
    }

    double linkDensity() {
        return markup == null || source.isEmpty() ? 0 : Math.min(1, (double) markup.linkChars() / source.length());
    }
}
