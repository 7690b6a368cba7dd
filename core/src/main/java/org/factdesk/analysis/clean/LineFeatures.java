package org.factdesk.analysis.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.SeenLines;

/**
 * What the content model sees of each line: its shape (length, punctuation, case, digits, separators, a few
 * generic call-to-action words), where it sits (head, body or tail of the document, next to prose or inside a run of
 * short lines), whether it shares the story's vocabulary, whether the outlet prints it around other stories too,
 * and for a page, what its markup says (tag, enclosing elements, class and id words, links, the paragraphs' vote).
 * Every feature is computed in one pass over the line; nothing here decides anything.
 */
final class LineFeatures {

    /** Enclosing elements whose class and id words count; further out they describe the page, not the line. */
    private static final int NAMED_ANCESTORS = 6;
    /** Longer lines are read for their shape only: no call to action runs that long. */
    private static final int MAX_WORDS_READ = 80;
    private static final int SHORT = 5;
    /** Prefixes of a feature's copy tied to the page structure's verdict: dropped, kept. */
    static final String DROPPED = FeatureVector.PREFIXES[FeatureVector.DROPPED];
    static final String KEPT = FeatureVector.PREFIXES[FeatureVector.KEPT];

    /** Small generic groups of words that pages use around a story, never the words of one outlet. */
    static final Map<String, String> CUE_WORDS = cueWords();

    private LineFeatures() {
    }

    private static Map<String, String> cueWords() {
        var groups = Map.ofEntries(
                Map.entry("share", "share shares shared tweet facebook twitter whatsapp linkedin pinterest reddit telegram email "
                        + "print copy link save bookmark listen audio play podcast"),
                Map.entry("subscribe", "subscribe subscription subscribers newsletter newsletters signup inbox register "
                        + "trial offer download app premium membership donate"),
                Map.entry("consent", "cookie cookies consent privacy accept agree preferences gdpr personal partners settings"),
                Map.entry("nav", "home menu search login skip next previous prev page back top contact about sitemap"),
                Map.entry("related", "related read recommended popular trending latest also stories articles watch more"),
                Map.entry("comment", "comment comments reply replies discussion posted"),
                Map.entry("advert", "advertisement advertising ad ads sponsored promoted affiliate commission"),
                Map.entry("legal", "rights reserved copyright disclaimer terms conditions delayed quotes investment advice "
                        + "liability"),
                Map.entry("author", "writes writer author reporter correspondent editor journalist contributed reporting "
                        + "editing covers"),
                Map.entry("you", "you your yours yourself"),
                Map.entry("we", "we our ours us"));
        var words = new HashMap<String, String>();
        groups.forEach((group, list) -> {
            for (var word : list.split(" ")) {
                words.put(word, group);
            }
        });
        return Map.copyOf(words);
    }

    private static final Map<org.factdesk.analysis.RemovalReason, String> RULE_FEATURES = ruleFeatures();
    private static final Map<String, String> TAG_FEATURES = tagFeatures();
    private static final String[] IN_FEATURES = java.util.Arrays.stream(ElementFrame.FLAG_NAMES).map(n -> "in:" + n)
            .toArray(String[]::new);
    private static final Map<String, String[]> CUE_FEATURES = cueFeatures();

    private static Map<org.factdesk.analysis.RemovalReason, String> ruleFeatures() {
        var features = new java.util.EnumMap<org.factdesk.analysis.RemovalReason, String>(
                org.factdesk.analysis.RemovalReason.class);
        for (var reason : org.factdesk.analysis.RemovalReason.values()) {
            features.put(reason, "rule:" + reason.name());
        }
        return features;
    }

    /** Tags a page may use are many; the block tags the collector cuts at are the ones worth a weight. */
    private static Map<String, String> tagFeatures() {
        var features = new HashMap<String, String>();
        for (var tag : BlockCollector.blockTags()) {
            features.put(tag, "tag:" + tag);
        }
        for (var tag : List.of("span", "a", "strong", "b", "em", "i", "td", "th", "time", "small", "font", "cite")) {
            features.put(tag, "tag:" + tag);
        }
        return Map.copyOf(features);
    }

    private static Map<String, String[]> cueFeatures() {
        var features = new HashMap<String, String[]>();
        for (var group : new HashSet<>(CUE_WORDS.values())) {
            features.put(group, new String[] {"cue:" + group, "cue_any:" + group, "cue_sentence:" + group});
        }
        return Map.copyOf(features);
    }

    /** Verbs that open a call to action: the reader is told to do something on the page. */
    static final Set<String> IMPERATIVES = Set.of("subscribe", "sign", "click", "tap", "download", "follow", "join",
            "share", "read", "watch", "listen", "get", "submit", "register", "log", "support", "donate", "buy", "shop",
            "see", "view", "discover", "learn", "find", "try", "save", "explore", "check", "visit", "contact", "call",
            "email", "send", "enter", "continue", "start", "book", "order", "like", "never", "don", "stay", "please");

    /** Fills {@link Line#features} of every line. */
    static void compute(List<Line> lines, boolean markup, SeenLines seen) {
        var n = lines.size();
        var shapes = new Shape[n];
        var firstProse = -1;
        var lastProse = -1;
        var firstMain = -1;
        var lastMain = -1;
        for (var i = 0; i < n; i++) {
            shapes[i] = Shape.of(lines.get(i).text);
            lines.get(i).look = shapes[i];
            if (shapes[i].prose) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
            var line = lines.get(i);
            if (line.markup != null && line.markup.insideMain()) {
                firstMain = firstMain < 0 ? i : firstMain;
                lastMain = i;
            }
        }
        var vocabulary = vocabulary(lines, shapes);
        var anchors = markup ? storyAnchors(lines, shapes) : null;
        var runs = proseRuns(shapes);
        var seenBefore = new HashSet<Long>();
        var shortRun = shortRuns(shapes);
        var nearestProse = nearestProse(shapes);
        for (var i = 0; i < n; i++) {
            var line = lines.get(i);
            var shape = shapes[i];
            var f = new FeatureVector();
            f.add("bias", 1);
            shape.addTo(f);
            f.add("pos", n == 1 ? 0 : (double) i / (n - 1));
            f.flag("first", i == 0);
            f.flag("before_prose", firstProse >= 0 && i < firstProse);
            f.flag("after_prose", lastProse >= 0 && i > lastProse);
            f.flag("no_prose", firstProse < 0);
            f.add("to_prose", Math.log1p(nearestProse[i]));
            f.add("short_run", Math.log1p(shortRun[i]));
            f.add("vocab", vocabularyShare(line.text, shape.prose, vocabulary));
            f.add("run_share", runs[0][i]);
            f.flag("run_best", runs[0][i] >= 1);
            f.add("run_distance", Math.log1p(runs[1][i]));
            f.flag("repeat", line.fingerprint != 0 && !seenBefore.add(line.fingerprint));
            var share = seen.share(line.fingerprint);
            f.add("seen", share);
            f.add("seen_x_prose", shape.prose ? share : 0);
            if (line.shape != null) {
                f.flag(RULE_FEATURES.get(line.shape), true);
            }
            neighbour(f, PREVIOUS, i > 0 ? shapes[i - 1] : null, i > 0 ? lines.get(i - 1) : null);
            neighbour(f, NEXT, i + 1 < n ? shapes[i + 1] : null, i + 1 < n ? lines.get(i + 1) : null);
            if (markup) {
                markup(f, line, shape, i, firstMain, lastMain);
                anchored(f, lines, i, anchors);
                window(f, lines, shapes, i);
                f.condition = line.structureDropped ? FeatureVector.DROPPED : FeatureVector.KEPT;
            }
            line.features = f;
        }
    }

    private static final String[] PREVIOUS = {"prev:none", "prev:prose", "prev:short", "prev:sentence", "prev:links",
        "prev:dropped"};
    private static final String[] NEXT = {"next:none", "next:prose", "next:short", "next:sentence", "next:links",
        "next:dropped"};

    private static void neighbour(FeatureVector f, String[] names, Shape shape, Line line) {
        if (shape == null) {
            f.flag(names[0], true);
            return;
        }
        f.flag(names[1], shape.prose);
        f.flag(names[2], shape.words <= SHORT);
        f.flag(names[3], shape.sentence);
        if (line.markup != null) {
            f.add(names[4], line.linkDensity());
            f.flag(names[5], line.structureDropped);
        }
    }

    private static void markup(FeatureVector f, Line line, Shape shape, int i, int firstMain, int lastMain) {
        var m = line.markup;
        var links = line.linkDensity();
        f.add("links", links);
        f.flag("links_all", links >= 0.9);
        f.flag("links_most", links >= 0.5 && links < 0.9);
        f.flag("links_some", links > 0 && links < 0.5);
        f.flag("main", m.insideMain());
        f.flag("core", m.inCore());
        f.flag("furniture", m.furniture());
        f.flag("dropped", line.structureDropped);
        f.flag("main_x_prose", m.insideMain() && shape.prose);
        f.flag("main_x_short", m.insideMain() && shape.words <= SHORT);
        f.flag("out_x_prose", !m.insideMain() && shape.prose);
        f.flag("before_main", firstMain >= 0 && i < firstMain);
        f.flag("after_main", lastMain >= 0 && i > lastMain);
        var frame = m.element();
        f.add("score", Math.min(1, frame.score));
        f.flag("score_half", frame.score >= 0.5);
        f.flag("score_quarter", frame.score >= 0.25 && frame.score < 0.5);
        f.flag("score_none", frame.score <= 0);
        var block = frame;
        while (block.parent != null && !BlockCollector.isBlock(block.element)) {
            block = block.parent;
        }
        f.flag(TAG_FEATURES.getOrDefault(block.tag, "tag:other"), true);
        for (var b = 0; b < IN_FEATURES.length; b++) {
            f.flag(IN_FEATURES[b], frame.has(1 << b));
        }
        f.flag("in:li_x_links", frame.has(ElementFrame.LIST_ITEM) && links >= 0.5);
        f.flag("in:h_x_main", frame.has(ElementFrame.HEADING) && m.insideMain());
        var names = new HashSet<String>();
        var level = 0;
        for (var e = frame; e != null && level < NAMED_ANCESTORS; e = e.parent, level++) {
            for (var name : e.nameFeatures()) {
                if (names.add(name)) {
                    f.flag(name, true);
                }
            }
        }
    }

    /** For each line, the nearest prose line the page structure kept, looking back and looking ahead (-1: none). */
    private static int[][] storyAnchors(List<Line> lines, Shape[] shapes) {
        var n = lines.size();
        var anchors = new int[2][n];
        var last = -1;
        for (var i = 0; i < n; i++) {
            anchors[0][i] = last;
            last = shapes[i].prose && !lines.get(i).structureDropped ? i : last;
        }
        last = -1;
        for (var i = n - 1; i >= 0; i--) {
            anchors[1][i] = last;
            last = shapes[i].prose && !lines.get(i).structureDropped ? i : last;
        }
        return anchors;
    }

    /**
     * How the line relates to the nearest paragraphs the structure kept: how far, whether it lies between two of
     * them, and whether it shares their parent element (a story split by an ad or a figure continues in siblings).
     */
    private static void anchored(FeatureVector f, List<Line> lines, int i, int[][] anchors) {
        var before = anchors[0][i];
        var after = anchors[1][i];
        f.flag("anchor_none", before < 0 && after < 0);
        f.flag("anchor_between", before >= 0 && after >= 0);
        var distance = Math.min(before < 0 ? Integer.MAX_VALUE : i - before, after < 0 ? Integer.MAX_VALUE : after - i);
        if (distance != Integer.MAX_VALUE) {
            f.add("anchor_distance", Math.log1p(distance));
        }
        var element = lines.get(i).markup.element();
        var parent = element.parent;
        var sibling = false;
        var depth = Integer.MAX_VALUE;
        for (var anchor : new int[] {before, after}) {
            if (anchor >= 0) {
                var other = lines.get(anchor).markup.element();
                sibling |= parent != null && other.parent != null && other.parent.element == parent.element;
                depth = Math.min(depth, Math.abs(other.depth - element.depth));
            }
        }
        f.flag("anchor_sibling", sibling);
        if (depth != Integer.MAX_VALUE) {
            f.add("anchor_depth", Math.log1p(depth));
        }
    }

    /** What the three lines on either side are: a comment thread or a teaser list is a run of alike lines. */
    private static void window(FeatureVector f, List<Line> lines, Shape[] shapes, int i) {
        var count = 0;
        var dropped = 0;
        var prose = 0;
        for (var j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
            if (j != i) {
                count++;
                dropped += lines.get(j).structureDropped ? 1 : 0;
                prose += shapes[j].prose ? 1 : 0;
            }
        }
        if (count > 0) {
            f.add("window_dropped", (double) dropped / count);
            f.add("window_prose", (double) prose / count);
        }
    }

    /**
     * Runs of prose, allowing two short lines between paragraphs (a subheading, an ad label): the longest run, by
     * words, is where a page pasted as text most likely has its story. For each line: the words of its run as a share
     * of the longest run's (0 outside any run), and how many lines away the longest run is.
     */
    private static double[][] proseRuns(Shape[] shapes) {
        var n = shapes.length;
        var runOf = new int[n];
        java.util.Arrays.fill(runOf, -1);
        var runWords = new java.util.ArrayList<Integer>();
        var runStart = new java.util.ArrayList<Integer>();
        var runEnd = new java.util.ArrayList<Integer>();
        var i = 0;
        while (i < n) {
            if (!shapes[i].prose) {
                i++;
                continue;
            }
            var start = i;
            var end = i;
            var words = 0;
            var j = i;
            var gap = 0;
            while (j < n && gap <= 2) {
                if (shapes[j].prose) {
                    end = j;
                    gap = 0;
                } else {
                    gap++;
                }
                j++;
            }
            for (var k = start; k <= end; k++) {
                words += shapes[k].words;
                runOf[k] = runWords.size();
            }
            runWords.add(words);
            runStart.add(start);
            runEnd.add(end);
            i = end + 1;
        }
        var result = new double[2][n];
        if (runWords.isEmpty()) {
            java.util.Arrays.fill(result[1], n);
            return result;
        }
        var best = 0;
        for (var r = 1; r < runWords.size(); r++) {
            best = runWords.get(r) > runWords.get(best) ? r : best;
        }
        for (var k = 0; k < n; k++) {
            result[0][k] = runOf[k] < 0 ? 0 : (double) runWords.get(runOf[k]) / runWords.get(best);
            result[1][k] = k < runStart.get(best) ? runStart.get(best) - k : k > runEnd.get(best) ? k - runEnd.get(best) : 0;
        }
        return result;
    }

    /** For each line, how many lines away the nearest prose line is (0 for prose). */
    private static int[] nearestProse(Shape[] shapes) {
        var n = shapes.length;
        var distance = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++) {
            last = shapes[i].prose ? i : last;
            distance[i] = last < 0 ? n : i - last;
        }
        last = -1;
        for (var i = n - 1; i >= 0; i--) {
            last = shapes[i].prose ? i : last;
            distance[i] = Math.min(distance[i], last < 0 ? n : last - i);
        }
        return distance;
    }

    /** For each short line, the length of the run of short lines it belongs to; menus are long runs. */
    private static int[] shortRuns(Shape[] shapes) {
        var n = shapes.length;
        var run = new int[n];
        var start = 0;
        for (var i = 0; i <= n; i++) {
            if (i == n || shapes[i].words > SHORT) {
                for (var j = start; j < i; j++) {
                    run[j] = i - start;
                }
                start = i + 1;
            }
        }
        return run;
    }

    /** Content words of the prose lines, with how many prose lines use each. */
    private static Map<String, Integer> vocabulary(List<Line> lines, Shape[] shapes) {
        var counts = new HashMap<String, Integer>();
        for (var i = 0; i < lines.size(); i++) {
            if (shapes[i].prose) {
                for (var word : new HashSet<>(StoryVocabulary.contentWords(lines.get(i).text))) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Share of the line's content words that other prose lines use too. */
    private static double vocabularyShare(String text, boolean prose, Map<String, Integer> vocabulary) {
        if (vocabulary.isEmpty()) {
            return 0;
        }
        Set<String> words = new HashSet<>(StoryVocabulary.contentWords(text));
        if (words.isEmpty()) {
            return 0;
        }
        var shared = 0;
        for (var word : words) {
            shared += vocabulary.getOrDefault(word, 0) > (prose ? 1 : 0) ? 1 : 0;
        }
        return (double) shared / words.size();
    }

    /** The look of a line, counted in one pass over its characters. */
    static final class Shape {
        int words;
        int chars;
        boolean prose;
        boolean sentence;
        double capitalised;
        double upper;
        double digits;
        double commas;
        int separators;
        boolean clock;
        boolean handle;
        boolean url;
        boolean copyright;
        boolean bullet;
        char first;
        char last;
        boolean imperative;
        final Map<String, Integer> cues = new HashMap<>(4);

        static Shape of(String text) {
            var s = new Shape();
            s.chars = text.length();
            s.words = LineShape.words(text);
            s.prose = LineShape.isProse(text);
            s.sentence = LineShape.endsLikeSentence(text);
            s.bullet = LineShape.isBullet(text);
            s.first = text.isEmpty() ? ' ' : text.charAt(0);
            s.last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
            var letters = 0;
            var upper = 0;
            var digits = 0;
            var commas = 0;
            var tokens = 0;
            var capitalisedTokens = 0;
            var word = new StringBuilder();
            var readWords = s.words <= MAX_WORDS_READ;
            var startOfToken = true;
            var firstWord = true;
            for (var i = 0; i <= text.length(); i++) {
                var c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                    if (startOfToken) {
                        tokens++;
                        capitalisedTokens += Character.isUpperCase(c) ? 1 : 0;
                        startOfToken = false;
                    }
                    if (readWords) {
                        word.append(Character.toLowerCase(c));
                    }
                    continue;
                }
                if (readWords && word.length() > 0) {
                    if (firstWord) {
                        s.imperative = IMPERATIVES.contains(word.toString());
                        firstWord = false;
                    }
                    var group = CUE_WORDS.get(word.toString());
                    if (group != null) {
                        s.cues.merge(group, 1, Integer::sum);
                    }
                    word.setLength(0);
                }
                if (Character.isWhitespace(c)) {
                    startOfToken = true;
                } else if (Character.isDigit(c)) {
                    digits++;
                    startOfToken = false;
                    if (i + 3 < text.length() && text.charAt(i + 1) == ':' && Character.isDigit(text.charAt(i + 2))
                            && Character.isDigit(text.charAt(i + 3))) {
                        s.clock = true;
                    }
                } else if (c == ',') {
                    commas++;
                } else if (c == '|' || c == '·' || c == '•' || c == '»' || c == '›' || c == '«' || c == '‹'
                        || c == '>' || c == '/' || c == '~' || c == '▪' || c == '►') {
                    s.separators++;
                } else if (c == '@') {
                    s.handle = true;
                } else if (c == '©') {
                    s.copyright = true;
                }
            }
            s.url = text.contains("http") || text.contains("www.") || text.contains(".com");
            s.capitalised = tokens == 0 ? 0 : (double) capitalisedTokens / tokens;
            s.upper = letters == 0 ? 0 : (double) upper / letters;
            s.digits = s.chars == 0 ? 0 : (double) digits / s.chars;
            s.commas = s.words == 0 ? 0 : (double) commas / s.words;
            return s;
        }

        void addTo(FeatureVector f) {
            f.add("words", Math.log1p(words));
            f.flag("w1", words == 1);
            f.flag("w2_3", words >= 2 && words <= 3);
            f.flag("w4_6", words >= 4 && words <= 6);
            f.flag("w7_12", words >= 7 && words <= 12);
            f.flag("w13_25", words >= 13 && words <= 25);
            f.flag("w26_60", words >= 26 && words <= 60);
            f.flag("w61", words > 60);
            f.flag("prose", prose);
            f.flag("sentence", sentence);
            f.flag("ends_colon", last == ':');
            f.flag("ends_comma", last == ',' || last == ';');
            f.flag("ends_letter", Character.isLetterOrDigit(last));
            f.flag("starts_upper", Character.isUpperCase(first));
            f.flag("starts_lower", Character.isLowerCase(first));
            f.flag("starts_digit", Character.isDigit(first));
            f.flag("starts_quote", "\"“‘'«„".indexOf(first) >= 0);
            f.flag("starts_paren", first == '(' || first == '[');
            f.flag("bullet", bullet);
            f.add("capitalised", capitalised);
            f.flag("title_case", words >= 2 && capitalised >= 0.8);
            f.add("upper", upper);
            f.flag("all_caps", upper >= 0.8 && chars >= 4);
            f.add("digits", Math.min(1, digits * 4));
            f.add("commas", Math.min(1, commas * 5));
            f.add("separators", Math.log1p(separators));
            f.flag("clock", clock);
            f.flag("handle", handle);
            f.flag("url", url);
            f.flag("copyright", copyright);
            f.flag("imperative", imperative);
            f.flag("question", last == '?');
            f.flag("exclamation", last == '!');
            for (var cue : cues.entrySet()) {
                var names = CUE_FEATURES.get(cue.getKey());
                f.add(names[0], Math.min(1, (double) cue.getValue() / Math.max(1, words) * 3));
                f.flag(names[1], true);
                // "She declined to comment." is a sentence of the story; "Comments (3)" is page furniture
                f.flag(names[2], sentence);
            }
        }
    }
}
