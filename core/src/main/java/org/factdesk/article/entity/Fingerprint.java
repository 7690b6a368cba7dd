package org.factdesk.article.entity;

/**
 * What duplicate detection needs of a stored article: its id, the first copy it duplicates (if any) and its MinHash
 * signature, without its text.
 */
public record Fingerprint(long articleId, Long duplicateOfId, String minhash) {

    /** The first copy: a cluster of copies points at one original, never at another duplicate. */
    public long originalId() {
        return duplicateOfId == null ? articleId : duplicateOfId;
    }
}
