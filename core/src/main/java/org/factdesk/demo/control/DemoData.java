package org.factdesk.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.factdesk.article.control.ArticleRepository;
import org.factdesk.ingest.boundary.AlreadyStoredException;
import org.factdesk.ingest.boundary.IngestRequest;
import org.factdesk.ingest.control.Ingest;
import org.factdesk.user.control.PasswordHashing;
import org.factdesk.user.control.UserRepository;
import org.factdesk.user.entity.Role;
import org.factdesk.user.entity.User;

/**
 * A first start on an empty database gets demo staff and the seed stories, so the desk can be tried at once.
 * Both steps check what is there first, so a restart loads nothing twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    /** Shared by every demo account; the README lists them. Change them before real use. */
    public static final String DEMO_PASSWORD = "factdesk";
    static final String SEEDS = "org/factdesk/demo/seeds/";
    /** System property that turns demo data off, for test servers that set up their own. */
    static final String ENABLED = "factdesk.demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    UserRepository users;

    @Inject
    ArticleRepository articles;

    @Inject
    Ingest ingest;

    @PostConstruct
    void load() {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED, "true"))) {
            LOG.info("Demo data is off (-D" + ENABLED + "=false)");
            return;
        }
        if (users.count() == 0) {
            // each account gets its own salt, so one cracked hash says nothing about the others
            users.add(new User("jane", "Jane Miller", PasswordHashing.hash(DEMO_PASSWORD), EnumSet.of(Role.JOURNALIST)));
            users.add(new User("omar", "Omar Haddad", PasswordHashing.hash(DEMO_PASSWORD), EnumSet.of(Role.JOURNALIST)));
            users.add(new User("dana", "Dana Chen", PasswordHashing.hash(DEMO_PASSWORD), EnumSet.of(Role.DESK_CHIEF)));
            users.add(new User("ravi", "Ravi Patel", PasswordHashing.hash(DEMO_PASSWORD), EnumSet.of(Role.DESK_CHIEF)));
            users.add(new User("alex", "Alex Novak", PasswordHashing.hash(DEMO_PASSWORD), EnumSet.of(Role.ADMIN)));
            LOG.info("Created the demo users jane, omar (journalists), dana, ravi (desk chiefs) and alex (admin)");
        }
        var loaded = 0;
        for (var seed : manifest()) {
            if (articles.countSystemIngested(seed.file()) == 0) {
                try {
                    ingest.ingest(new IngestRequest(seed.outlet(), null, seed.file(), bytes(SEEDS + seed.file())), null);
                    loaded++;
                } catch (AlreadyStoredException uploadedByStaff) {
                    // someone put the outlet's copy on the desk before the demo data came: it is there once
                }
            }
        }
        if (loaded > 0) {
            LOG.info("Ingested " + loaded + " seed stories as demo data");
        }
    }

    record Seed(String file, String outlet) {
    }

    static List<Seed> manifest() {
        return new String(bytes(SEEDS + "manifest.tsv"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(cols -> new Seed(cols[0].strip(), cols[1].strip()))
                .toList();
    }

    private static byte[] bytes(String path) {
        try (var in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
