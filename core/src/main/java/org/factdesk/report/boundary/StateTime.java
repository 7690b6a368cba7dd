package org.factdesk.report.boundary;

import java.time.Duration;
import org.factdesk.article.entity.ArticleState;

/** How long articles stayed in one state: the number of stays, their median and 90th percentile (null without stays). */
public record StateTime(ArticleState state, int stays, Duration median, Duration percentile90) {
}
