package org.factdesk.analysis.clean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factdesk.analysis.SeenLines;
import org.factdesk.analysis.evaluation.SegmentScore;
import org.factdesk.analysis.evaluation.ShingleScore;

/**
 * Trains the {@link ContentModel} on benchmark pages, read through the cleaner's own stages: each page as the
 * product reads an uploaded .html file (lines with their markup) and as it reads the same page pasted as plain text
 * (every block of the page a line). A line is content when its words are in the gold text (Scrapinghub, Mozilla) or
 * when it holds a segment annotated as text (Trafilatura), furniture when they are not or when it holds a segment
 * annotated as boilerplate, and unknown otherwise; see {@link GoldLabels}. The headline is the line that matches the
 * gold title (Mozilla) or the title the page declares in its head.
 *
 * <p>Cross-validation is by site: every page of a site is in one fold, so every figure on a page comes from a model
 * that saw neither that page nor its site. Inside the training folds, an inner cross-validation (by site again)
 * chooses each model's regularisation and, for the line models, how sure they must be to overrule the page
 * structure, by the benchmarks' own measures on the outputs of the product's decision and assembly code.
 * Mozilla's "Lorem ipsum" pages are scored but never trained on: the engine drops template filler on purpose.
 */
public final class ContentTraining {

    public static final int FOLDS = 5;
    static final double[] L2_CHOICES = {0.2, 0.6};
    static final double[] TITLE_L2_CHOICES = {0.3, 1, 3};
    /** Log-odds added for lines the page structure dropped, and for lines it kept. */
    static final double[] DROPPED_OFFSETS = {0, -0.5, -1, -1.5, -2};
    static final double[] KEPT_OFFSETS = {0, 0.5, 1};
    static final double[] TEXT_OFFSETS = {-1, -0.5, 0, 0.5, 1};
    /** A feature seen on fewer training pages than this gets no weight: it would name one site. */
    static final int MIN_PAGES = 3;
    /**
     * Pasted copies hold the story with little or none of the page around it, and some pastes hold no story at all.
     * Besides the whole page as text, the text model trains on the page's text cut to its story with this many lines
     * either side, and on its lines outside the story alone, so that neither the end of a text nor the lack of prose
     * decides what a line is.
     */
    static final int[] CROP_CONTEXT = {0, 3};
    /** The measures the choice is made on: the two benchmarks of news and blog pages. */
    private static final Set<String> SELECTION = Set.of(BenchmarkPage.SCRAPINGHUB, BenchmarkPage.TRAFILATURA);

    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Prepared> pages = new ArrayList<>();

    /** One view of one page: its lines, their features as ids, labels and weights, and its title candidates. */
    static final class View {
        final List<Line> lines;
        int[][] ids;
        float[][] values;
        double[] labels;
        double[] weights;
        int[][] titleIds;
        float[][] titleValues;
        boolean[] titleLabels;
        boolean hasTitle;

        View(List<Line> lines) {
            this.lines = lines;
        }
    }

    /** A page read both ways. */
    static final class Prepared {
        final BenchmarkPage page;
        final String declaredTitle;
        final String title;
        final View markup;
        final View text;
        final boolean filler;
        /** The text cut to the story and to what surrounds it; the text model trains on them too. */
        final List<View> crops = new ArrayList<>();
        Set<Long> fingerprints;

        Prepared(BenchmarkPage page, String declaredTitle, View markup, View text) {
            this.page = page;
            this.declaredTitle = declaredTitle;
            this.title = page.goldTitle() != null ? page.goldTitle() : declaredTitle;
            this.markup = markup;
            this.text = text;
            this.filler = page.goldText() != null && page.goldText().toLowerCase(Locale.ROOT).contains("lorem ipsum");
        }

        View view(boolean markup) {
            return markup ? this.markup : this.text;
        }
    }

    /** A model's log-odds for a line given as feature ids and values. */
    interface Scorer {
        double logit(int[] ids, float[] values);
    }

    public ContentTraining(Collection<BenchmarkPage> benchmark) {
        var cleaner = new TextCleaner(new ContentModel(Map.of()));
        var guard = new InputGuard();
        var html = new HtmlCleaner();
        for (var page : benchmark) {
            var guarded = guard.guardMarkup(page.html());
            var htmlPage = html.clean(guarded.text());
            var metadata = htmlPage.metadata();
            var rendered = new StringBuilder();
            for (var block : htmlPage.blocks()) {
                rendered.append(block.text()).append('\n');
            }
            var text = guard.guard(rendered.toString()).text();
            var prepared = new Prepared(page, metadata.titleInHead() ? metadata.title() : null,
                    new View(cleaner.lines(htmlPage.blocks())), new View(cleaner.lines(TextCleaner.textBlocks(text))));
            prepared.fingerprints = new HashSet<>();
            prepared.markup.lines.forEach(line -> prepared.fingerprints.add(line.fingerprint));
            prepared.fingerprints.remove(0L);
            pages.add(prepared);
        }
        var bySite = new HashMap<String, List<Prepared>>();
        pages.forEach(p -> bySite.computeIfAbsent(p.page.site(), s -> new ArrayList<>()).add(p));
        for (var prepared : pages) {
            var seen = seenOnSite(prepared, bySite.get(prepared.page.site()));
            finish(prepared.markup, true, seen, prepared);
            finish(prepared.text, false, seen, prepared);
            addCrops(prepared, cleaner, seen);
        }
    }

    private void addCrops(Prepared page, TextCleaner cleaner, SeenLines seen) {
        var lines = page.text.lines;
        var first = -1;
        var last = -1;
        var outside = new ArrayList<String>();
        for (var i = 0; i < lines.size(); i++) {
            if (page.text.labels[i] == 1) {
                first = first < 0 ? i : first;
                last = i;
            } else if (!Double.isNaN(page.text.labels[i])) {
                outside.add(lines.get(i).source);
            }
        }
        if (first < 0) {
            return;
        }
        var texts = new ArrayList<String>();
        for (var context : CROP_CONTEXT) {
            var from = Math.max(0, first - context);
            var to = Math.min(lines.size(), last + 1 + context);
            texts.add(String.join("\n", lines.subList(from, to).stream().map(line -> line.source).toList()));
        }
        if (!outside.isEmpty()) {
            texts.add(String.join("\n", outside));
        }
        for (var text : texts) {
            var view = new View(cleaner.lines(TextCleaner.textBlocks(text)));
            finish(view, false, seen, page);
            // together the crops weigh as much as the whole page
            for (var i = 0; i < view.weights.length; i++) {
                view.weights[i] /= texts.size();
            }
            page.crops.add(view);
        }
    }

    /** What the server would pass for a page: the lines of the site's other pages. */
    static SeenLines seenOnSite(Prepared page, List<Prepared> site) {
        var counts = new HashMap<Long, Integer>();
        var documents = 0;
        for (var other : site) {
            if (other != page) {
                documents++;
                other.fingerprints.forEach(f -> counts.merge(f, 1, Integer::sum));
            }
        }
        return documents == 0 ? SeenLines.NONE : new SeenLines(counts, documents);
    }

    /** The lines of the other pages of the page's site, as the evaluation passes them with the page. */
    public SeenLines seenOnSite(BenchmarkPage page) {
        var prepared = pages.stream().filter(p -> p.page.key().equals(page.key())).findFirst().orElseThrow();
        return seenOnSite(prepared, pages.stream().filter(p -> p.page.site().equals(page.site())).toList());
    }

    private void finish(View view, boolean markup, SeenLines seen, Prepared page) {
        LineFeatures.compute(view.lines, markup, seen);
        var n = view.lines.size();
        view.ids = new int[n][];
        view.values = new float[n][];
        for (var i = 0; i < n; i++) {
            view.ids[i] = ids(view.lines.get(i).features);
            view.values[i] = values(view.lines.get(i).features);
            view.lines.get(i).features = null;
        }
        GoldLabels.label(view, page.page, page.title);
        // Title candidates as an exact content model would leave them: the gold's lines kept, all others cut.
        for (var i = 0; i < n; i++) {
            var line = view.lines.get(i);
            line.keep();
            if (!(view.labels[i] == 1)) {
                line.drop(org.factdesk.analysis.RemovalReason.BOILERPLATE);
            }
        }
        var candidates = TitleFeatures.candidates(view.lines, Headline.bodyStart(view.lines), markup, seen);
        view.titleIds = new int[candidates.size()][];
        view.titleValues = new float[candidates.size()][];
        view.titleLabels = new boolean[candidates.size()];
        for (var c = 0; c < candidates.size(); c++) {
            var candidate = candidates.get(c);
            view.titleIds[c] = ids(candidate.features());
            view.titleValues[c] = values(candidate.features());
            view.titleLabels[c] = page.title != null
                    && TextCleaner.sameHeadline(view.lines.get(candidate.index()).text, page.title);
            view.hasTitle |= view.titleLabels[c];
        }
    }

    /** Feature ids; under a condition each feature also as its copy for that condition, as the model weighs it. */
    private int[] ids(FeatureVector features) {
        var copies = features.condition == FeatureVector.NONE ? 1 : 2;
        var ids = new int[features.size() * copies];
        for (var k = 0; k < features.size(); k++) {
            ids[k * copies] = id(features.name(k));
            if (copies == 2) {
                ids[k * copies + 1] = id(FeatureVector.PREFIXES[features.condition] + features.name(k));
            }
        }
        return ids;
    }

    private int id(String feature) {
        return dictionary.computeIfAbsent(feature, name -> {
            names.add(name);
            return names.size() - 1;
        });
    }

    private static float[] values(FeatureVector features) {
        var copies = features.condition == FeatureVector.NONE ? 1 : 2;
        var values = new float[features.size() * copies];
        for (var k = 0; k < features.size(); k++) {
            for (var c = 0; c < copies; c++) {
                values[k * copies + c] = (float) features.value(k);
            }
        }
        return values;
    }

    List<Prepared> pages() {
        return pages;
    }

    /** The fold of a site, the same in every run. */
    static int fold(String site) {
        return Math.floorMod(site.hashCode() * 31 + 7, FOLDS);
    }

    public static int foldOf(String site) {
        return fold(site);
    }

    /** Where the model of a fold is written (test resources, next to this class), as a class-path resource. */
    public static String foldResource(int fold) {
        return "/org/factdesk/analysis/clean/folds/fold-" + fold + ".weights";
    }

    /** Each page's model: trained, with its choices, on the folds that do not hold its site. */
    public Map<String, ContentModel> crossValidated(java.io.PrintStream log) {
        return crossValidated(log, new ContentModel[FOLDS]);
    }

    /** @param folds receives the model of each fold */
    public Map<String, ContentModel> crossValidated(java.io.PrintStream log, ContentModel[] folds) {
        var models = new LinkedHashMap<String, ContentModel>();
        for (var fold = 0; fold < FOLDS; fold++) {
            var held = fold;
            var training = pages.stream().filter(p -> fold(p.page.site()) != held).toList();
            log.println("fold " + fold + ": " + training.size() + " training pages");
            var model = train(training, log);
            folds[fold] = model;
            pages.stream().filter(p -> fold(p.page.site()) == held).forEach(p -> models.put(p.page.key(), model));
        }
        return models;
    }

    /** The four models fitted on the given pages, each with the choices an inner cross-validation makes. */
    public ContentModel train(List<Prepared> training, java.io.PrintStream log) {
        var trainable = training.stream().filter(p -> !p.filler).toList();
        var model = new ContentModel(Map.of());
        for (var markup : new boolean[] {true, false}) {
            var l2 = selectTitleL2(trainable, markup, log);
            model = model.with(markup ? ContentModel.TITLE_MARKUP : ContentModel.TITLE_TEXT,
                    new LinearModel(fitTitles(trainable, markup, l2)));
        }
        for (var markup : new boolean[] {true, false}) {
            var choice = selectLines(trainable, markup, model, log);
            var weights = new HashMap<>(fitLines(trainable, markup, choice.l2));
            if (markup) {
                weights.merge(LineFeatures.DROPPED + "bias", choice.dropped, Double::sum);
                weights.merge(LineFeatures.KEPT + "bias", choice.kept, Double::sum);
            } else {
                weights.merge("bias", choice.dropped, Double::sum);
            }
            model = model.with(markup ? ContentModel.MARKUP : ContentModel.TEXT, new LinearModel(weights));
        }
        return model;
    }

    private record Choice(double l2, double dropped, double kept, double score) {
    }

    private Choice selectLines(List<Prepared> training, boolean markup, ContentModel titles, java.io.PrintStream log) {
        var droppedOffsets = markup ? DROPPED_OFFSETS : TEXT_OFFSETS;
        var keptOffsets = markup ? KEPT_OFFSETS : new double[] {0};
        var best = new Choice(0, 0, 0, -1);
        for (var l2 : L2_CHOICES) {
            var scores = new Scores[droppedOffsets.length][keptOffsets.length];
            for (var d = 0; d < droppedOffsets.length; d++) {
                for (var k = 0; k < keptOffsets.length; k++) {
                    scores[d][k] = new Scores();
                }
            }
            for (var held : innerFolds(training)) {
                var inner = training.stream().filter(p -> fold(p.page.site()) != held).toList();
                var scorer = scorer(new LinearModel(fitLines(inner, markup, l2)));
                for (var page : training.stream().filter(p -> fold(p.page.site()) == held).toList()) {
                    var logits = logits(page.view(markup), scorer);
                    for (var d = 0; d < droppedOffsets.length; d++) {
                        for (var k = 0; k < keptOffsets.length; k++) {
                            scores[d][k].add(page, simulate(page, markup, logits, droppedOffsets[d], keptOffsets[k],
                                    titles));
                        }
                    }
                }
            }
            for (var d = 0; d < droppedOffsets.length; d++) {
                for (var k = 0; k < keptOffsets.length; k++) {
                    var score = scores[d][k].mean(SELECTION);
                    if (score > best.score) {
                        best = new Choice(l2, droppedOffsets[d], keptOffsets[k], score);
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "  %s lines: l2=%.2f offsets %.1f/%.1f, inner %.4f%n",
                markup ? "markup" : "text", best.l2, best.dropped, best.kept, best.score);
        return best;
    }

    private double selectTitleL2(List<Prepared> training, boolean markup, java.io.PrintStream log) {
        var best = TITLE_L2_CHOICES[0];
        var bestScore = -1.0;
        for (var l2 : TITLE_L2_CHOICES) {
            var right = 0;
            var total = 0;
            for (var held : innerFolds(training)) {
                var inner = training.stream().filter(p -> fold(p.page.site()) != held).toList();
                var scorer = scorer(new LinearModel(fitTitles(inner, markup, l2)));
                for (var page : training.stream().filter(p -> fold(p.page.site()) == held).toList()) {
                    if (page.title != null) {
                        total++;
                        right += pickedTitle(page.view(markup), scorer) ? 1 : 0;
                    }
                }
            }
            var score = total == 0 ? 0 : (double) right / total;
            if (score > bestScore) {
                bestScore = score;
                best = l2;
            }
        }
        log.printf(Locale.ROOT, "  %s titles: l2=%.2f, inner accuracy %.4f%n",
                markup ? "markup" : "text", best, bestScore);
        return best;
    }

    /** Whether the candidate the model ranks first, if it reads as a headline at all, is the page's headline. */
    static boolean pickedTitle(View view, Scorer scorer) {
        var best = -1;
        var bestLogit = 0.0;
        for (var c = 0; c < view.titleIds.length; c++) {
            var logit = scorer.logit(view.titleIds[c], view.titleValues[c]);
            if (logit >= bestLogit) {
                best = c;
                bestLogit = logit;
            }
        }
        return best >= 0 && view.titleLabels[best];
    }

    private static List<Integer> innerFolds(List<Prepared> training) {
        return training.stream().map(p -> fold(p.page.site())).distinct().sorted().toList();
    }

    private Map<String, Double> fitLines(List<Prepared> training, boolean markup, double l2) {
        var examples = new ArrayList<LogisticRegression.Example>();
        var views = new ArrayList<int[][]>();
        for (var page : training) {
            var own = new ArrayList<int[]>();
            var pageViews = new ArrayList<View>(List.of(page.view(markup)));
            if (!markup) {
                pageViews.addAll(page.crops);
            }
            for (var view : pageViews) {
                for (var i = 0; i < view.lines.size(); i++) {
                    if (!Double.isNaN(view.labels[i]) && view.weights[i] > 0) {
                        examples.add(new LogisticRegression.Example(view.ids[i], view.values[i], view.labels[i],
                                view.weights[i]));
                        own.add(view.ids[i]);
                    }
                }
            }
            views.add(own.toArray(int[][]::new));
        }
        return fit(examples, views, l2);
    }

    private Map<String, Double> fitTitles(List<Prepared> training, boolean markup, double l2) {
        var examples = new ArrayList<LogisticRegression.Example>();
        var views = new ArrayList<int[][]>();
        for (var page : training) {
            var view = page.view(markup);
            if (page.title == null || view.titleIds.length == 0) {
                continue;
            }
            // every page weighs 1, shared by its candidates
            var weight = 1.0 / view.titleIds.length;
            for (var c = 0; c < view.titleIds.length; c++) {
                examples.add(new LogisticRegression.Example(view.titleIds[c], view.titleValues[c],
                        view.titleLabels[c] ? 1 : 0, view.titleLabels[c] ? 1 : weight));
            }
            views.add(view.titleIds);
        }
        return fit(examples, views, l2);
    }

    /** Fits on the examples; a feature found on fewer than {@value #MIN_PAGES} pages keeps weight 0. */
    private Map<String, Double> fit(List<LogisticRegression.Example> examples, List<int[][]> pagesIds, double l2) {
        var pagesWith = new int[names.size()];
        for (var page : pagesIds) {
            var seen = new HashSet<Integer>();
            for (var ids : page) {
                for (var id : ids) {
                    if (seen.add(id)) {
                        pagesWith[id]++;
                    }
                }
            }
        }
        var bias = dictionary.get("bias");
        var usable = new boolean[names.size()];
        for (var j = 0; j < usable.length; j++) {
            usable[j] = pagesWith[j] >= MIN_PAGES || j == bias;
        }
        var weights = LogisticRegression.fit(examples, names.size(), usable, bias, l2);
        var named = new HashMap<String, Double>();
        for (var j = 0; j < weights.length; j++) {
            if (usable[j] && Math.abs(weights[j]) >= 1e-4) {
                named.put(names.get(j), weights[j]);
            }
        }
        return named;
    }

    Scorer scorer(LinearModel model) {
        var weights = new double[names.size()];
        for (var j = 0; j < weights.length; j++) {
            weights[j] = model.weight(names.get(j));
        }
        return (ids, values) -> {
            var z = 0.0;
            for (var k = 0; k < ids.length; k++) {
                z += weights[ids[k]] * values[k];
            }
            return z;
        };
    }

    private static double[] logits(View view, Scorer scorer) {
        var logits = new double[view.lines.size()];
        for (var i = 0; i < logits.length; i++) {
            logits[i] = scorer.logit(view.ids[i], view.values[i]);
        }
        return logits;
    }

    /** The page's cleaned text under a model, through the product's decision and assembly. */
    String simulate(Prepared page, boolean markup, ContentModel model) {
        var view = page.view(markup);
        return simulate(page, markup, logits(view, scorer(model.lines(markup))), 0, 0, model);
    }

    private static String simulate(Prepared page, boolean markup, double[] logits, double droppedOffset,
                                   double keptOffset, ContentModel titles) {
        var view = page.view(markup);
        for (var i = 0; i < logits.length; i++) {
            var line = view.lines.get(i);
            var offset = !markup || line.structureDropped ? droppedOffset : keptOffset;
            line.content = line.text.isEmpty() ? 0 : 1 / (1 + Math.exp(-(logits[i] + offset)));
        }
        TextCleaner.decide(view.lines, markup);
        var seen = SeenLines.NONE;
        return TextCleaner.finish(view.lines, markup, markup ? page.declaredTitle : null, Set.of(), seen, titles).text();
    }

    /** How often the model's title is the page's headline, on the pages that have one. */
    double titleAccuracy(List<Prepared> scored, boolean markup, Function<Prepared, ContentModel> models) {
        var right = 0;
        var total = 0;
        for (var page : scored) {
            if (page.title != null) {
                total++;
                right += pickedTitle(page.view(markup), scorer(models.apply(page).titles(markup))) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }

    /** The benchmarks' measures, by dataset, on simulated outputs. */
    static final class Scores {
        private final Map<String, ShingleScore> shingles = new LinkedHashMap<>();
        private final Map<String, SegmentScore> segments = new LinkedHashMap<>();

        void add(Prepared page, String text) {
            var p = page.page;
            if (p.goldText() != null) {
                shingles.computeIfAbsent(p.dataset(), d -> new ShingleScore()).add(p.goldText(), text);
            } else {
                segments.computeIfAbsent(p.dataset(), d -> new SegmentScore()).add(text, p.with(), p.without());
            }
        }

        double mean(Set<String> datasets) {
            var sum = 0.0;
            var count = 0;
            for (var entry : shingles.entrySet()) {
                if (datasets.contains(entry.getKey())) {
                    sum += entry.getValue().f1();
                    count++;
                }
            }
            for (var entry : segments.entrySet()) {
                if (datasets.contains(entry.getKey())) {
                    sum += entry.getValue().f1();
                    count++;
                }
            }
            return count == 0 ? 0 : sum / count;
        }

        @Override
        public String toString() {
            var out = new StringBuilder();
            shingles.forEach((d, s) -> out.append(String.format(Locale.ROOT, "%s=%.4f ", d, s.f1())));
            segments.forEach((d, s) -> out.append(String.format(Locale.ROOT, "%s=%.4f ", d, s.f1())));
            return out.toString().strip();
        }
    }
}
