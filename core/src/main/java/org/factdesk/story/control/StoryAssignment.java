package org.factdesk.story.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.story.StoryMatcher;
import org.factdesk.analysis.retrieval.SentenceEmbeddings;
import org.factdesk.analysis.retrieval.Vectors;
import org.factdesk.analysis.story.StorySignature;
import org.factdesk.analysis.story.StoryVector;
import org.factdesk.article.entity.Article;
import org.factdesk.story.entity.Story;

/**
 * Files a freshly ingested copy under the story it reports: the story of the copy it duplicates, else the story of
 * the most similar recent copy of the same event (by signature and by the sentence vector of its headline and
 * opening, kept beside the signature), else a new story. Only recent copies are compared, so the cost
 * does not grow with the archive.
 */
@Dependent
public class StoryAssignment {

    /** Copies of one event arrive within days; older articles are other events even when the same people meet. */
    static final Duration WINDOW = Duration.ofDays(14);
    static final int MAX_CANDIDATES = 2000;

    private final StoryMatcher matcher = new StoryMatcher();

    @PersistenceContext
    EntityManager em;

    @Inject
    SentenceEmbeddings embeddings;

    public Story assign(Article article, Analysis analysis) {
        var signature = StorySignature.of(analysis);
        var vector = embeddings.embed(StoryVector.text(analysis));
        article.placeStoryVector(Vectors.stored(vector));
        var story = storyOfOriginal(article);
        if (story == null) {
            story = mostSimilarRecent(article, signature, vector);
        }
        if (story == null) {
            story = new Story(article.displayTitle().length() <= 500 ? article.displayTitle() : article.displayTitle().substring(0, 500));
            em.persist(story);
        }
        article.belongTo(story, signature.serialise());
        return story;
    }

    private static Story storyOfOriginal(Article article) {
        return article.getDuplicateOf() == null ? null : article.getDuplicateOf().getStory();
    }

    private Story mostSimilarRecent(Article article, StorySignature signature, float[] vector) {
        var rows = em.createQuery("select s.id, a.storySignature, a.storyVector from Article a join a.story s"
                        + " where a.ingestedAt >= :since and a.id <> :id and a.storySignature is not null"
                        + " order by a.ingestedAt desc", Object[].class)
                .setParameter("since", Instant.now().minus(WINDOW))
                .setParameter("id", article.getId())
                .setMaxResults(MAX_CANDIDATES)
                .getResultList();
        Long best = null;
        var bestSimilarity = 0.0;
        for (var row : rows) {
            // articles stored before story vectors were kept are compared by their signature
            var stored = row[2] == null ? null : Vectors.read((byte[]) row[2]);
            var comparison = matcher.compare(signature, vector, StorySignature.parse((String) row[1]), stored);
            if (comparison.sameStory() && comparison.similarity() > bestSimilarity) {
                best = (Long) row[0];
                bestSimilarity = comparison.similarity();
            }
        }
        return best == null ? null : em.find(Story.class, best);
    }
}
