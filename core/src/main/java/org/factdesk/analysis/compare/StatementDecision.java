package org.factdesk.analysis.compare;

/**
 * Whether two claims are the same statement, and where they disagree. The one question matching asks of each pair,
 * answered in one place for ingest and the {@code analyze} command: {@link ClaimMatcher}, by words and meaning.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface StatementDecision {

    Comparison compare(PreparedClaim a, PreparedClaim b);
}
