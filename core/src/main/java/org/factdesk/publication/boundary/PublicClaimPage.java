package org.factdesk.publication.boundary;

import java.util.List;
import org.factdesk.newsroom.boundary.NewsroomProfile;

/**
 * Everything a claim's public page shows, read in one call: the fact-check with the corrections of this claim, or,
 * once it was retracted, only the retraction notice; and the newsroom that signs it.
 */
public record PublicClaimPage(PublishedClaim claim, List<PublicCorrection> corrections, RetractionNotice retraction,
                              NewsroomProfile newsroom) {

    public PublicClaimPage {
        corrections = List.copyOf(corrections);
    }

    public boolean isRetracted() {
        return retraction != null;
    }
}
