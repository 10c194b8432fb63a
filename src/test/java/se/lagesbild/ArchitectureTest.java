package se.lagesbild;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The walls between the modules (docs/decisions/0007-module-dependencies.md): the top-level packages
 * under se.lagesbild depend on each other one way only, and a module uses another's services and
 * records, never its views ({@code ui}) or its repositories. {@code base} is the shared floor: its
 * {@code ui} is there to be used by every module.
 */
class ArchitectureTest {

    private static final String ROOT = "se.lagesbild.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.lagesbild");

    @Test
    void theModulesDependOnEachOtherOneWayOnly() {
        slices().matching("se.lagesbild.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noModuleUsesAnotherModulesViewsOrRepositories() {
        classes()
                .that()
                .resideInAPackage("se.lagesbild..")
                .should(useOnlyTheirOwnViewsAndRepositories())
                .check(CLASSES);
    }

    @Test
    void baseKnowsNoOtherModuleButLive() {
        noClasses()
                .that()
                .resideInAPackage("se.lagesbild.base..")
                .should()
                .dependOnClassesThat(resideInAPackage("se.lagesbild..")
                        .and(not(resideInAnyPackage("se.lagesbild.base..", "se.lagesbild.live.."))))
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnViewsAndRepositories() {
        return new ArchCondition<>("use only their own module's views and repositories") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = module(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> to = module(target);
                    if (to.isEmpty() || to.equals(from) || to.get().equals("base")) {
                        continue;
                    }
                    if (isView(target) || isRepository(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The top-level package under se.lagesbild ("economy" for se.lagesbild.economy.ui.EconomyView). */
    private static Optional<String> module(JavaClass type) {
        String name = type.getPackageName() + ".";
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest.substring(0, rest.indexOf('.')));
    }

    private static boolean isView(JavaClass type) {
        return (type.getPackageName() + ".").matches("se\\.lagesbild\\.[a-z]+\\.ui\\..*");
    }

    private static boolean isRepository(JavaClass type) {
        // By name or Spring Data; live.ChangeLog is a @Repository by annotation, but it is live's public API.
        return type.getSimpleName().endsWith("Repository")
                || type.isAssignableTo("org.springframework.data.repository.Repository");
    }
}
