package cn.longyuan.market.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.freeze.FreezingArchRule.freeze;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules of inventory's structure, checked on its compiled classes. The module rule, the domain's rule and
 * "no package cycle" in the domain and in infrastructure hold without exception. The layer rule (nothing in
 * application reaches into infrastructure) is frozen: the arrows that exist today (the application's documents
 * drawn with infrastructure's PDF classes) are listed in {@code src/test/archunit-store} and tolerated, any new one
 * fails the build, and the list only shrinks (ArchUnit drops an entry once its arrow is gone). The application
 * packages still form cycles (the root package and the packages named after users, DEVELOPERS.md); they get the
 * cycle rule once they are arranged by the chain's steps.
 */
class ArchitectureTest {

    private static final JavaClasses INVENTORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.longyuan.market");

    @Test
    void inventoryKnowsNoWebClass() {
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.faces..",
                        "jakarta.servlet..",
                        "jakarta.ws.rs..",
                        "org.primefaces..",
                        "org.omnifaces..",
                        "cn.longyuan.market.web..",
                        "cn.longyuan.market.shop..",
                        "cn.longyuan.market.admin..")
                .because("the wars depend on inventory, never the other way round");
        rule.check(INVENTORY);
    }

    @Test
    void theDomainModelReachesNothingAboveIt() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("cn.longyuan.market.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.longyuan.market.application..",
                        "cn.longyuan.market.infrastructure..",
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "jakarta.transaction..",
                        "org.eclipse.microprofile..")
                .because("rules of the domain are plain Java: services ask them, they ask no service");
        rule.check(INVENTORY);
    }

    @Test
    void layersPointDownwardOnly() {
        ArchRule rule = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("cn.longyuan.market.domain..")
                .layer("application")
                .definedBy("cn.longyuan.market.application..")
                .layer("infrastructure")
                .definedBy("cn.longyuan.market.infrastructure..")
                .whereLayer("infrastructure")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("application")
                .mayOnlyBeAccessedByLayers("infrastructure")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("application", "infrastructure");
        freeze(rule).check(INVENTORY);
    }

    @Test
    void domainAndInfrastructurePackagesFormNoCycle() {
        ArchRule domain =
                slices().matching("cn.longyuan.market.domain.(**)").should().beFreeOfCycles();
        domain.check(INVENTORY);
        ArchRule infrastructure = slices().matching("cn.longyuan.market.infrastructure.(**)")
                .should()
                .beFreeOfCycles();
        infrastructure.check(INVENTORY);
    }
}
