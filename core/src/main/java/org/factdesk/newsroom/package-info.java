/**
 * The newsroom that publishes the fact-checks: its name, its address and its logo, set by an admin. Use cases: read
 * them for the public pages' header and the ClaimReview {@code author}; change the name and address; replace or
 * remove the logo; serve the logo to readers. A fresh install starts as "Factdesk" with no address of its own (the
 * public pages' address stands in) and no logo.
 */
package org.factdesk.newsroom;
