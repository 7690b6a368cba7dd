package org.factdesk.article.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.factdesk.analysis.EngineWarning;
import org.factdesk.shared.boundary.DeskMessage;

/**
 * One warning of the claim engine about an article, as stored: the key of its text in the core bundle and its
 * arguments as a JSON array, so that it reads in the language of whoever opens the article.
 */
@Embeddable
public class ArticleWarning {

    @Column(name = "code", nullable = false, length = 100)
    private String code;

    @Column(name = "arguments", nullable = false)
    private String arguments;

    protected ArticleWarning() {
    }

    ArticleWarning(EngineWarning warning) {
        this.code = warning.code();
        this.arguments = new DeskMessage(warning.code(), warning.arguments()).argumentsJson();
    }

    DeskMessage message() {
        return DeskMessage.stored(code, arguments);
    }
}
