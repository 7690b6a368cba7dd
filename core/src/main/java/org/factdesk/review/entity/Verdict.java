package org.factdesk.review.entity;

/**
 * The rating scale. Each verdict but one maps to a schema.org ClaimReview rating on a 1 (worst) to 5 (best) scale.
 * Unverifiable says nothing about how true a claim is, so it has no place on that scale: it is not rated, and its
 * ClaimReview carries only the words readers see ({@code alternateName}), never a number outside the declared range.
 */
public enum Verdict {
    TRUE("True", 5),
    MOSTLY_TRUE("Mostly true", 4),
    HALF_TRUE("Half true", 3),
    MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1),
    UNVERIFIABLE("Unverifiable", 0);

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

    /** Whether the verdict is a point of the numeric scale, between {@value #WORST_RATING} and {@value #BEST_RATING}. */
    public boolean isRated() {
        return ratingValue >= WORST_RATING && ratingValue <= BEST_RATING;
    }

    /** The verdict's point on the scale; only a rated verdict has one. */
    public int ratingValue() {
        if (!isRated()) {
            throw new IllegalStateException(this + " is not on the rating scale");
        }
        return ratingValue;
    }
}
