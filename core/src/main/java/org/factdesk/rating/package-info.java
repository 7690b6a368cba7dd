/**
 * The rating scale's words. Use cases: resolve every verdict's label in a language, for staff pages, public pages
 * and the ClaimReview alternateName; let an admin rename labels per language (English, German), all or nothing,
 * refusing two verdicts with one label and a save over someone else's change; fall back to the built-in labels.
 */
package org.factdesk.rating;
