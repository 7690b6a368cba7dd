package org.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module talks to the core only through its boundaries: pages and the API never reach the controls
 * (queries, policies, the engine's stages), so every rule they rely on is enforced where the transaction and the
 * roles are.
 */
class WebLayeringTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk.web");

    @Test
    void noPageOrResourceUsesAControlOfTheCore() {
        noClasses().that().resideInAPackage("org.factdesk.web..")
                .should().dependOnClassesThat().resideInAPackage("org.factdesk..control..")
                .check(WEB);
    }

    @Test
    void noPageOrResourceUsesAStageOfTheEngine() {
        noClasses().that().resideInAPackage("org.factdesk.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.analysis.clean..",
                        "org.factdesk.analysis.extract..", "org.factdesk.analysis.story..", "org.factdesk.analysis.compare..",
                        "org.factdesk.analysis.retrieval..")
                .check(WEB);
    }
}
