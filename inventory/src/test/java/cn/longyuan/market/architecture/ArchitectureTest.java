package cn.longyuan.market.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules of inventory's structure, checked on its compiled classes; each holds without exception. The module rule,
 * the domain's rule, the layer rule (nothing in application reaches into infrastructure: what the application needs
 * from outside is a port of its own, such as {@code application.shared.PdfPrinter}, which infrastructure implements),
 * and "no package cycle" in the domain, in the application and in infrastructure. The application's packages follow
 * the chain's steps over a shared kernel ({@code application.shared}), so an arrow runs only from a step to one it
 * builds on.
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
        rule.check(INVENTORY);
    }

    @Test
    void applicationPackagesFormNoCycle() {
        ArchRule rule = slices().matching("cn.longyuan.market.application.(**)")
                .should()
                .beFreeOfCycles()
                .because("each step of the chain builds on the steps before it and on the shared kernel, never back");
        rule.check(INVENTORY);
    }

    @Test
    void theSharedKernelBuildsOnNoStep() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("cn.longyuan.market.application.shared..")
                .should()
                .dependOnClassesThat(resideInAPackage("cn.longyuan.market.application..")
                        .and(not(resideInAPackage("cn.longyuan.market.application.shared.."))))
                .because("every step may use the kernel, so the kernel may use none of them");
        rule.check(INVENTORY);
    }

    @Test
    void membersBuildOnNoCatalogue() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("cn.longyuan.market.application.members..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.longyuan.market.application.catalog..")
                .because("training comes before sales in the chain: the catalogue shows the training members publish"
                        + " (TrainingProfiles), members read nothing of the catalogue");
        rule.check(INVENTORY);
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
