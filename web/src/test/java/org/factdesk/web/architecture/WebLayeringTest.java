package org.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module talks to the core only through its boundaries: pages and the API never reach the controls
 * (queries, policies, the engine's stages), so every rule they rely on is enforced where the transaction and the
 * roles are. What a page shows comes as the boundaries' records; of the entity packages it sees only enums (states,
 * verdicts, roles) and value records, never an entity whose lazy fields or mutators it could touch.
 */
class WebLayeringTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk.web");

    private static final DescribedPredicate<JavaClass> ENTITY_CLASSES = DescribedPredicate.describe(
            "are classes of a core entity package other than enums and records", type -> {
                var element = type.isArray() ? type.getBaseComponentType() : type;
                return element.getPackageName().matches("org\\.factdesk\\.[a-z]+\\.entity(\\..*)?")
                        && !element.isEnum() && !element.isRecord();
            });

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
                        "org.factdesk.analysis.retrieval..", "org.factdesk.analysis.embedding..")
                .check(WEB);
    }

    @Test
    void noPageOrResourceSeesAnEntityOnlyItsEnumsAndRecords() {
        noClasses().that().resideInAPackage("org.factdesk.web..")
                .should().dependOnClassesThat(ENTITY_CLASSES)
                .check(WEB);
    }
}
