package org.factdesk.analysis.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.SeenLines;

/**
 * The learned half of cleaning, four logistic regressions: for each line of a page (with what its markup says) and
 * of plain text, how likely it is part of the story; and for each line above the story, how likely it is the
 * headline. Trained on public extraction benchmarks by {@code TrainContentModel} (test scope) and shipped as
 * readable "feature TAB weight" lines in {@value #RESOURCE}, one section per model. Immutable; thread-safe.
 */
public final class ContentModel {

    static final String RESOURCE = "content-lines.weights";
    static final String MARKUP = "markup";
    static final String TEXT = "text";
    static final String TITLE_MARKUP = "title-markup";
    static final String TITLE_TEXT = "title-text";
    private static final List<String> SECTIONS = List.of(MARKUP, TEXT, TITLE_MARKUP, TITLE_TEXT);

    private static volatile ContentModel shipped;

    private final Map<String, LinearModel> models;

    ContentModel(Map<String, LinearModel> models) {
        this.models = Map.copyOf(models);
    }

    /** The weights that ship with the engine, read once. */
    public static ContentModel shipped() {
        var model = shipped;
        if (model == null) {
            try (var in = ContentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Content model missing from the classpath: " + RESOURCE);
                }
                model = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = model;
        }
        return model;
    }

    LinearModel lines(boolean fromMarkup) {
        return section(fromMarkup ? MARKUP : TEXT);
    }

    LinearModel titles(boolean fromMarkup) {
        return section(fromMarkup ? TITLE_MARKUP : TITLE_TEXT);
    }

    LinearModel section(String name) {
        return models.getOrDefault(name, new LinearModel(Map.of()));
    }

    /** The same model with one section replaced. */
    ContentModel with(String section, LinearModel model) {
        var copy = new HashMap<>(models);
        copy.put(section, model);
        return new ContentModel(copy);
    }

    /**
     * Index of the headline among the lines above {@code end}: the candidate the title model ranks first, or -1 when
     * there is none. On a page the model must also find it more likely a headline than not (as the training scored
     * it), since a page's head is often all menus; plain text that has a line above its story leads with its
     * headline, so there the best candidate stands even when a short story gives the model little to go on.
     */
    int headline(List<Line> lines, int end, boolean fromMarkup, SeenLines seen) {
        var model = titles(fromMarkup);
        var best = -1;
        var bestLogit = fromMarkup ? 0.0 : Double.NEGATIVE_INFINITY;
        for (var candidate : TitleFeatures.candidates(lines, end, fromMarkup, seen)) {
            var logit = model.logit(candidate.features());
            if (logit >= bestLogit) {
                best = candidate.index();
                bestLogit = logit;
            }
        }
        return best;
    }

    /** A model written in the shipped format, e.g. one trained on part of the benchmarks for cross-validation. */
    public static ContentModel read(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        var sections = new LinkedHashMap<String, Map<String, Double>>();
        Map<String, Double> section = null;
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new HashMap<>());
            } else if (section != null && !line.startsWith("#")) {
                var tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    section.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
        }
        var models = new HashMap<String, LinearModel>();
        sections.forEach((name, weights) -> models.put(name, new LinearModel(weights)));
        return new ContentModel(models);
    }

    void write(Writer out, String header) throws IOException {
        out.write(header);
        for (var name : SECTIONS) {
            out.write("[" + name + "]\n");
            section(name).write(out);
        }
        out.flush();
    }
}
