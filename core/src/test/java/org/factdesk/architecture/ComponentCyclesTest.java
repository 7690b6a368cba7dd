package org.factdesk.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The business components of the core (article, claim, review, ...) depend on each other in one direction only:
 * a cycle would mean neither can be understood, tested or changed without the other. The same holds inside the
 * claim engine, between its API and its stages.
 */
class ComponentCyclesTest {

    private static final String ENGINE = "org.factdesk.analysis";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.factdesk");

    /** The engine's API records (its root package) are one slice, each stage (clean, extract, ...) another. */
    private static final SliceAssignment ENGINE_PARTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            var name = javaClass.getPackageName();
            if (name.equals(ENGINE)) {
                return SliceIdentifier.of("API");
            }
            if (name.startsWith(ENGINE + ".")) {
                return SliceIdentifier.of(name.substring(ENGINE.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the claim engine's API and stages";
        }
    };

    @Test
    void noTwoComponentsDependOnEachOther() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void noTwoPartsOfTheEngineDependOnEachOther() {
        slices().assignedFrom(ENGINE_PARTS).should().beFreeOfCycles().check(CORE);
    }
}
