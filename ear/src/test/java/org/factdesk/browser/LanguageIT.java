package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A journalist who chose German reads everything the desk tells her in German: the result of an ingest, the
 * states of her work and the reason the desk refuses an incomplete review, although her browser asks for English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void aGermanSpeakingJournalistIsToldInGermanWhyHerReviewCannotBeSubmitted() {
        try (var browser = new Browser(base)) {
            browser.login("omar", Browser.DEMO_PASSWORD);
            speak(browser, "Deutsch", "Sprache gespeichert.");
            try {
                browser.open("article/ingest.xhtml");
                browser.type(By.id("ingest:outlet"), "Sprachtest " + UUID.randomUUID());
                browser.type(By.id("ingest:text"), "Bridge reopens\n\n\"The bridge will reopen on 3 June,\" the mayor,"
                        + " Anna Berg, told the council on Tuesday.\n\nRepairs cost 4.2 million euros, the city said.\n");
                browser.click(By.id("ingest:submit"));
                browser.waitForText(By.id("messages"), "1 Dokument eingelesen.");
                var result = browser.text(By.id("outcomes"));
                assertTrue(result.matches("(?s).*\\d+ Aussagen?\\b.*"), "the result counts claims in German: " + result);

                browser.click(By.cssSelector("#outcomes a"));
                browser.waitForText(By.id("articleState"), "Eingelesen");
                browser.all(By.cssSelector("#claims\\:claimTable tbody tr a")).get(0).click();
                browser.click(By.id("start:startReview"));
                browser.waitForText(By.id("reviewState"), "Entwurf");
                browser.type(By.id("review:rationale"), "Die Stadt nennt in ihrer Mitteilung einen anderen Termin.");
                browser.type(By.id("review:evidence:0:url"), "https://example.org/stadt-mitteilung");
                browser.click(By.id("review:submit"));

                browser.waitForText(By.id("messages"), "Wählen Sie vor dem Einreichen ein Urteil.");
                assertEquals("Entwurf", browser.text(By.id("reviewState")), "the incomplete review stays a draft");
            } finally {
                speak(browser, "English", "Language saved.");
            }
        }
    }

    private static void speak(Browser browser, String language, String confirmation) {
        browser.open("profile.xhtml");
        browser.choose("language:choice", language);
        browser.click(By.id("language:save"));
        browser.waitForText(By.id("messages"), confirmation);
    }
}
