package org.factdesk.testsupport;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment of the core: the packaged core jar exactly as the EAR ships it, its libraries, and the
 * test support classes, with the server modules the EAR uses (the sentence model's among them, laid down in the
 * test server by core/pom.xml as in the EAR's). Arquillian adds the test class itself.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive core() {
        var war = ShrinkWrap.create(WebArchive.class, "core-it.war")
                .addAsLibrary(ShrinkWrap.create(ZipImporter.class, "core.jar")
                        .importFrom(new File(property("factdesk.it.core"))).as(JavaArchive.class))
                .addPackage(Deployments.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.wildfly.security.elytron, org.factdesk.embeddings\n"),
                        "MANIFEST.MF");
        var libs = Objects.requireNonNull(new File(property("factdesk.it.libs")).listFiles((dir, name) -> name.endsWith(".jar")));
        Arrays.stream(libs).forEach(war::addAsLibrary);
        return war;
    }

    private static String property(String name) {
        return Objects.requireNonNull(System.getProperty(name), name + " is set by failsafe in core/pom.xml");
    }
}
