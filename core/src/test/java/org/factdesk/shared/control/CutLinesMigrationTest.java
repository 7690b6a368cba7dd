package org.factdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The removed and restored lines stored as JSON arrays before V141 become rows in their order, whatever the lines
 * hold (quotes, commas, brackets, escapes, other scripts), on the H2 the server runs; the arrays are gone after.
 */
class CutLinesMigrationTest {

    private static final String URL = "jdbc:h2:mem:cut-lines;DB_CLOSE_DELAY=-1";

    @Test
    void everyStoredLineBecomesARowInItsOrderAndKeepsItsText() throws SQLException {
        migrate("131");
        try (var connection = DriverManager.getConnection(URL, "sa", ""); var statement = connection.createStatement()) {
            statement.execute("insert into outlet (id, version, name) values (1, 0, 'Outlet')");
            statement.execute(article(1, "[]", null));
            statement.execute(article(2, "[\"Share this article\",\"\\\"Quoted\\\", with a comma, [brackets] and a \\\\\",\"Подписаться — 登録\"]",
                    "[\"Share this article\"]"));
        }
        migrate("latest");

        assertEquals(List.of(), lines("article_removed_line", 1));
        assertEquals(List.of(), lines("article_restored_line", 1));
        assertEquals(List.of("Share this article", "\"Quoted\", with a comma, [brackets] and a \\", "Подписаться — 登録"),
                lines("article_removed_line", 2));
        assertEquals(List.of("Share this article"), lines("article_restored_line", 2));
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var columns = connection.getMetaData().getColumns(null, null, "ARTICLE", "%_FRAGMENTS")) {
            assertEquals(false, columns.next(), "the arrays are dropped");
        }
    }

    private static void migrate(String target) {
        SchemaMigration.configure(CutLinesMigrationTest.class.getClassLoader(), false).dataSource(URL, "sa", "")
                .target(target).load().migrate();
    }

    private static String article(long id, String removed, String restored) {
        return "insert into article (id, version, outlet_id, raw_text, cleaned_text, heading, removed_fragments,"
                + " restored_fragments, content_hash, minhash, state, ingested_at) values (" + id + ", 0, 1, 'raw',"
                + " 'cleaned', 'heading', '" + removed.replace("'", "''") + "', "
                + (restored == null ? "null" : "'" + restored + "'") + ", 'hash', 'minhash', 'INGESTED', current_timestamp)";
    }

    private static List<String> lines(String table, long articleId) throws SQLException {
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var query = connection.prepareStatement("select text from " + table + " where article_id = ? order by position")) {
            query.setLong(1, articleId);
            var lines = new ArrayList<String>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }
}
