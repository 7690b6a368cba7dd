package org.factdesk.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * The copy of a source the server archived when the source was added to a review: when it was fetched, what the
 * site answered, a SHA-256 of the bytes it sent and their text; or why nothing could be fetched. It stays with the
 * fact-check whatever the site does later.
 */
@Embeddable
public class Snapshot {

    public static final int TEXT_MAX = 200_000;
    public static final int CONTENT_TYPE_MAX = 200;

    @Column(name = "snapshot_at")
    private Instant fetchedAt;

    @Column(name = "snapshot_status")
    private Integer httpStatus;

    @Column(name = "snapshot_hash", length = 64)
    private String contentHash;

    @Column(name = "snapshot_content_type", length = CONTENT_TYPE_MAX)
    private String contentType;

    @Column(name = "snapshot_text")
    private String text;

    /** A message key ({@code snapshot.*}) saying why nothing was archived; null when the copy was fetched. */
    @Column(name = "snapshot_problem", length = 60)
    private String problem;

    protected Snapshot() {
    }

    private Snapshot(Instant fetchedAt, Integer httpStatus, String contentHash, String contentType, String text,
                     String problem) {
        this.fetchedAt = Objects.requireNonNull(fetchedAt);
        this.httpStatus = httpStatus;
        this.contentHash = contentHash;
        this.contentType = contentType;
        this.text = text;
        this.problem = problem;
    }

    /**
     * What the site sent: the status, the hash of the bytes read, their text cut to {@value #TEXT_MAX} characters.
     *
     * @param cut whether the page was larger than the server reads, so that the hash covers its start only
     */
    public static Snapshot fetched(Instant at, int httpStatus, String sha256, String contentType, String text, boolean cut) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A SHA-256 in hex: " + sha256);
        }
        var type = contentType == null || contentType.length() <= CONTENT_TYPE_MAX ? contentType
                : contentType.substring(0, CONTENT_TYPE_MAX);
        var body = text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
        return new Snapshot(at, httpStatus, sha256, type, body,
                httpStatus >= 400 ? "snapshot.httpError" : cut ? "snapshot.cut" : null);
    }

    /** Nothing archived, and why: a message key of the {@code snapshot.*} family. */
    public static Snapshot failed(Instant at, String problem) {
        if (problem == null || !problem.startsWith("snapshot.")) {
            throw new IllegalArgumentException("A snapshot.* message key: " + problem);
        }
        return new Snapshot(at, null, null, null, null, problem);
    }

    /** The same copy for another row: a value is never shared between two entities. */
    Snapshot copy() {
        return new Snapshot(fetchedAt, httpStatus, contentHash, contentType, text, problem);
    }

    /** Whether the site answered with a page that was archived. */
    public boolean isArchived() {
        return problem == null;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContentType() {
        return contentType;
    }

    public String getText() {
        return text;
    }

    public String getProblem() {
        return problem;
    }
}
