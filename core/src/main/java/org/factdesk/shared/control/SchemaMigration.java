package org.factdesk.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the database schema to the version this build expects, at deployment, before anything else touches it.
 * Flyway runs its own transactions, so the container must not wrap this bean in one.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/FactdeskDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = configure(getClass().getClassLoader(), isPostgres()).dataSource(dataSource).load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Flyway with the scripts of the index, the Java migrations and the column types of the database. */
    public static FluentConfiguration configure(ClassLoader loader, boolean postgres) {
        return Flyway.configure(loader)
                .resourceProvider(new MigrationScripts(loader))
                .javaMigrations(new CutLinesAsRows())
                .placeholders(placeholders(postgres));
    }

    /**
     * The column types the scripts name by placeholder: {@code ${text}} unbounded text, {@code ${bytes}} short
     * binary values such as a sentence vector (384 bytes), {@code ${fingerprints}} an article's line fingerprints (16,000
     * bytes), {@code ${picture}} a small image such as a logo (256 KB).
     */
    static Map<String, String> placeholders(boolean postgres) {
        return Map.of("text", postgres ? "text" : "clob", "bytes", postgres ? "bytea" : "varbinary(2048)",
                "fingerprints", postgres ? "bytea" : "varbinary(16000)", "picture", postgres ? "bytea" : "varbinary(262144)");
    }

    private boolean isPostgres() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the Factdesk database", e);
        }
    }
}
