package org.factdesk.analysis.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.RemovedLine;

/**
 * Who published the story, when, and from which sources. Declared page metadata wins; otherwise the lines that
 * cleaning cut as bylines, credit lines and date labels are read back, then the lines above the story and the
 * dateline of its first paragraph, since that is where outlets and agencies print them.
 */
final class MetadataExtractor {

    /** A timestamp line above the story is short; a longer header line is a teaser that may quote other dates. */
    private static final int MAX_STAMP_WORDS = 12;
    private static final Pattern TRAILING_UI = Pattern.compile("(?i)\\s+(?:print|share|email|comments?)$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
    private static final Pattern PARTS = Pattern.compile("\\s+\\|\\s+|\\s+•\\s+");
    private static final Pattern BY = Pattern.compile("^(?:[Bb]y|BY)\\s+");
    private static final Pattern AFTER_COMMA = Pattern.compile("\\s*,.*$");
    private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    Analysis.Metadata extract(CleanedText cleaned, PageMetadata page) {
        var title = firstPresent(page.title(), cleaned.title());
        String byline = page.author();
        String outlet = page.siteName();
        LocalDate published = page.publishedOn();
        String credited = null;
        for (var removal : cleaned.removals()) {
            // "Posted June 12, 2024 at 6:30 pm by Daniel Price" names the author whatever the cut was named
            var posted = BoilerplateRules.POSTED_BY.matcher(removal.text());
            if (posted.find()) {
                byline = firstPresent(byline, posted.group(1).trim());
            }
            switch (removal.reason()) {
                case BYLINE -> {
                    if (WireFormats.isCredit(removal.text())) {
                        credited = credited != null ? credited : joined(WireFormats.reporters(removal.text()));
                        continue;
                    }
                    var byLine = readByline(removal.text());
                    byline = firstPresent(byline, byLine.name());
                    outlet = firstPresent(outlet, byLine.outlet());
                    published = published != null ? published : DateParser.find(removal.text()).orElse(null);
                }
                case DATE -> published = published != null ? published : DateParser.find(removal.text()).orElse(null);
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
        byline = firstPresent(byline, credited);
        if (published == null) {
            published = cleaned.head().stream().filter(line -> LineShape.words(line) <= MAX_STAMP_WORDS)
                    .map(DateParser::find).flatMap(Optional::stream).findFirst().orElse(null);
        }
        var firstParagraph = cleaned.paragraphs().stream().filter(p -> !p.equals(cleaned.title())).findFirst();
        var dateline = firstParagraph.flatMap(WireFormats::dateline).orElse(null);
        if (published == null && dateline != null && dateline.date() != null) {
            published = dateOf(dateline.date(), cleaned).orElse(null);
        }
        var agencies = new LinkedHashSet<String>();
        if (dateline != null && dateline.agency() != null) {
            var known = NewsAgencies.shortName(dateline.agency());
            agencies.add(known != null ? known : dateline.agency());
        }
        agencies.addAll(NewsAgencies.findIn(cleaned.text()));
        return new Analysis.Metadata(title, byline, dateline == null ? null : dateline.text(), published, outlet,
                List.copyOf(new ArrayList<>(agencies)));
    }

    /**
     * The day a dateline gives. "June 9" has no year: it is the year the page prints above the story or in its cut
     * lines, and when it prints none the day stays unknown rather than guessed.
     */
    private static Optional<LocalDate> dateOf(String date, CleanedText cleaned) {
        var full = DateParser.find(date);
        if (full.isPresent()) {
            return full;
        }
        var years = new ArrayList<String>(cleaned.head());
        cleaned.removals().stream().map(RemovedLine::text).forEach(years::add);
        for (var line : years) {
            var year = YEAR.matcher(line);
            if (year.find()) {
                return DateParser.find(date + " " + year.group(1));
            }
        }
        return Optional.empty();
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private record Byline(String name, String outlet) {
    }

    /**
     * "Outlet | @outlet | 13 Sep 2023" or "By Jane Doe, Moscow". When the next part is the name's own social
     * handle, the name is the outlet's, so it is both byline and outlet.
     */
    private static Byline readByline(String line) {
        var posted = BoilerplateRules.POSTED_BY.matcher(line);
        if (posted.find()) {
            return new Byline(posted.group(1).trim(), null);
        }
        var parts = PARTS.split(line);
        if (parts.length == 1) {
            var withoutBy = BY.matcher(line).replaceFirst("");
            var name = PLACE.matcher(AFTER_COMMA.matcher(withoutBy).replaceFirst("")).replaceFirst("");
            return new Byline(TRAILING_UI.matcher(name).replaceAll("").trim(), null);
        }
        for (var i = 0; i < parts.length; i++) {
            var part = TRAILING_UI.matcher(parts[i].trim()).replaceAll("");
            // a name has letters and no figures: "14:05 BST" or "Monday 9 June" is when, not who
            if (part.startsWith("@") || DateParser.find(part).isPresent() || !HAS_LETTER.matcher(part).matches()
                    || HAS_DIGIT.matcher(part).matches()) {
                continue;
            }
            var name = BY.matcher(part).replaceFirst("");
            var ownHandle = i + 1 < parts.length && squash(parts[i + 1]).equals(squash(name));
            return new Byline(name, ownHandle ? name : null);
        }
        return new Byline(null, null);
    }

    private static String squash(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String firstPresent(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
