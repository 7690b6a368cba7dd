package org.factdesk.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The claim engine's warnings in the reader's language: {@code #{engineWarnings.shown(w)}}. The engine writes them
 * in English and they are stored with the article, so the known ones are recognised by their wording here, their
 * figures kept; a warning this list does not know is shown as the engine wrote it.
 */
@Named
@ApplicationScoped
public class EngineWarnings {

    private static final Map<Pattern, String> KNOWN = Map.of(
            Pattern.compile("No article text found after cleaning"), "engine.noText",
            Pattern.compile("Input truncated to (\\d{1,18}) characters"), "engine.truncated",
            Pattern.compile("Input looks like binary data \\((\\d{1,18}) unprintable characters\\); nothing was analysed"), "engine.binary",
            Pattern.compile("Removed (\\d{1,18}) control or invalid characters"), "engine.controlCharacters",
            Pattern.compile("Only the first (\\d{1,18}) sentences were analysed"), "engine.sentencesCut",
            Pattern.compile("Only the first (\\d{1,18}) claims were kept"), "engine.claimsCut",
            Pattern.compile("Analysis failed: (\\w+)"), "engine.failed");

    public String shown(String warning) {
        return shown(warning, BundleMessages.readerLocale());
    }

    static String shown(String warning, Locale locale) {
        for (var known : KNOWN.entrySet()) {
            var matcher = known.getKey().matcher(warning);
            if (matcher.matches()) {
                var figures = new Object[matcher.groupCount()];
                for (var i = 0; i < figures.length; i++) {
                    var group = matcher.group(i + 1);
                    figures[i] = group.chars().allMatch(Character::isDigit) ? (Object) Long.valueOf(group) : group;
                }
                return BundleMessages.text(locale, known.getValue(), figures);
            }
        }
        return warning;
    }
}
