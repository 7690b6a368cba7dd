package org.factdesk.publication.boundary;

import java.util.List;
import org.factdesk.newsroom.boundary.NewsroomProfile;

/**
 * Everything an article's public page shows, read in one call: every checked claim with its verdict and the
 * corrections log, or, once it was retracted, only the retraction notice; and the newsroom that signs it.
 */
public record PublicArticlePage(PublishedArticle article, List<PublicCorrection> corrections, RetractionNotice retraction,
                                NewsroomProfile newsroom) {

    public PublicArticlePage {
        corrections = List.copyOf(corrections);
    }

    public boolean isRetracted() {
        return retraction != null;
    }

    public boolean isCorrected(long claimId) {
        return corrections.stream().anyMatch(c -> c.claimId() == claimId);
    }
}
