package org.factdesk.analysis.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.RemovalReason;

/**
 * Line-by-line rules for what publishing software adds around a story. Each rule describes a shape (a label
 * without a sentence, a credit with slashes, a sign-off of initials) rather than the words of any one outlet.
 */
final class BoilerplateRules {

    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_CAPTION_WORDS = 40;

    private static final List<String> COMMENT_FORM = List.of(
            "leave a reply", "leave a comment", "your email address will not be published",
            "required fields are marked", "cancel reply", "post comment", "save my name, email",
            "logged in to post a comment", "comments are closed", "notify me of follow-up", "notify me of new posts",
            "add a comment", "join the discussion", "join the conversation", "this site uses akismet");

    /** Leads that introduce links to other stories; a line that starts with one is a link, not reporting. */
    private static final Pattern LINK_LEAD = Pattern.compile("(?i)^(?:see also|read also|also read|read more"
            + "|read next|more from|more on this|you may also like|you might also like|further reading"
            + "|related posts?|related articles?|related stories|related news|related content|related coverage)\\b");

    /** Section and list labels: only when the whole line is the label. */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?i)^(?:related|recommended(?: for you)?"
            + "|trending(?: now)?|most (?:read|popular|viewed|shared)|popular posts|top stories|latest news"
            + "|don'?t miss|more|see more"
            + "|more stories|editor'?s picks|tags?|topics?|categories|share this|in this article)\\s*:?$");

    /** "Tags: Deals, Apple" or "Filed under: Science": the CMS's index terms, not the story's words. */
    private static final Pattern TAG_LIST = Pattern.compile("(?i)^(?:tags?|topics?|categories|category|filed under"
            + "|posted in|keywords)\\s*:");

    /** Toolbar and share-bar words; a line made only of them is page furniture. */
    private static final Set<String> UI_WORDS = Set.of("print", "share", "shares", "tweet", "email", "e", "mail",
            "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "instagram",
            "youtube", "copy", "link", "url", "comments", "comment", "subscribe", "follow", "us", "on", "save",
            "listen", "bookmark", "top", "back", "to", "menu", "search", "home", "login", "log", "in", "sign", "up",
            "advertisement", "advertising", "advert", "sponsored", "ad", "ads", "next", "previous", "prev", "article",
            "story",
            "this", "font", "size", "reply", "cancel", "scroll", "continue", "reading", "audio", "play", "close",
            "skip", "content", "main", "toggle", "navigation", "pdf", "download", "view", "gallery", "photos",
            "video", "page", "text", "a", "the", "and", "or", "via");
    private static final Set<String> UI_ANCHORS = Set.of("print", "share", "tweet", "email", "facebook", "twitter",
            "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "subscribe", "follow", "advertisement", "advert",
            "advertising", "sponsored", "bookmark", "listen", "scroll", "menu", "login", "skip", "gallery", "comments");

    private static final Set<String> ADVERT_WORDS = Set.of("advertisement", "advertising", "advert", "sponsored", "ad",
            "ads");
    private static final Set<String> NAVIGATION_WORDS = Set.of("menu", "skip", "login", "log", "navigation", "toggle",
            "home", "search");

    /** Desk sign-offs are initials joined by slashes ("AB/CD") or a short end mark. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^\\(?[A-Za-z]{1,5}(?:\\s?/\\s?[A-Za-z]{1,5}){1,3}\\)?$|(?i)^\\(?(?:ends?|end of story|-+\\s*30\\s*-+|#{3})\\)?\\.?$"
                    + "|(?i)^\\((?:reporting|writing|editing|additional reporting|compiled) by\\b[^)]{0,300}\\)$"
                    + "|(?i)^\\(?(?:with (?:inputs|input) from|with agency inputs)\\b[^)]{0,80}\\)?$");

    /** One lowercase word or a social handle alone on a line: the CMS user name under the story. */
    private static final Pattern LONE_HANDLE = Pattern.compile("^@?[\\p{Ll}\\d][\\p{Ll}\\d_.-]{1,29}$|^@\\w{2,30}$");

    private static final Pattern PHOTO_CREDIT = Pattern.compile("©|(?i)\\b(?:photo(?:graph)?|image|picture|video"
            + "|graphic|illustration)s?\\s*(?:courtesy|credits?|source)?\\s*:|(?i)\\b(?:photo courtesy|photo credit"
            + "|image credit|getty images|shutterstock|file photo|photograph by|photo by)\\b");

    /** A picture stamp glued to a caption: "... - Outlet Name, 1920, 13.09.2023". */
    static final Pattern CAPTION_STAMP = Pattern.compile(
            "\\s[-–—]\\s+(\\p{Lu}[\\p{L}.&' ]{1,60}),\\s*\\d{1,5},\\s*(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*$");

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";
    private static final Pattern BY_LINE = Pattern.compile("^(?:[Bb]y|BY)\\s+" + NAME + "(?:\\s+(?:" + NAME
            + "|and|&))*(?:\\s*,.{0,60}|\\s+(?:in|for|from)\\s.{0,40})?$");

    /** "Posted June 12, 2024 at 6:30 pm by Daniel Price", "Published 3 hours ago by Jane Roe". */
    static final Pattern POSTED_BY = Pattern.compile("^(?i:posted|published|written|updated|filed)\\b.{0,60}?\\s(?i:by)\\s+("
            + NAME + "(?:\\s+" + NAME + "){0,3})$");

    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^(?:date|dated|published|posted|updated"
            + "|last updated|first published)?\\s*(?:on)?\\s*:?\\s*" + DateParser.ANY_DATE
            + "(?:\\s*,?\\s*(?:at\\s*)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\p{Lu}{2,5})?)?\\s*(?:print)?$");

    /** A clock time alone, as live pages stamp each entry: "10:42 BST", "Updated at 9.58am", "2 hours ago". */
    private static final Pattern TIME_STAMP = Pattern.compile("(?i)^(?:(?:last\\s+)?(?:updated|posted|published|first "
            + "published)(?:\\s+(?:at|on))?\\s*:?\\s*)?(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\p{L}{2,5}"
            + "(?:[+-]\\d{1,2})?)?|\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago)$");

    /** A reading or listening time: "4 min", "5 min read", "3 minutes". */
    private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d{1,3}\\s*(?:min|mins|minutes?)"
            + "(?:\\s+(?:read|listen))?$");

    private static final Pattern PROMO = Pattern.compile("(?i)^(?:get|subscribe|sign up|follow|download|join|click"
            + "|tap|stay|don'?t miss|never miss|like us|register)\\b.{0,200}\\b(?:news|newsletter|updates|app"
            + "|channel|stories|alerts|headlines|breaking)\\b");

    /** Calls to action around a story: subscribe, follow us, get the app, tell us what you think. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)^(?:(?:please\\s+)?(?:subscribe|sign up|log in"
            + "|become a (?:member|subscriber|patron)|support us)\\b"
            + "|follow (?:\\S+\\s+){0,6}on (?:twitter|facebook|instagram|x|linkedin|youtube|telegram|tiktok)\\b"
            + "|for (?:the )?latest (?:news|stories|updates|headlines)\\b"
            + "|if you (?:enjoyed|liked|like|found) (?:reading )?this\\b"
            + "|to (?:view|read|continue reading|access) (?:the|this) (?:full |whole |entire )?(?:story|article)\\b"
            + "|(?:we want to hear|tell us|let us know) what you think\\b|(?:click|tap) here\\b)");
    private static final int MAX_CALL_WORDS = 60;
    /** Notices to readers who block ads; no story is about ad blockers in a line this short. */
    private static final Pattern AD_BLOCKER = Pattern.compile("(?i)\\bad[- ]?block(?:er|ers|ing)?\\b");

    private static final Pattern WIDGET = Pattern.compile("\\bwidgets?\\b");
    /** "Home > World > Europe": two or more steps of at most three words, joined by an arrow or a slash. */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^>›»/|]{1,30}(?:\\s+[>›»/]\\s+[^>›»/|]{1,30}){2,}$");

    /** What the whole line is, or null when it may be part of the story. */
    RemovalReason classify(String line) {
        var words = LineShape.words(line);
        // Only short lines can be labels or comment forms; most kept lines are long paragraphs.
        var lower = words <= MAX_CAPTION_WORDS ? line.toLowerCase(Locale.ROOT) : "";
        if (LoremIpsum.isFiller(line)) {
            return RemovalReason.FILLER;
        }
        if (isCommentForm(lower, words)) {
            return RemovalReason.COMMENTS;
        }
        if (isLinkLead(line, words)) {
            return RemovalReason.RELATED_LINKS;
        }
        if (isBreadcrumb(line, words) || words <= MAX_LABEL_WORDS + 2 && TAG_LIST.matcher(line).find()) {
            return RemovalReason.NAVIGATION;
        }
        if (words <= 3 && READING_TIME.matcher(line).matches()) {
            return RemovalReason.SHARE_BAR;
        }
        var ui = uiLabel(lower, words);
        if (ui != null) {
            return ui;
        }
        if (SIGN_OFF.matcher(line).matches() || words == 1 && LONE_HANDLE.matcher(line).matches()) {
            return RemovalReason.BYLINE;
        }
        if (isWidgetLabel(lower, words)) {
            return RemovalReason.BOILERPLATE;
        }
        if (words <= MAX_CAPTION_WORDS && (PHOTO_CREDIT.matcher(line).find() || NewsAgencies.endsWithPhotoCredit(line)
                || CAPTION_STAMP.matcher(line).find())) {
            // "© 2024 Outlet Ltd. All rights reserved." is the site's notice, not a picture's credit
            return lower.contains("rights reserved") ? RemovalReason.DISCLAIMER : RemovalReason.CAPTION;
        }
        if (isByline(line, words)) {
            return RemovalReason.BYLINE;
        }
        if (words <= 12 && (DATE_LABEL.matcher(line).matches() || TIME_STAMP.matcher(line).matches())) {
            return RemovalReason.DATE;
        }
        if (words <= 30 && PROMO.matcher(line).find()
                || words <= MAX_CALL_WORDS && CALL_TO_ACTION.matcher(line).find()) {
            return RemovalReason.NEWSLETTER;
        }
        if (words <= MAX_CALL_WORDS && AD_BLOCKER.matcher(line).find()) {
            return RemovalReason.ADVERTISEMENT;
        }
        return null;
    }

    private static boolean isBreadcrumb(String line, int words) {
        if (words > 12 || !BREADCRUMB.matcher(line).matches()) {
            return false;
        }
        for (var step : line.split("\\s+[>›»/]\\s+")) {
            if (LineShape.words(step) > 3 || LineShape.endsLikeSentence(step)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWidgetLabel(String lower, int words) {
        return words <= 5 && WIDGET.matcher(lower).find();
    }

    private static boolean isCommentForm(String lower, int words) {
        return words <= 40 && COMMENT_FORM.stream().anyMatch(lower::contains);
    }

    private static boolean isLinkLead(String line, int words) {
        return words <= 25 && LINK_LEAD.matcher(line).find()
                || words <= MAX_LABEL_WORDS && SECTION_LABEL.matcher(line).matches();
    }

    /** A line made only of toolbar words: an advertisement label, a menu, or a share bar; null for anything else. */
    private static RemovalReason uiLabel(String lower, int words) {
        if (words > 8) {
            return null;
        }
        var anchored = false;
        var advert = false;
        var navigation = false;
        for (var token : lower.split("[^\\p{L}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!UI_WORDS.contains(token)) {
                return null;
            }
            anchored |= UI_ANCHORS.contains(token);
            advert |= ADVERT_WORDS.contains(token);
            navigation |= NAVIGATION_WORDS.contains(token);
        }
        if (!anchored) {
            return null;
        }
        return advert ? RemovalReason.ADVERTISEMENT : navigation ? RemovalReason.NAVIGATION : RemovalReason.SHARE_BAR;
    }

    /** "By Jane Doe" or "Outlet | @handle | 13 Sep 2023": a line of who-and-when, not of what happened. */
    private static boolean isByline(String line, int words) {
        if (words <= 12 && !LineShape.endsLikeSentence(line) && BY_LINE.matcher(line).matches()) {
            return true;
        }
        if (words <= 16 && POSTED_BY.matcher(line).find()) {
            return true;
        }
        if (words > 25 || line.indexOf('|') < 0 && line.indexOf('•') < 0) {
            return false;
        }
        var parts = line.split("\\s+\\|\\s+|\\s+•\\s+");
        if (parts.length < 2) {
            return false;
        }
        for (var part : parts) {
            if (part.startsWith("@") || DateParser.find(part).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
