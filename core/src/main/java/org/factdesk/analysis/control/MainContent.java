package org.factdesk.analysis.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the story, the way reader modes do: every paragraph of unlinked prose votes for its
 * parent and, more weakly, for its grandparent and great-grandparent; a vote counts more for longer paragraphs and
 * for commas, which run in sentences but not in menus. Names like "article-body" add to a container's score and
 * names like "comments" or "sidebar" take from it; links take their share away. The best container wins, and its
 * siblings join it when they score close to it or are prose paragraphs themselves (stories split by ads).
 */
final class MainContent {

    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 5;
    /** Runners-up this close to the winner, sharing an ancestor with it, mean the story is split over containers. */
    private static final double RUNNER_UP_SHARE = 0.75;
    private static final int RUNNERS_UP = 5;
    private static final int MIN_SHARED_RUNNERS_UP = 3;
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    private static final int MIN_SIBLING_PARAGRAPH = 80;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
    /** A paragraph of plain divs is as good as a p: many CMSs write their story in divs. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "div", "section", "li", "dd");

    private MainContent() {
    }

    /**
     * @param containers the winning container and the siblings that continue it, in document order
     * @param core       the best-scoring element inside them: whatever contains it is part of the story, whatever
     *                   its name says
     */
    record Story(Set<Element> containers, Element core) {
    }

    /** Where the story is; the whole body when no paragraph scores. */
    static Story pick(Element body) {
        var stats = TextStats.of(body);
        var scores = new HashMap<Element, Double>();
        for (var element : body.getAllElements()) {
            if (!PARAGRAPHS.contains(element.normalName())) {
                continue;
            }
            var text = ownProse(element, stats);
            if (text < MIN_PARAGRAPH) {
                continue;
            }
            var vote = 1 + commas(element) + Math.min(text / 100.0, 3);
            var ancestor = element.parent();
            for (var level = 1; level <= LEVELS && ancestor != null; level++) {
                scores.merge(ancestor, vote / (level == 1 ? 1 : level == 2 ? 2 : (level - 1) * 3.0), Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        var topScore = 0.0;
        var finalScores = new HashMap<Element, Double>();
        for (var entry : scores.entrySet()) {
            var candidate = entry.getKey();
            if (candidate == body || "html".equals(candidate.normalName())) {
                continue;
            }
            var score = (entry.getValue() + ElementNames.weight(candidate)) * (1 - stats.linkDensity(candidate));
            finalScores.put(candidate, score);
            if (score > topScore) {
                top = candidate;
                topScore = score;
            }
        }
        if (top == null) {
            return new Story(Set.of(body), body);
        }
        var container = climb(sharedAncestor(top, topScore, finalScores, body), finalScores, body);
        var containerScore = Math.max(topScore, finalScores.getOrDefault(container, 0.0));
        var containers = withSiblings(container, containerScore, finalScores, stats);
        containers.addAll(sameKindAs(top, containers, scores.keySet(), body));
        return new Story(containers, top);
    }

    /**
     * Publishing software renders every chunk of a story body with the same markup, so elements of the core's tag
     * and class elsewhere on the page are more of the story (between them sit ads and embeds), unless they sit in
     * furniture such as a comment thread.
     */
    private static List<Element> sameKindAs(Element core, Set<Element> containers, Set<Element> scored, Element body) {
        var className = core.className().strip();
        if (className.isEmpty() || ElementNames.soundsLikeFurniture(core)) {
            return List.of();
        }
        var more = new ArrayList<Element>();
        for (var element : body.getElementsByClass(className.split("\\s+")[0])) {
            if (element != core && scored.contains(element) && element.normalName().equals(core.normalName())
                    && element.className().strip().equals(className) && !inside(element, containers)
                    && !inFurniture(element, body)) {
                more.add(element);
            }
        }
        return more;
    }

    private static boolean inFurniture(Element element, Element body) {
        for (var parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (ElementNames.soundsLikeFurniture(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Element element, Set<Element> containers) {
        for (var parent = element; parent != null; parent = parent.parent()) {
            if (containers.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** When several strong runners-up sit under one ancestor of the winner, that ancestor holds the whole story. */
    private static Element sharedAncestor(Element top, double topScore, Map<Element, Double> scores, Element body) {
        var runnersUp = scores.entrySet().stream().filter(e -> e.getKey() != top)
                .filter(e -> e.getValue() >= RUNNER_UP_SHARE * topScore)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(RUNNERS_UP)
                .map(Map.Entry::getKey).toList();
        if (runnersUp.size() < MIN_SHARED_RUNNERS_UP) {
            return top;
        }
        for (var ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            var shared = 0;
            for (var runnerUp : runnersUp) {
                shared += ancestor != runnerUp && runnerUp.parents().contains(ancestor) ? 1 : 0;
            }
            if (shared >= MIN_SHARED_RUNNERS_UP) {
                return ancestor;
            }
        }
        return top;
    }

    /** Moves up while an ancestor scores better, or while the winner is its parent's only child. */
    private static Element climb(Element top, Map<Element, Double> scores, Element body) {
        var best = top;
        var lastScore = scores.getOrDefault(top, 0.0);
        var threshold = lastScore / 3;
        for (var parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            var score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > lastScore) {
                best = parent;
                break;
            }
            lastScore = score;
        }
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    private static Set<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
                                             TextStats stats) {
        var parent = top.parent();
        if (parent == null) {
            return new LinkedHashSet<>(Set.of(top));
        }
        var threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        var picked = new LinkedHashSet<Element>();
        for (var sibling : parent.children()) {
            // A sibling of the same class is the next section of the same story.
            var bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * SIBLING_SHARE : 0;
            if (sibling == top || scores.getOrDefault(sibling, 0.0) + bonus >= threshold || isProseParagraph(sibling, stats)) {
                picked.add(sibling);
            }
        }
        return picked;
    }

    private static boolean isProseParagraph(Element element, TextStats stats) {
        if (!"p".equals(element.normalName())) {
            return false;
        }
        var length = stats.text(element);
        var linkDensity = stats.linkDensity(element);
        return length >= MIN_SIBLING_PARAGRAPH && linkDensity < MAX_SIBLING_LINK_DENSITY
                || length > 0 && linkDensity == 0 && element.text().contains(". ");
    }

    /** Unlinked text directly inside the element (and its inline children), not inside nested blocks. */
    private static int ownProse(Element element, TextStats stats) {
        var length = 0;
        var linked = 0;
        for (var node : element.childNodes()) {
            if (node instanceof TextNode text) {
                length += TextStats.visibleLength(text.getWholeText().strip());
            } else if (node instanceof Element child && !BlockCollector.isBlock(child)) {
                length += stats.text(child);
                linked += stats.linked(child);
            }
        }
        return linked * 2 > length ? 0 : length - linked;
    }

    private static int commas(Element element) {
        var count = 0;
        for (var node : element.childNodes()) {
            if (node instanceof TextNode text) {
                var value = text.text();
                for (var i = 0; i < value.length(); i++) {
                    count += value.charAt(i) == ',' ? 1 : 0;
                }
            }
        }
        return count;
    }
}
