package org.factdesk.publication.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.factdesk.article.entity.Article;
import org.factdesk.article.entity.ArticleState;
import org.factdesk.publication.entity.FactCheck;
import org.factdesk.user.entity.User;
import org.factdesk.workflow.control.EventLog;

@Dependent
public class Publishing {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventLog log;

    public FactCheck publish(Article article, User deskChief) {
        var from = article.moveTo(ArticleState.PUBLISHED);
        var factCheck = new FactCheck(article, deskChief);
        em.persist(factCheck);
        log.article(deskChief.getUsername(), article, "article.published", from, ArticleState.PUBLISHED, null);
        return factCheck;
    }
}
