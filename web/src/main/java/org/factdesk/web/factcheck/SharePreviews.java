package org.factdesk.web.factcheck;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.publication.boundary.PublicIndex;
import org.factdesk.publication.boundary.PublishedArticle;
import org.factdesk.publication.boundary.PublishedClaim;
import org.factdesk.publication.boundary.RetractionNotice;
import org.factdesk.review.entity.Verdict;
import org.factdesk.web.shared.BundleMessages;

/**
 * The preview of each kind of public page, in the reader's language: a claim's leads with the verdict, an
 * article's counts its verdicts, a retracted one says that it was withdrawn and why.
 */
final class SharePreviews {

    private SharePreviews() {
    }

    static SharePreview ofClaim(PublishedClaim claim, String verdictLabel, String siteName, Locale locale, String imageUrl) {
        var title = text(locale, "public.share.claimTitle", SharePreview.shortened(claim.claimText(), SharePreview.TITLE_MAX));
        var description = text(locale, "public.share.claimDescription", verdictLabel, claim.rationale());
        return preview(title, description, PublicLinks.claim(claim.claimId()), siteName, locale, imageUrl,
                SharePreview.time(claim.publishedAt()), SharePreview.time(claim.modifiedAt()));
    }

    static SharePreview ofArticle(PublishedArticle article, Function<Verdict, String> verdictLabels, String siteName,
                                  Locale locale, String imageUrl) {
        var verdicts = article.claims().stream()
                .collect(Collectors.groupingBy(PublishedClaim::verdict, () -> new java.util.EnumMap<>(Verdict.class),
                        Collectors.counting()))
                .entrySet().stream()
                .map(e -> verdictLabels.apply(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        var title = text(locale, "public.share.articleTitle", SharePreview.shortened(article.title(), SharePreview.TITLE_MAX));
        var description = text(locale, "public.share.articleDescription", article.claims().size(), article.outlet(), verdicts);
        return preview(title, description, PublicLinks.article(article.articleId()), siteName, locale, imageUrl,
                SharePreview.time(article.publishedAt()), SharePreview.time(article.modifiedAt()));
    }

    /** A withdrawn fact-check keeps its address; its preview must not repeat a verdict it no longer stands by. */
    static SharePreview ofRetraction(RetractionNotice notice, String url, String siteName, Locale locale, String imageUrl) {
        var title = text(locale, "public.share.retractedTitle", SharePreview.shortened(notice.title(), SharePreview.TITLE_MAX));
        var description = text(locale, "public.share.retractedDescription", notice.reason());
        return preview(title, description, url, siteName, locale, imageUrl, SharePreview.time(notice.publishedAt()),
                SharePreview.time(notice.retractedAt()));
    }

    static SharePreview ofIndex(PublicIndex index, String url, String siteName, Locale locale, String imageUrl) {
        var title = index.isSearch() ? text(locale, "public.share.searchTitle", index.words()) : text(locale, "public.title");
        return new SharePreview(title, text(locale, "public.intro"), url, "website", siteName,
                SharePreview.openGraphLocale(locale), imageUrl, text(locale, "public.share.imageAlt", siteName), null, null);
    }

    private static SharePreview preview(String title, String description, String url, String siteName, Locale locale,
                                        String imageUrl, String published, String modified) {
        return new SharePreview(title, SharePreview.shortened(description, SharePreview.DESCRIPTION_MAX), url, "article",
                siteName, SharePreview.openGraphLocale(locale), imageUrl, text(locale, "public.share.imageAlt", siteName),
                published, modified);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return BundleMessages.text(locale, key, arguments);
    }
}
