package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the story, the way reader modes do: containers collect the {@link ParagraphVotes} of
 * their paragraphs, names like "article-body" add to a container's score and names like "comments" or "sidebar" take
 * from it, and links take their share away. The best container wins; it grows to an ancestor when strong runners-up
 * share it or it scores better, and siblings join it when they score close to it, carry its class, or are prose
 * paragraphs themselves (stories split by ads). Chunks elsewhere with the winner's own markup join too.
 */
final class MainContent {

    /** Runners-up this close to the winner, sharing an ancestor with it, mean the story is split over containers. */
    private static final double RUNNER_UP_SHARE = 0.75;
    private static final int RUNNERS_UP = 5;
    private static final int MIN_SHARED_RUNNERS_UP = 3;
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    private static final int MIN_SIBLING_PARAGRAPH = 80;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.25;

    private MainContent() {
    }

    /**
     * @param containers the winning container and the siblings that continue it, in document order
     * @param core       the best-scoring element inside them: whatever contains it is part of the story, whatever
     *                   its name says
     * @param scores     each voted-for container's score as a share of the winner's
     */
    record Story(Set<Element> containers, Element core, Map<Element, Double> scores) {
    }

    /** Where the story is; the whole body when no paragraph scores. */
    static Story pick(Element body) {
        var stats = TextStats.of(body);
        var scores = ParagraphVotes.count(body, stats);
        Element top = null;
        var topScore = 0.0;
        var finalScores = new HashMap<Element, Double>();
        for (var entry : scores.entrySet()) {
            var candidate = entry.getKey();
            // Votes also reach the body's ancestors (html, the document itself): the story is inside the body.
            if (candidate == body || body.parents().contains(candidate) || candidate instanceof org.jsoup.nodes.Document) {
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
            return new Story(Set.of(body), body, Map.of());
        }
        var container = climb(sharedAncestor(top, topScore, finalScores, body), finalScores, body);
        var containerScore = Math.max(topScore, finalScores.getOrDefault(container, 0.0));
        var containers = withSiblings(container, containerScore, finalScores, stats);
        containers.addAll(sameKindAs(top, containers, scores.keySet(), body));
        var shares = new java.util.IdentityHashMap<Element, Double>();
        for (var entry : finalScores.entrySet()) {
            shares.put(entry.getKey(), Math.max(0, entry.getValue()) / topScore);
        }
        return new Story(containers, top, shares);
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
            var sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
            var score = scores.getOrDefault(sibling, 0.0) + (sameClass ? topScore * SIBLING_SHARE : 0);
            if (sibling == top || score >= threshold || isProseParagraph(sibling, stats)) {
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
}
