package org.factdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notifications stored with a web address before V63 still open the same thing after it. */
class NotificationTargetsMigrationTest {

    private static final String URL = "jdbc:h2:mem:notification-targets;DB_CLOSE_DELAY=-1";

    @Test
    void storedAddressesBecomeWhatTheyPointAt() throws SQLException {
        migrate("62");
        try (var connection = DriverManager.getConnection(URL, "sa", ""); var statement = connection.createStatement()) {
            statement.execute("insert into app_user (id, version, username, display_name, password_hash, active, created_at,"
                    + " locale) values (1, 0, 'jane', 'Jane', 'x', true, current_timestamp, 'en')");
            statement.execute(notification(1, "/review/claim.xhtml?id=41"));
            statement.execute(notification(2, "/approval/review.xhtml?id=7"));
            statement.execute(notification(3, "/factcheck/article.xhtml?id=1234"));
        }
        migrate("latest");

        assertEquals(List.of("CLAIM 41", "REVIEW 7", "ARTICLE 1234"), targets());
    }

    private static void migrate(String target) {
        var loader = NotificationTargetsMigrationTest.class.getClassLoader();
        SchemaMigration.configure(loader, false).dataSource(URL, "sa", "").target(target).load().migrate();
    }

    private static String notification(long id, String link) {
        return "insert into notification (id, recipient_id, kind, actor_name, subject, link, created_at) values (" + id
                + ", 1, 'CLAIM_ASSIGNED', 'Dana', 'A claim', '" + link + "', current_timestamp)";
    }

    private static List<String> targets() throws SQLException {
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var rows = connection.createStatement().executeQuery("select target_type, target_id from notification order by id")) {
            var found = new ArrayList<String>();
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getLong(2));
            }
            return found;
        }
    }
}
