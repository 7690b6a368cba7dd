package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.EngineWarning;

/**
 * Makes raw input safe for the rules: bounded length, Unix line ends, no control characters, no broken surrogates,
 * no invisible characters that would split or glue words.
 */
final class InputGuard {

    /** Far above any news story; keeps the worst case of every later step bounded. */
    static final int MAX_CHARS = 2_000_000;

    /** Text with more unprintable characters than this share is binary that went through a text decoder. */
    private static final double BINARY_SHARE = 0.10;

    record Guarded(String text, List<EngineWarning> warnings, boolean binary) {
    }

    Guarded guard(String raw) {
        return guard(raw, false);
    }

    /**
     * For HTML: white space is left to the HTML parser, which reads tabs, carriage returns and no-break spaces as
     * spaces anyway, so a page without control or invalid characters is passed on without a copy.
     */
    Guarded guardMarkup(String raw) {
        return guard(raw, true);
    }

    private Guarded guard(String raw, boolean markup) {
        var warnings = new ArrayList<EngineWarning>();
        var text = raw;
        if (text.length() > MAX_CHARS) {
            var cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, cut);
            warnings.add(EngineWarning.of("engine.truncated", cut));
        }
        if (markup && isCleanMarkup(text)) {
            return new Guarded(text, warnings, false);
        }
        // Plain arrays: this loop sees every character of every upload, 2 MB at worst.
        var in = text.toCharArray();
        var out = new char[in.length];
        var length = 0;
        var unprintable = 0;
        for (var i = 0; i < in.length; i++) {
            var c = in[i];
            if (c >= ' ' && c < '\u007F' || c == '\n' || markup && isMarkupSpace(c)) {
                out[length++] = c;
            } else if (Character.isHighSurrogate(c) && i + 1 < in.length && Character.isLowSurrogate(in[i + 1])) {
                out[length++] = c;
                out[length++] = in[++i];
            } else if (Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                unprintable++;
            } else if (c == '\r') {
                if (i + 1 >= in.length || in[i + 1] != '\n') {
                    out[length++] = '\n';
                }
            } else if (c == '\u2028' || c == '\u2029') {
                out[length++] = '\n';
            } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000') {
                out[length++] = ' ';
            } else if (Character.isISOControl(c)) {
                unprintable++;
            } else if (!isInvisible(c)) {
                out[length++] = c;
            }
        }
        if (unprintable > BINARY_SHARE * Math.max(1, text.length())) {
            warnings.add(EngineWarning.of("engine.binary", unprintable));
            return new Guarded("", warnings, true);
        }
        if (unprintable > 0) {
            warnings.add(EngineWarning.of("engine.controlCharacters", unprintable));
        }
        return new Guarded(new String(out, 0, length), warnings, false);
    }

    private static boolean isCleanMarkup(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c >= ' ' && c < '\u007F' || c == '\n' || isMarkupSpace(c)) {
                continue;
            }
            if (c < '\u00A0' || Character.isSurrogate(c) || c >= '\uFFFD' || isInvisible(c) || c == '\u2028'
                    || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarkupSpace(char c) {
        return c == '\t' || c == '\r' || c == '\u00A0';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
