package org.factdesk.article.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.RemovedLine;
import org.factdesk.outlet.entity.Outlet;
import org.factdesk.shared.boundary.BusinessException;
import org.factdesk.shared.boundary.DeskMessage;
import org.factdesk.shared.boundary.IllegalTransitionException;
import org.factdesk.shared.entity.BaseEntity;
import org.factdesk.story.entity.Story;
import org.factdesk.user.entity.User;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One outlet's copy of a story, as ingested: the raw text kept verbatim for the record, the cleaned text that
 * claims point into, and the fingerprint that links near-duplicates. Its state follows the reviews of its claims.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.fingerprintsByContentHash", query = "select new org.factdesk.article.entity.Fingerprint(a.id, d.id, a.minhash)"
        + " from Article a left join a.duplicateOf d where a.contentHash = :hash and a.id <> :excludeId order by a.id")
@NamedQuery(name = "Article.fingerprintsByBandKeys", query = "select distinct new org.factdesk.article.entity.Fingerprint(a.id, d.id, a.minhash)"
        + " from Article a left join a.duplicateOf d join a.bandKeys k where k in :keys and a.id <> :excludeId")
@NamedQuery(name = "Article.linksByStory", query = "select new org.factdesk.article.entity.ArticleLink(a.id, a.heading, o.name)"
        + " from Article a join a.outlet o where a.story = :story and a.id <> :excludeId order by a.ingestedAt, a.id")
@NamedQuery(name = "Article.linksByOriginal", query = "select new org.factdesk.article.entity.ArticleLink(a.id, a.heading, o.name)"
        + " from Article a join a.outlet o where a.duplicateOf.id = :id order by a.id")
@NamedQuery(name = "Article.linkBySameCopy", query = "select new org.factdesk.article.entity.ArticleLink(a.id, a.heading, o.name)"
        + " from Article a join a.outlet o where a.contentHash = :hash and o = :outlet order by a.id")
@NamedQuery(name = "Article.linesOfOutlet", query = "select new org.factdesk.article.entity.StoredLines(a.id, a.lineFingerprints,"
        + " substring(a.cleanedText, 1, " + StoredLines.TEXT_READ + ")) from Article a where a.outlet = :outlet"
        + " and a.duplicateOf is null and a.lineFingerprints is not null and a.id <> :excludeId"
        + " order by a.ingestedAt desc, a.id desc")
@NamedQuery(name = "Article.countByState", query = "select a.state, count(a) from Article a group by a.state")
@NamedQuery(name = "Article.count", query = "select count(a) from Article a")
@NamedQuery(name = "Article.countSystemIngested",
        query = "select count(a) from Article a where a.sourceName = :name and a.ingestedBy is null")
@NamedQuery(name = "Article.otherAppearanceUrls",
        query = "select a.url from Article a where (a.duplicateOf = :article or a = :original) and a <> :article")
@NamedQuery(name = "Article.storyCandidatesSince", query = "select s.id, a.storySignature, a.storyVector"
        + " from Article a join a.story s where a.ingestedAt >= :since and a.id <> :id and a.storySignature is not null"
        + " order by a.ingestedAt desc, a.id desc")
@NamedQuery(name = "Article.funnelInPeriod", query = "select " + Article.FUNNEL + Article.INGESTED_IN_PERIOD)
@NamedQuery(name = "Article.funnelsPerOutletInPeriod",
        query = "select o.name, " + Article.FUNNEL + Article.INGESTED_IN_PERIOD
                + " group by o.name order by count(a) desc, o.name")
@NamedQuery(name = "Article.countOutletsIngestingInPeriod",
        query = "select count(distinct o.id)" + Article.INGESTED_IN_PERIOD)
@NamedQuery(name = "Article.ingestTimesInPeriod",
        query = "select a.ingestedAt from Article a where a.ingestedAt >= :start and a.ingestedAt < :end")
public class Article extends BaseEntity {

    /** How many articles, then how many of them reached review, approval and publication before the period ended. */
    static final String FUNNEL = "count(a)"
            + ", sum(case when exists (select e.id from WorkflowEvent e where e.articleId = a.id"
            + " and e.subjectType = :article and e.toState in :review and e.occurredAt < :end) then 1 else 0 end)"
            + ", sum(case when exists (select e.id from WorkflowEvent e where e.articleId = a.id"
            + " and e.subjectType = :article and e.toState in :approval and e.occurredAt < :end) then 1 else 0 end)"
            + ", sum(case when exists (select e.id from WorkflowEvent e where e.articleId = a.id"
            + " and e.subjectType = :article and e.toState in :published and e.occurredAt < :end) then 1 else 0 end)";
    static final String INGESTED_IN_PERIOD = " from Article a join a.outlet o"
            + " where a.ingestedAt >= :start and a.ingestedAt < :end";

    public static final int TITLE_MAX = 500;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    private Outlet outlet;

    @Audited
    @Column(length = 2048)
    private String url;

    @Audited
    @Column(length = TITLE_MAX)
    private String title;

    /** The headline a desk chief wrote for the public pages; null while the engine's title stands. */
    @Audited
    @Column(length = TITLE_MAX)
    private String headline;

    @Audited
    @Column(length = 300)
    private String byline;

    @Audited
    @Column(length = 300)
    private String dateline;

    @Audited
    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "source_name", length = 255)
    private String sourceName;

    @Column(name = "raw_text", nullable = false)
    private String rawText;

    @Column(name = "cleaned_text", nullable = false)
    private String cleanedText;

    /**
     * What lists head the article with ({@link Heading}): kept beside the text so that no list ever reads a text
     * column, which can hold megabytes.
     */
    @Column(nullable = false, length = Heading.COLUMN)
    private String heading;

    /** What cleaning cut, in document order, each with why: shown on demand, and put back by an editor. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_removed_line", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<CutLine> removedLines = new ArrayList<>();

    /** What the engine warned about, in its order; read in the language of whoever opens the article. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_warning", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<ArticleWarning> warnings = new ArrayList<>();

    /** Lines cleaning cut that an editor put back, in the order restored; every new analysis keeps them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_restored_line", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> restoredLines = new ArrayList<>();

    /** Comma-separated agencies the text cites. */
    @Audited
    @Column(length = 500)
    private String agencies;

    /** SHA-256 of the normalised cleaned text: exact duplicates. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** MinHash signature of the cleaned text: near-duplicates. */
    @Column(name = "minhash", nullable = false, length = 4000)
    private String minhash;

    /** Every line of the source as first cleaned, by {@code LineFingerprint}, 8 bytes each: the outlet's site chrome. */
    @Column(name = "line_fingerprints")
    private byte[] lineFingerprints;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_band", joinColumns = @JoinColumn(name = "article_id"),
            indexes = @Index(name = "ix_article_band_key", columnList = "band_key"))
    @Column(name = "band_key", nullable = false)
    private Set<Long> bandKeys = new HashSet<>();

    @Audited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Article duplicateOf;

    @Audited
    @Column(name = "duplicate_similarity")
    private Double duplicateSimilarity;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ArticleState state = ArticleState.INGESTED;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ingested_by_id")
    private User ingestedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "story_id")
    private Story story;

    /** The engine's summary of the event this copy reports, compared with other copies to group them. */
    @Column(name = "story_signature")
    private String storySignature;

    /** The sentence vector of its headline and opening, as the engine stores it; null for articles stored before. */
    @Column(name = "story_vector")
    private byte[] storyVector;

    /** When the desk should have checked this article; set from the outlet's priority, editable by desk chiefs. */
    @Audited
    @Column(name = "due_at")
    private Instant dueAt;

    protected Article() {
    }

    public Article(Outlet outlet, String rawText, String cleanedText, User ingestedBy) {
        this.outlet = Objects.requireNonNull(outlet);
        this.rawText = Objects.requireNonNull(rawText);
        this.cleanedText = Objects.requireNonNull(cleanedText);
        this.ingestedBy = ingestedBy;
        this.ingestedAt = Instant.now();
        this.dueAt = ingestedAt.plus(outlet.getPriority().turnaround());
        head();
    }

    /** What the engine read about the copy; a title keeps no site name appended to it ({@link SiteSuffix}). */
    public void describe(String title, String byline, String dateline, LocalDate publishedOn, String url, String sourceName) {
        this.title = SiteSuffix.cut(title, outlet.getName(), url);
        this.byline = byline;
        this.dateline = dateline;
        this.publishedOn = publishedOn;
        this.url = url;
        this.sourceName = sourceName;
        head();
    }

    public void recordCleaning(List<RemovedLine> removed, List<EngineWarning> engineWarnings, String agencies) {
        cut(removed);
        warnAbout(engineWarnings);
        this.agencies = agencies;
    }

    /**
     * Replaces the cleaning's result after an editor put a cut line back; the raw text never changes.
     *
     * @param restored the line put back, which the analysis was asked to keep
     */
    public void recleaned(String newCleanedText, List<RemovedLine> removed, List<EngineWarning> engineWarnings,
                          String restored) {
        if (!restoredLines.contains(restored)) {
            restoredLines.add(restored);
        }
        this.cleanedText = Objects.requireNonNull(newCleanedText);
        cut(removed);
        warnAbout(engineWarnings);
        head();
    }

    private void cut(List<RemovedLine> removed) {
        removedLines.clear();
        removed.forEach(line -> removedLines.add(new CutLine(line)));
    }

    /** Whether cleaning cut exactly this line, so that an editor may put it back. */
    public boolean hasCut(String line) {
        return removedLines.stream().anyMatch(cut -> cut.getText().equals(line));
    }

    public List<CutLine> getRemovedLines() {
        return List.copyOf(removedLines);
    }

    /** The lines editors put back, with the one about to be put back: what the next analysis keeps. */
    public Set<String> linesKeptWith(String line) {
        var keep = new LinkedHashSet<>(restoredLines);
        keep.add(line);
        return keep;
    }

    private void head() {
        heading = Heading.of(headline != null ? headline : title != null && !title.isBlank() ? title : cleanedText);
    }

    /**
     * Sets the headline readers will see in place of the engine's title; a blank one brings the engine's title back.
     * Once the fact-check is public its headline is part of the record and stays as published.
     */
    public void editHeadline(String newHeadline) {
        if (state == ArticleState.PUBLISHED) {
            throw new IllegalTransitionException("article.headlinePublished");
        }
        if (state == ArticleState.ARCHIVED) {
            throw new IllegalTransitionException("article.headlineArchived");
        }
        var wanted = newHeadline == null ? "" : newHeadline.strip().replaceAll("\\s+", " ");
        if (wanted.length() > TITLE_MAX) {
            throw new BusinessException("article.headlineTooLong", TITLE_MAX);
        }
        headline = wanted.isEmpty() || wanted.equals(title) ? null : wanted;
        head();
    }

    /** Whether the fact-check may be published now: the same rule as {@link #moveTo} to PUBLISHED. */
    public boolean isPublishable() {
        return state.canMoveTo(ArticleState.PUBLISHED);
    }

    public boolean isArchivable() {
        return state.canMoveTo(ArticleState.ARCHIVED);
    }

    /** Whether a desk chief may still change the headline: until the fact-check is published or the copy archived. */
    public boolean isHeadlineEditable() {
        return state != ArticleState.PUBLISHED && state != ArticleState.ARCHIVED;
    }

    /** The desk's headline, or null when the engine's title stands. */
    public String getHeadline() {
        return headline;
    }

    /** The warnings of the latest analysis replace those of the one before. */
    private void warnAbout(List<EngineWarning> engineWarnings) {
        warnings.clear();
        engineWarnings.forEach(warning -> warnings.add(new ArticleWarning(warning)));
    }

    public void fingerprint(String contentHash, String minhash, Set<Long> bandKeys) {
        this.contentHash = Objects.requireNonNull(contentHash);
        this.minhash = Objects.requireNonNull(minhash);
        this.bandKeys = new HashSet<>(bandKeys);
    }

    /** Keeps the lines of the source, so that the outlet's next copies tell its site chrome from their story. */
    public void printsLines(byte[] fingerprints) {
        this.lineFingerprints = Objects.requireNonNull(fingerprints).clone();
    }

    /** Flags this copy as a near-duplicate of one already on the desk. It stays, linked, so nobody's work is dropped. */
    public void markDuplicateOf(Article original, double similarity) {
        if (original == this || original.getId() == null) {
            throw new IllegalArgumentException("An article can only duplicate another stored article");
        }
        this.duplicateOf = original;
        this.duplicateSimilarity = similarity;
    }

    /** Moves along the article state machine; a move it does not allow fails and changes nothing. */
    public ArticleState moveTo(ArticleState target) {
        var from = state;
        if (from == target) {
            return from;
        }
        if (!from.canMoveTo(target)) {
            throw new IllegalTransitionException("article.cannotBecome", displayTitle(), from, target);
        }
        state = target;
        return from;
    }

    /** The headline the desk and the public see: the desk's own, else the engine's title, else the opening words. */
    public String displayTitle() {
        if (headline != null) {
            return headline;
        }
        if (title != null && !title.isBlank()) {
            return title;
        }
        return heading;
    }

    /** Files this copy under a story, with the signature that placed it there. */
    public void belongTo(Story newStory, String signature) {
        this.story = java.util.Objects.requireNonNull(newStory);
        this.storySignature = signature;
    }

    public void placeStoryVector(byte[] vector) {
        if (vector == null || vector.length == 0) {
            throw new IllegalArgumentException("A story vector has at least one dimension");
        }
        this.storyVector = vector.clone();
    }

    public Story getStory() {
        return story;
    }

    public String getStorySignature() {
        return storySignature;
    }

    public void dueBy(Instant newDueAt) {
        this.dueAt = java.util.Objects.requireNonNull(newDueAt);
    }

    /** Overdue while the desk still owes work on it: not yet published or archived, and past its due time. */
    public boolean isOverdue(Instant now) {
        return dueAt != null && state.isOpenForReview() && now.isAfter(dueAt);
    }

    public boolean isOverdueNow() {
        return isOverdue(Instant.now());
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getByline() {
        return byline;
    }

    public String getDateline() {
        return dateline;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getRawText() {
        return rawText;
    }

    public String getCleanedText() {
        return cleanedText;
    }

    /**
     * Where these words stand in the cleaned text, as the desk marked or typed them: at {@code near} if they stand
     * there, else their occurrence closest to it; empty if the text does not hold them (blank words never match).
     *
     * @return the start offset of the words, stripped of surrounding blanks, and their end
     */
    public java.util.Optional<int[]> locate(String words, int near) {
        var wanted = words == null ? "" : words.strip();
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        var best = -1;
        for (var at = cleanedText.indexOf(wanted); at >= 0; at = cleanedText.indexOf(wanted, at + 1)) {
            if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
                best = at;
            }
        }
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(new int[] {best, best + wanted.length()});
    }

    /** The engine's warnings as messages of the core bundle, to be read in any language. */
    public List<DeskMessage> getWarnings() {
        return warnings.stream().map(ArticleWarning::message).toList();
    }

    public String getAgencies() {
        return agencies;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Set<Long> getBandKeys() {
        return Set.copyOf(bandKeys);
    }

    public String getMinhash() {
        return minhash;
    }

    public Article getDuplicateOf() {
        return duplicateOf;
    }

    public Double getDuplicateSimilarity() {
        return duplicateSimilarity;
    }

    public ArticleState getState() {
        return state;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public User getIngestedBy() {
        return ingestedBy;
    }
}
