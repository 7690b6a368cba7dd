package org.factdesk.analysis.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;

/**
 * Who published the story, when, and from which sources. Declared page metadata wins; otherwise the lines that
 * cleaning cut as bylines, date labels and photo stamps are read back, since that is where outlets print them.
 */
final class MetadataExtractor {

    /** "MOSCOW, Sept 13 (Reuters) -" or "PARIS (AFP) —" at the start of the first paragraph. */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}{2}[\\p{Lu} .'-]{0,40}?(?:,\\s*[\\p{L}.]+"
            + "(?:\\s+\\d{1,2})?)?(?:\\s*\\(([\\p{L}][\\p{L} .-]{1,30})\\))?)\\s*[-–—]{1,2}\\s");

    /** A timestamp line above the story is short; a longer header line is a teaser that may quote other dates. */
    private static final int MAX_STAMP_WORDS = 12;
    private static final Pattern TRAILING_UI = Pattern.compile("(?i)\\s+(?:print|share|email|comments?)$");

    Analysis.Metadata extract(CleanedText cleaned, PageMetadata page) {
        var title = firstPresent(page.title(), cleaned.title());
        String byline = page.author();
        String outlet = page.siteName();
        LocalDate published = page.publishedOn();
        for (var removal : cleaned.removals()) {
            switch (removal.kind()) {
                case BYLINE -> {
                    var byLine = readByline(removal.text());
                    byline = firstPresent(byline, byLine.name());
                    outlet = firstPresent(outlet, byLine.outlet());
                    published = published != null ? published : DateParser.find(removal.text()).orElse(null);
                }
                case DATE_LABEL -> published = published != null ? published : DateParser.find(removal.text()).orElse(null);
                case CAPTION -> {
                    var stamp = BoilerplateRules.CAPTION_STAMP.matcher(removal.text());
                    if (stamp.find()) {
                        outlet = firstPresent(outlet, stamp.group(1).trim());
                        published = published != null ? published : DateParser.find(stamp.group(2)).orElse(null);
                    }
                }
                default -> {
                }
            }
        }
        if (published == null) {
            published = cleaned.removals().stream()
                    .filter(r -> r.kind() == Removal.Kind.HEADER && LineShape.words(r.text()) <= MAX_STAMP_WORDS)
                    .map(r -> DateParser.find(r.text())).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        }
        var dateline = cleaned.paragraphs().stream().filter(p -> !p.equals(cleaned.title())).findFirst()
                .map(DATELINE::matcher).filter(java.util.regex.Matcher::find).orElse(null);
        var agencies = new ArrayList<>(NewsAgencies.findIn(cleaned.text()));
        return new Analysis.Metadata(title, byline, dateline == null ? null : dateline.group(1).trim(), published,
                outlet, agencies);
    }

    private record Byline(String name, String outlet) {
    }

    /**
     * "Outlet | @outlet | 13 Sep 2023" or "By Jane Doe, Moscow". When the next part is the name's own social
     * handle, the name is the outlet's, so it is both byline and outlet.
     */
    private static Byline readByline(String line) {
        var parts = line.split("\\s+\\|\\s+|\\s+•\\s+");
        if (parts.length == 1) {
            var name = line.replaceFirst("^(?:[Bb]y|BY)\\s+", "").replaceFirst("\\s*,.*$", "")
                    .replaceFirst("\\s+in\\s+\\p{Lu}.*$", "");
            return new Byline(TRAILING_UI.matcher(name).replaceAll("").trim(), null);
        }
        for (var i = 0; i < parts.length; i++) {
            var part = TRAILING_UI.matcher(parts[i].trim()).replaceAll("");
            if (part.startsWith("@") || DateParser.find(part).isPresent() || !part.matches(".*\\p{L}.*")) {
                continue;
            }
            var name = part.replaceFirst("^(?:[Bb]y|BY)\\s+", "");
            var ownHandle = i + 1 < parts.length && squash(parts[i + 1]).equals(squash(name));
            return new Byline(name, ownHandle ? name : null);
        }
        return new Byline(null, null);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String firstPresent(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
