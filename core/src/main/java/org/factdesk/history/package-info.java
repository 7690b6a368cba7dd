/**
 * Who changed what, and when. Hibernate Envers writes a revision (with the member of staff behind it) for every
 * committed change to the audited fields of articles, claims, reviews and evidence.
 * <ul>
 *   <li>An article's field-level change log, newest first, beside its workflow events.</li>
 *   <li>A review's versions, and a word-level diff of its rationale, verdict and evidence between two of them.</li>
 *   <li>Drafts of a review (in its author's hands) are read only by the author and desk chiefs.</li>
 * </ul>
 */
package org.factdesk.history;
