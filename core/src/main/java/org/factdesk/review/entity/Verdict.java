package org.factdesk.review.entity;

/**
 * The rating scale. Each verdict maps to a schema.org ClaimReview rating on a 1 (worst) to 5 (best) scale;
 * Unverifiable is not on that scale and is published with ratingValue -1, as fact-checkers do for "not rated".
 */
public enum Verdict {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    HALF_TRUE("Half true", 3),
    MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1),
    UNVERIFIABLE("Unverifiable", -1);

    public static final int BEST_RATING = 5;
    public static final int WORST_RATING = 1;

    private final String label;
    private final int ratingValue;

    Verdict(String label, int ratingValue) {
        this.label = label;
        this.ratingValue = ratingValue;
    }

    /** The ClaimReview alternateName and the label people read. */
    public String label() {
        return label;
    }

    public int ratingValue() {
        return ratingValue;
    }
}
