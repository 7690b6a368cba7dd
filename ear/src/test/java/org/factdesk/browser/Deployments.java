package org.factdesk.browser;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The browser tests deploy the very EAR this build produced. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive factdesk() {
        var ear = new File(Objects.requireNonNull(System.getProperty("factdesk.ear"), "factdesk.ear is set in ear/pom.xml"));
        return ShrinkWrap.create(ZipImporter.class, "factdesk.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    static File seed(String name) {
        return new File(System.getProperty("factdesk.seeds"), name).toPath().normalize().toFile();
    }
}
