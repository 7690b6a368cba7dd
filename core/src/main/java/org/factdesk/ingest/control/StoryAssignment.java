package org.factdesk.ingest.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.analysis.Analysis;
import org.factdesk.analysis.embedding.SentenceEmbeddings;
import org.factdesk.analysis.embedding.Vectors;
import org.factdesk.analysis.story.StoryFiling;
import org.factdesk.analysis.story.StoryProfile;
import org.factdesk.analysis.story.StorySignature;
import org.factdesk.article.entity.Article;
import org.factdesk.story.entity.Story;

/**
 * Files a freshly ingested copy under the story it reports, with the engine's {@link StoryFiling}: the story of the
 * copy it duplicates, else the story of the most similar recent copy of the same event (by signature and by the
 * sentence vector of its headline and opening, both kept on the article row), else a new story. Only recent copies
 * are candidates, oldest first as the {@code analyze} command sees a folder, so the cost does not grow with the
 * archive.
 */
@Dependent
public class StoryAssignment {

    /** Copies of one event arrive within days; older articles are other events even when the same people meet. */
    static final Duration WINDOW = Duration.ofDays(14);
    static final int MAX_CANDIDATES = 2000;

    private final StoryFiling filing = new StoryFiling();

    @PersistenceContext
    EntityManager em;

    @Inject
    SentenceEmbeddings embeddings;

    public Story assign(Article article, Analysis analysis) {
        var profile = StoryProfile.of(analysis, embeddings);
        article.placeStoryVector(Vectors.stored(profile.vector()));
        var original = article.getDuplicateOf();
        var storyOfOriginal = original == null || original.getStory() == null ? null : original.getStory().getId();
        var joined = filing.file(profile, storyOfOriginal, recent(article));
        var story = joined.isPresent() ? em.find(Story.class, joined.getAsLong()) : null;
        if (story == null) {
            var title = article.displayTitle();
            story = new Story(title.length() <= 500 ? title : title.substring(0, 500));
            em.persist(story);
        }
        article.belongTo(story, profile.signature().serialise());
        return story;
    }

    private List<StoryFiling.Filed> recent(Article article) {
        var rows = em.createNamedQuery("Article.storyCandidatesSince", Object[].class)
                .setParameter("since", Instant.now().minus(WINDOW))
                .setParameter("id", article.getId())
                .setMaxResults(MAX_CANDIDATES)
                .getResultList();
        var filed = new ArrayList<StoryFiling.Filed>(rows.size());
        for (var row : rows) {
            // articles stored before story vectors were kept are compared by their signature
            var vector = row[2] == null ? null : Vectors.read((byte[]) row[2]);
            filed.add(new StoryFiling.Filed((Long) row[0], new StoryProfile(StorySignature.parse((String) row[1]), vector)));
        }
        Collections.reverse(filed);
        return filed;
    }
}
