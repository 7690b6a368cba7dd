package org.factdesk.article.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site name that pages append to their titles ("… | Al Bawaba", "… - Reuters"), which a headline read from a
 * page's metadata still carries. A pipe, a middle dot, a guillemet or a double colon separates a headline from the
 * name of its site or section and never joins two parts of one headline, so a short part after one of them is cut.
 * A dash also joins parts of headlines ("Floods - what we know"), so a part after a dash is cut only when it names
 * the site: the outlet the desk filed the copy under, or the host of its address.
 */
public final class SiteSuffix {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(\\||·|»|::|-|–|—)\\s+");
    private static final Pattern STRONG = Pattern.compile("\\||·|»|::");
    /** A site or section name is a few words; a longer part is a headline's own second half. */
    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 40;
    /** What must stay of a headline once its suffix is cut. */
    private static final int MIN_HEAD_WORDS = 3;
    /** Shorter names ("AP") would match inside any word of a host. */
    private static final int MIN_NAME_LETTERS = 3;
    private static final int MAX_CUTS = 2;

    private SiteSuffix() {
    }

    /**
     * The headline without its site suffix, or as given when it has none.
     *
     * @param outlet the outlet the copy is filed under, or null
     * @param url    the copy's address, or null
     */
    public static String cut(String title, String outlet, String url) {
        if (title == null) {
            return null;
        }
        var names = siteNames(outlet, url);
        var headline = title.strip();
        for (var i = 0; i < MAX_CUTS; i++) {
            var shorter = cutOnce(headline, names);
            if (shorter.equals(headline)) {
                break;
            }
            headline = shorter;
        }
        return headline;
    }

    private static String cutOnce(String title, List<String> names) {
        var matcher = SEPARATOR.matcher(title);
        int start = -1;
        int end = -1;
        String separator = null;
        while (matcher.find()) {
            start = matcher.start();
            end = matcher.end();
            separator = matcher.group(1);
        }
        if (start < 0) {
            return title;
        }
        var head = title.substring(0, start).strip();
        var tail = title.substring(end).strip();
        if (words(head) < MIN_HEAD_WORDS || tail.isEmpty() || words(tail) > MAX_WORDS || tail.length() > MAX_CHARS) {
            return title;
        }
        return STRONG.matcher(separator).matches() || namesSite(tail, names) ? head : title;
    }

    private static boolean namesSite(String tail, List<String> names) {
        var letters = letters(tail);
        if (letters.length() < MIN_NAME_LETTERS) {
            return false;
        }
        return names.stream().anyMatch(name -> name.contains(letters) || letters.contains(name));
    }

    /** The outlet's name and each label of the address's host but the last ("bbc" of news.bbc.co.uk), as bare letters. */
    private static List<String> siteNames(String outlet, String url) {
        var names = new ArrayList<String>();
        if (outlet != null && letters(outlet).length() >= MIN_NAME_LETTERS) {
            names.add(letters(outlet));
        }
        var host = host(url);
        if (host != null) {
            var labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "").split("\\.");
            for (var i = 0; i < Math.max(1, labels.length - 1); i++) {
                if (letters(labels[i]).length() >= MIN_NAME_LETTERS) {
                    names.add(letters(labels[i]));
                }
            }
        }
        return names;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
