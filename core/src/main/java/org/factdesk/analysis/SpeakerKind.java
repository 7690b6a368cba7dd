package org.factdesk.analysis;

/**
 * What sort of speaker a claim has, so that a desk puts it to the right source: a person is called, an
 * organisation's press office is asked, a group ("union officials", "residents") has no one voice to ask.
 */
public enum SpeakerKind {
    /** Someone named, or an unnamed individual ("a Treasury spokeswoman", "REPORTER"). */
    PERSON,
    /** A body that speaks as one: a ministry, a club, a company, an agency ("the Met Office", "the club"). */
    ORGANISATION,
    /** Several people speaking together: "union officials", "police", "critics", "residents". */
    GROUP,
    /** Nobody the text names, or the claim is the article's own. */
    UNKNOWN
}
