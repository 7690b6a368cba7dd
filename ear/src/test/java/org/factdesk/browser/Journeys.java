package org.factdesk.browser;

import org.openqa.selenium.By;

/** Steps several browser tests share, done through the pages as the staff would do them. */
final class Journeys {

    /** The article and the claim of a fact-check published by {@link #publishOneClaim}. */
    record Published(long articleId, long claimId) {
    }

    private Journeys() {
    }

    /** A story pasted by jane (journalist), who stays logged in on its article page; returns the article id. */
    static long ingest(Browser browser, String outlet, String text) {
        browser.login("jane", Browser.DEMO_PASSWORD);
        browser.open("article/ingest.xhtml");
        browser.type(By.id("ingest:outlet"), outlet);
        browser.type(By.id("ingest:text"), text);
        browser.click(By.id("ingest:submit"));
        browser.waitFor(By.id("outcomes"));
        browser.click(By.linkText("Open"));
        browser.waitFor(By.id("claims:claimTable"));
        return idIn(browser.currentUrl());
    }

    /**
     * A fresh story through the whole desk: jane reviews its first claim as "Mostly true", dana (desk chief)
     * approves and publishes it, and stays logged in.
     */
    static Published publishOneClaim(Browser browser, String outlet) {
        var minister = "Minister " + outlet.replaceAll("[^A-Za-z]", "").substring(0, 12);
        var articleId = ingest(browser, outlet, "Schools plan announced\n\n" + minister
                + " announced a national schools programme on Monday in the capital.\n\n\"We will build 40 new schools by 2027,\" "
                + minister + " told reporters at the press conference.\n\nThe opposition said the programme would cost"
                + " 3.5 billion euros and questioned the timetable.\n");
        var claimLink = browser.all(By.cssSelector("#claims\\:claimTable tbody tr a")).get(0);
        var claimText = claimLink.getText();
        var claimId = idIn(claimLink.getAttribute("href"));
        claimLink.click();
        submitReview(browser, "Mostly true", "The budget plan lists 12 new schools by 2027, so the figure of 40 is inflated.",
                "https://example.org/budget-2025");
        browser.logout();

        browser.login("dana", Browser.DEMO_PASSWORD);
        browser.open("approval/queue.xhtml");
        browser.click(By.linkText(claimText));
        browser.click(By.id("decide:approve"));
        browser.confirm();
        browser.waitForText(By.id("messages"), "Review approved");
        browser.open("article/view.xhtml?id=" + articleId);
        browser.click(By.id("actions:publish"));
        browser.confirm();
        browser.waitForText(By.id("articleState"), "Published");
        return new Published(articleId, claimId);
    }

    /** On the claim page open in the browser: starts a review, fills it in and submits it for a decision. */
    static void submitReview(Browser browser, String verdict, String rationale, String evidenceUrl) {
        browser.click(By.id("start:startReview"));
        browser.waitFor(By.id("review:rationale"));
        browser.choose("review:verdict", verdict);
        browser.type(By.id("review:rationale"), rationale);
        browser.type(By.id("review:evidence:0:url"), evidenceUrl);
        browser.select(By.id("review:evidence:0:type"), "Primary document");
        browser.click(By.id("review:submit"));
        browser.waitForText(By.id("reviewState"), "Submitted");
    }

    private static long idIn(String url) {
        var match = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
        if (!match.find()) {
            throw new AssertionError("no id in " + url);
        }
        return Long.parseLong(match.group(1));
    }
}
