package org.factdesk.history.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.article.entity.Article;
import org.factdesk.claim.entity.Claim;
import org.factdesk.review.entity.Evidence;
import org.factdesk.review.entity.Review;
import org.factdesk.user.entity.User;

/**
 * The audited fields of a row as the desk reads them, in a fixed order, so two revisions compare field by field.
 * A rationale is shortened here: its full diff belongs on the review's own history. States, verdicts and kinds
 * are their constants' names, which the pages put into the reader's language.
 */
final class Snapshots {

    static final int RATIONALE_PREVIEW = 160;

    private Snapshots() {
    }

    static Map<String, String> of(Object row) {
        if (row instanceof Article a) {
            return article(a);
        }
        if (row instanceof Claim c) {
            return claim(c);
        }
        if (row instanceof Review r) {
            return review(r);
        }
        if (row instanceof Evidence e) {
            return evidence(e);
        }
        throw new IllegalArgumentException("Not an audited type: " + row.getClass().getName());
    }

    static String subject(Object row) {
        return row.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> article(Article a) {
        var map = new LinkedHashMap<String, String>();
        map.put("title", a.getTitle());
        map.put("outlet", a.getOutlet() == null ? null : a.getOutlet().getName());
        map.put("byline", a.getByline());
        map.put("dateline", a.getDateline());
        map.put("date", text(a.getPublishedOn()));
        map.put("url", a.getUrl());
        map.put("agencies", a.getAgencies());
        map.put("state", text(a.getState()));
        map.put("due", text(a.getDueAt()));
        map.put("duplicateOf", a.getDuplicateOf() == null ? null : "#" + a.getDuplicateOf().getId());
        return map;
    }

    private static Map<String, String> claim(Claim c) {
        var map = new LinkedHashMap<String, String>();
        map.put("text", c.getText());
        map.put("kind", text(c.getKind()));
        map.put("speaker", c.getSpeaker());
        map.put("state", text(c.getState()));
        map.put("assignee", name(c.getAssignee()));
        map.put("dismissalReason", c.getDismissalReason());
        return map;
    }

    private static Map<String, String> review(Review r) {
        var map = new LinkedHashMap<String, String>();
        map.put("verdict", text(r.getVerdict()));
        map.put("state", text(r.getState()));
        map.put("rationale", preview(r.getRationale()));
        map.put("returnComment", r.getReturnComment());
        map.put("decidedBy", name(r.getDecidedBy()));
        return map;
    }

    private static Map<String, String> evidence(Evidence e) {
        var map = new LinkedHashMap<String, String>();
        map.put("url", e.getUrl());
        map.put("title", e.getTitle());
        map.put("note", e.getNote());
        return map;
    }

    private static String preview(String text) {
        if (text == null || text.length() <= RATIONALE_PREVIEW) {
            return text;
        }
        return text.substring(0, RATIONALE_PREVIEW - 1) + "\u2026";
    }

    private static String name(User user) {
        return user == null ? null : user.getDisplayName();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
