package org.factdesk.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin reads the reports: charts are drawn, another period changes the figures, and the exports of a paged
 * table hold every row, not just the page on screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsPageIT {

    /** More outlets than one page of the per-outlet table shows. */
    private static final int OUTLETS = 11;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.factdesk();
    }

    @ArquillianResource
    URL base;

    @Test
    void theReportsShowChartsFollowTheChosenPeriodAndExportEveryRow() throws IOException {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var outlets = new ArrayList<String>();
        try (var browser = new Browser(base)) {
            browser.login("jane", Browser.DEMO_PASSWORD);
            for (var i = 0; i < OUTLETS; i++) {
                outlets.add("Report Gazette " + run + " " + (char) ('A' + i));
                ingest(browser, outlets.get(i), i);
            }
            browser.logout();

            browser.login("alex", Browser.DEMO_PASSWORD);
            browser.open("admin/reports.xhtml");
            browser.waitFor(By.cssSelector("#reports\\:funnelChart canvas"));
            browser.waitFor(By.cssSelector("#reports\\:weekChart canvas"));
            var ingested = Integer.parseInt(browser.text(By.cssSelector(".count-INGESTED")));
            assertTrue(ingested >= OUTLETS, "the funnel counts this test's articles: " + ingested);
            var report = browser.text(By.cssSelector("#reports\\:outletFunnels .ui-paginator-current"));
            var total = Integer.parseInt(report.replaceAll("\\D.*", ""));
            assertTrue(total > 10, "more outlets than one page: " + report);
            assertEquals(10, browser.all(By.cssSelector("#reports\\:outletFunnels tbody tr")).size());
            browser.screenshot("reports-1-last-30-days");

            var csv = Files.readAllLines(browser.download(By.id("reports:outletFunnelsCsv"), ".csv"), StandardCharsets.UTF_8);
            assertEquals(total + 1, csv.size(), "a header and every outlet, not one page: " + csv);
            assertTrue(csv.get(0).contains("Outlet") && csv.get(0).contains("Published"), csv.get(0));
            outlets.forEach(outlet -> assertTrue(csv.stream().anyMatch(line -> line.contains(outlet)), outlet + " in " + csv));

            var xlsx = browser.download(By.id("reports:outletFunnelsXlsx"), ".xlsx");
            var cells = sheetText(xlsx);
            assertEquals(total + 1, cells.size(), "a header and every outlet: " + cells);
            outlets.forEach(outlet -> assertTrue(cells.stream().anyMatch(row -> row.startsWith(outlet + "|1|")), outlet + " in " + cells));

            var pdf = pdfText(browser.download(By.id("reports:funnelPdf"), ".pdf"));
            assertTrue(pdf.contains("Awaiting approval") && pdf.contains(Integer.toString(ingested)), pdf);
            var today = java.time.LocalDate.now().toString();
            assertTrue(pdf.strip().startsWith(browser.text(By.cssSelector("#reports h2"))), "the PDF is headed by its table's title: " + pdf);
            assertTrue(pdf.contains("Figures for " + java.time.LocalDate.now().minusDays(29) + " to " + today), "and its period: " + pdf);
            assertTrue(pdf.contains("Exported on " + today), "and the day it was taken: " + pdf);

            browser.retype(By.id("range:from_input"), "2001-01-01");
            browser.retype(By.id("range:to_input"), "2001-01-31");
            browser.click(By.id("range:show"));
            browser.waitForUrlContaining("from=2001-01-01");
            assertEquals("0", browser.text(By.cssSelector(".count-INGESTED")), "nothing was ingested in January 2001");
            browser.waitFor(By.id("reports:funnelEmpty"));
            assertTrue(browser.text(By.id("periodShown")).contains("2001-01-31"));
            browser.screenshot("reports-2-january-2001");

            browser.retype(By.id("range:from_input"), "2001-02-01");
            browser.click(By.id("range:show"));
            browser.waitForText(By.id("messages"), "is after the last day");
            assertTrue(browser.text(By.id("periodShown")).contains("2001-01-01"), "a refused period keeps the one shown");

            // a new address, not only a new fragment, so that the browser loads the last 30 days afresh
            browser.open("admin/reports.xhtml?to=" + java.time.LocalDate.now() + "#timeSection");
            assertTrue(browser.text(By.id("periodShown")).contains(java.time.LocalDate.now().toString()));
            browser.waitFor(By.cssSelector("#reports\\:stateTimeChart canvas"));
            browser.screenshot("reports-3-time-in-state");
            browser.open("admin/reports.xhtml?to=" + java.time.LocalDate.now() + "#workloadSection");
            browser.waitFor(By.cssSelector("#reports\\:workloadChart canvas"));
            browser.screenshot("reports-4-workload");
        }
    }

    private static void ingest(Browser browser, String outlet, int number) {
        browser.open("article/ingest.xhtml");
        browser.type(By.id("ingest:outlet"), outlet);
        var director = "Mara " + outlet.replaceAll("[^A-Za-z]", "");
        browser.type(By.id("ingest:text"), "Harbour expansion approved\n\n" + director + " presented the expansion plan"
                + " to the city council on Thursday.\n\n\"The harbour will handle " + (40 + number) + " ships a day by spring,\" "
                + director + " told reporters after the vote.\n\nThe council said the works would cost 80 million euros.\n");
        browser.click(By.id("ingest:submit"));
        browser.waitFor(By.id("outcomes"));
        assertTrue(browser.all(By.cssSelector("#outcomes .outcome-REJECTED")).isEmpty(), browser.text(By.id("outcomes")));
    }

    /** Each row of the first sheet as its cells' text joined by "|". */
    private static List<String> sheetText(Path file) throws IOException {
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var format = new DataFormatter();
            var rows = new ArrayList<String>();
            workbook.getSheetAt(0).forEach(row -> {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            });
            return rows;
        }
    }

    private static String pdfText(Path file) throws IOException {
        var reader = new PdfReader(Files.readAllBytes(file));
        try {
            var text = new StringBuilder();
            var extractor = new PdfTextExtractor(reader);
            for (var page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
