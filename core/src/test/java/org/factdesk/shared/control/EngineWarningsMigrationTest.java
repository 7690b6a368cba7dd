package org.factdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.shared.boundary.DeskMessage;
import org.junit.jupiter.api.Test;

/**
 * Warnings stored as English text before the engine gave keys stay readable after the migration, in their order,
 * on the H2 the server runs; articles without warnings get none.
 */
class EngineWarningsMigrationTest {

    private static final String URL = "jdbc:h2:mem:engine-warnings;DB_CLOSE_DELAY=-1";

    @Test
    void englishWarningsBecomeLegacyMessagesThatReadAsWritten() throws SQLException {
        migrate("50");
        try (var connection = DriverManager.getConnection(URL, "sa", ""); var statement = connection.createStatement()) {
            statement.execute("insert into outlet (id, version, name) values (1, 0, 'Outlet')");
            statement.execute(article(1, "[]"));
            statement.execute(article(2, "[\"No article text found after cleaning\"]"));
            statement.execute(article(3, "[\"Input truncated to 2000000 characters\",\"Only the first 20000 sentences"
                    + " were analysed\",\"Only the first 300 claims were kept\"]"));
        }
        migrate("latest");

        assertEquals(List.of(), warnings(1));
        assertEquals(List.of("No article text found after cleaning"), warnings(2));
        assertEquals(List.of("Input truncated to 2000000 characters", "Only the first 20000 sentences were analysed",
                "Only the first 300 claims were kept"), warnings(3));
    }

    private static void migrate(String target) {
        var loader = EngineWarningsMigrationTest.class.getClassLoader();
        SchemaMigration.configure(loader, false).dataSource(URL, "sa", "").target(target).load().migrate();
    }

    private static String article(long id, String warningsJson) {
        return "insert into article (id, version, outlet_id, raw_text, cleaned_text, removed_fragments, warnings,"
                + " content_hash, minhash, state, ingested_at) values (" + id + ", 0, 1, 'raw', 'cleaned', '[]', '"
                + warningsJson + "', 'hash', 'minhash', 'INGESTED', current_timestamp)";
    }

    /** As a German reader sees them. */
    private static List<String> warnings(long articleId) throws SQLException {
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var query = connection.prepareStatement(
                     "select code, arguments from article_warning where article_id = ? order by position")) {
            query.setLong(1, articleId);
            var shown = new ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    shown.add(DeskMessage.stored(rows.getString(1), rows.getString(2)).in(Locale.GERMAN));
                }
            }
            return shown;
        }
    }
}
