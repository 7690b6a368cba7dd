package org.factdesk.analysis.boundary;

import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.analysis.story.StoryGrouping;
import org.factdesk.shared.boundary.BusinessMessages;

/**
 * The JSON document {@link AnalyzeFolder} prints: articles, duplicates (the first copy of a text, then its copy),
 * stories, and matches, each with the earlier article's claim first, its first conflict's two values and every
 * conflict with its kind, its two values and the sentence of each.
 */
final class FolderReport {

    private final List<StoryGrouping.Article> articles;
    private final StoryGrouping.Grouping grouping;

    FolderReport(List<StoryGrouping.Article> articles, StoryGrouping.Grouping grouping) {
        this.articles = articles;
        this.grouping = grouping;
    }

    String json() {
        var json = new JsonWriter().beginObject().name("articles").beginArray();
        articles.forEach(article -> article(json, article.name(), article.analysis()));
        json.endArray().name("duplicates");
        names(json, grouping.duplicates());
        json.name("stories");
        names(json, grouping.stories());
        json.name("matches").beginArray();
        for (var match : grouping.matches()) {
            json.beginObject().name("claims").beginArray();
            json.beginObject().name("file").value(match.article()).name("text").value(match.claim().text()).endObject();
            json.beginObject().name("file").value(match.otherArticle()).name("text").value(match.otherClaim().text())
                    .endObject();
            json.endArray().name("similarity").value(match.comparison().similarity());
            var conflicts = match.comparison().conflicts();
            json.name("conflict").value(!conflicts.isEmpty());
            json.name("values").beginArray();
            if (!conflicts.isEmpty()) {
                json.value(conflicts.get(0).value()).value(conflicts.get(0).otherValue());
            }
            json.endArray().name("conflicts").beginArray();
            for (var conflict : conflicts) {
                json.beginObject().name("kind").value(conflict.kind().name()).name("values").beginArray()
                        .value(conflict.value()).value(conflict.otherValue()).endArray()
                        .name("sentences").beginArray().value(conflict.sentence()).value(conflict.otherSentence())
                        .endArray().endObject();
            }
            json.endArray().endObject();
        }
        return json.endArray().endObject().json();
    }

    private static void article(JsonWriter json, String file, Analysis analysis) {
        var meta = analysis.metadata();
        json.beginObject().name("file").value(file).name("title").value(meta.title()).name("outlet").value(meta.outlet())
                .name("byline").value(meta.byline())
                .name("date").value(meta.publishedOn() == null ? null : meta.publishedOn().toString())
                .name("text").value(analysis.cleanedText()).name("removed").beginArray();
        analysis.removed().forEach(json::value);
        json.endArray().name("claims").beginArray();
        for (var claim : analysis.claims()) {
            json.beginObject().name("text").value(claim.text()).name("kind").value(claim.kind().name())
                    .name("speaker").value(claim.speaker())
                    .name("speakerKind").value(claim.speakerKind().name()).name("score").value(claim.score()).name("reasons")
                    .beginArray();
            for (var reason : claim.reasons()) {
                json.beginObject().name("code").value(reason.code()).name("arguments").beginArray();
                reason.arguments().forEach(json::value);
                json.endArray().name("weight").value(reason.weight()).name("text").value(reason.text(Locale.ENGLISH))
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().name("warnings").beginArray();
        for (var warning : analysis.warnings()) {
            json.beginObject().name("text").value(english(warning)).name("code").value(warning.code()).endObject();
        }
        json.endArray().endObject();
    }

    /** The warning as the desk's English bundle words it. */
    static String english(EngineWarning warning) {
        return BusinessMessages.format(warning.code(), warning.arguments().toArray(), Locale.ENGLISH);
    }

    private static void names(JsonWriter json, List<List<String>> groups) {
        json.beginArray();
        for (var group : groups) {
            json.beginArray();
            group.forEach(json::value);
            json.endArray();
        }
        json.endArray();
    }
}
