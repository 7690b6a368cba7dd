package org.factdesk.shared.control;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 142: the removed and restored lines each article kept as a JSON array of strings become rows of the
 * tables V141 made, in their order. A JSON array of any text cannot be split in SQL portably, hence Java. The lines
 * removed before have no reason: the engine computed one but it was not kept. Named for what it does, not by
 * Flyway's V-prefix convention, so it states its version itself.
 */
public class CutLinesAsRows implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("142");
    }

    @Override
    public String getDescription() {
        return "cut lines as rows";
    }

    /** Flyway checks no checksum of a Java migration: its code is the migration. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var articles = connection.createStatement();
             var removed = connection.prepareStatement(
                     "insert into article_removed_line (article_id, position, text, reason) values (?, ?, ?, null)");
             var restored = connection.prepareStatement(
                     "insert into article_restored_line (article_id, position, text) values (?, ?, ?)");
             var rows = articles.executeQuery("select id, removed_fragments, restored_fragments from article")) {
            while (rows.next()) {
                var id = rows.getLong(1);
                insert(removed, id, lines(rows.getString(2)));
                insert(restored, id, lines(rows.getString(3)));
            }
        }
    }

    private static void insert(PreparedStatement statement, long articleId, List<String> lines) throws SQLException {
        for (var position = 0; position < lines.size(); position++) {
            statement.setLong(1, articleId);
            statement.setInt(2, position);
            statement.setString(3, lines.get(position));
            statement.addBatch();
        }
        if (!lines.isEmpty()) {
            statement.executeBatch();
        }
    }

    /** The strings of a stored array, in order; none for no array. Restored lines repeat no line. */
    static List<String> lines(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(jsonArray))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
