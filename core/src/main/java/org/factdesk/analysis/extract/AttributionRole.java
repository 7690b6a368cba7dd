package org.factdesk.analysis.extract;

/** The parts of an attribution: who ({@code SOURCE}), through which words ({@code CUE}: said, according to), what. */
public enum AttributionRole {
    SOURCE, CUE, CONTENT;

    /** Label of the first token of a span of this role; the tagger's labels are 0 (outside) and these. */
    public int begin() {
        return 1 + 2 * ordinal();
    }

    public int inside() {
        return 2 + 2 * ordinal();
    }

    static final int LABELS = 1 + 2 * values().length;
    private static final AttributionRole[] ROLES = values();

    /** The role of a label, or null for 0 (outside any span). */
    static AttributionRole of(int label) {
        return label == 0 ? null : ROLES[(label - 1) / 2];
    }

    static boolean begins(int label) {
        return label > 0 && label % 2 == 1;
    }
}
