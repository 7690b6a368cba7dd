package org.factdesk.workflow.entity;

public enum SubjectType {
    ARTICLE, CLAIM, REVIEW, USER, OUTLET, RATING_LABEL, NEWSROOM
}
