package org.factdesk.publication.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factdesk.review.entity.Verdict;

/**
 * The schema.org ClaimReview of one published claim. Search engines show a fact-check only for a page that
 * carries exactly one, so each public claim page embeds this and nothing else of its kind.
 */
public final class ClaimReviewJsonLd {

    private ClaimReviewJsonLd() {
    }

    /**
     * Who signs the ClaimReview: the newsroom, with its address and, if it has one, the address of its logo.
     *
     * @param logoUrl null when the newsroom has no logo
     */
    public record Author(String name, String url, String logoUrl) {
    }

    public static JsonObject of(PublishedClaim claim, String pageUrl, Author author) {
        return of(claim, claim.verdict().label(), pageUrl, author);
    }

    /** With the verdict's label as the page shows it: the rating's alternateName must match what readers see. */
    public static JsonObject of(PublishedClaim claim, String verdictLabel, String pageUrl, Author author) {
        var appearances = Json.createArrayBuilder();
        var first = Json.createObjectBuilder().add("@type", "CreativeWork")
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", claim.outlet()));
        addIfPresent(first, "url", claim.articleUrl());
        addIfPresent(first, "headline", claim.articleTitle());
        if (claim.articleDate() != null) {
            first.add("datePublished", claim.articleDate().toString());
        }
        appearances.add(first);
        claim.otherAppearances().forEach(url -> appearances.add(Json.createObjectBuilder().add("@type", "CreativeWork").add("url", url)));
        var item = Json.createObjectBuilder().add("@type", "Claim").add("appearance", appearances);
        if (claim.speaker() != null) {
            item.add("author", Json.createObjectBuilder().add("@type", "Person").add("name", claim.speaker()));
        }
        if (claim.articleDate() != null) {
            item.add("datePublished", claim.articleDate().toString());
        }
        return Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ClaimReview")
                .add("url", pageUrl)
                .add("claimReviewed", claim.claimText())
                .add("itemReviewed", item)
                .add("author", organisation(author))
                .add("reviewRating", rating(claim.verdict(), verdictLabel))
                .add("datePublished", DateTimeFormatter.ISO_LOCAL_DATE.format(claim.publishedAt().atOffset(ZoneOffset.UTC)))
                .add("dateModified", DateTimeFormatter.ISO_INSTANT.format(claim.modifiedAt()))
                .build();
    }

    /**
     * A verdict on the scale carries its value and the scale's bounds. Unverifiable is no point of that scale, and
     * a value outside the declared range is invalid markup, so its rating carries only the words readers see:
     * schema.org and Google take alternateName as the rating itself, and the numbers are optional.
     */
    private static JsonObjectBuilder rating(Verdict verdict, String label) {
        var rating = Json.createObjectBuilder().add("@type", "Rating");
        if (verdict.isRated()) {
            rating.add("ratingValue", verdict.ratingValue())
                    .add("bestRating", Verdict.BEST_RATING)
                    .add("worstRating", Verdict.WORST_RATING);
        }
        return rating.add("alternateName", label);
    }

    private static JsonObjectBuilder organisation(Author author) {
        var organisation = Json.createObjectBuilder().add("@type", "Organization").add("name", author.name())
                .add("url", author.url());
        if (author.logoUrl() != null) {
            organisation.add("logo", Json.createObjectBuilder().add("@type", "ImageObject").add("url", author.logoUrl()));
        }
        return organisation;
    }

    private static void addIfPresent(JsonObjectBuilder builder, String key, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(key, value);
        }
    }
}
