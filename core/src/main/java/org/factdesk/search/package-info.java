/**
 * Full-text search over the desk with Hibernate Search and a Lucene index in the data folder.
 * <ul>
 *   <li>Words (phrases, exclusions, prefixes) over articles, claims and reviews at once, with the matches marked.</li>
 *   <li>Facets by kind, outlet, state, verdict and age; a date range.</li>
 *   <li>A review in its author's hands is found only by its author and desk chiefs.</li>
 *   <li>An empty index is filled from the database in the background at start-up; later changes are indexed as
 *       they commit.</li>
 * </ul>
 */
package org.factdesk.search;
