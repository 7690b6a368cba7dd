package org.factdesk.analysis.compare;

/**
 * Whether two claims are the same statement, and where they disagree. The one question matching asks of each pair,
 * so that a better judge (words and meaning) replaces the rule-based {@link ClaimMatcher} in one place.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface StatementDecision {

    Comparison compare(PreparedClaim a, PreparedClaim b);
}
