/**
 * The claim engine: turns one scraped copy of a story into an {@link org.factdesk.analysis.Analysis}.
 *
 * <p>Use cases, as ingest calls them:
 * <ul>
 *   <li>Analyse a document ({@link org.factdesk.analysis.extract.RuleBasedAnalyzer#analyze}): guard the input, read
 *       HTML if needed, cut boilerplate (every cut listed in {@code removed()}), read metadata, split sentences, and
 *       find claims with speaker, attribution and a check-worthiness score. Never throws; problems become warnings.</li>
 *   <li>Clean a document only ({@link org.factdesk.analysis.clean.DocumentCleaner#clean}): the first half of the
 *       analysis, also what the public extraction benchmarks measure. An HTML page is read once with jsoup: the
 *       paragraphs vote for the container that holds the story (reader-mode scoring with class and id names and link
 *       density), and every block of the page becomes a line with what the markup says about it. A content model
 *       learned from the public benchmarks ({@link org.factdesk.analysis.clean.ContentModel}, shipped as readable
 *       weights) then judges every line, of a page or of plain text, from its shape, its place, the story's
 *       vocabulary and its markup; a title model picks the headline. Every cut keeps its
 *       {@link org.factdesk.analysis.RemovalReason}.</li>
 *   <li>Tell site chrome by the outlet's other documents: a {@link org.factdesk.analysis.SourceDocument} may carry
 *       {@link org.factdesk.analysis.SeenLines}, the {@link org.factdesk.analysis.LineFingerprint}s of lines seen in
 *       other documents of its outlet or import with their counts; every analysis returns the fingerprints of its
 *       own lines ({@link org.factdesk.analysis.Analysis#fingerprints()}) for the next.</li>
 *   <li>Find copies of a story already on the desk ({@link org.factdesk.analysis.story.ContentFingerprint}): sign
 *       the cleaned text, look up stored stories by band key, confirm with the estimated similarity.</li>
 *
 *   <li>Read what claims and articles mean ({@link org.factdesk.analysis.embedding.SentenceEmbeddings}): the
 *       sentence model all-MiniLM-L6-v2 (8-bit ONNX, run in-process by ONNX Runtime, shipped inside a Maven
 *       artifact, never downloaded) gives each claim's sentence and each article's opening a vector; the matcher
 *       ({@link org.factdesk.analysis.compare.ClaimMatcher}), story grouping and the search for earlier verdicts
 *       ({@link org.factdesk.analysis.retrieval.ClaimRetrieval}) read them beside the words.</li>
 * </ul>
 *
 * <p>Everything is plain Java plus jsoup and ONNX Runtime, thread-safe and bounded: at most the first 2,000,000
 * characters are read per document, sentence and claim counts are capped, and the model reads at most 128 word
 * pieces of a text. Rules describe the shape of boilerplate and of attribution, never the words of one outlet.
 */
package org.factdesk.analysis;
