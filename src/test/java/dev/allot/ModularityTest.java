package dev.allot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(AllotApplication.class);

    @Test
    void modules_depend_only_on_each_others_published_api_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void every_module_declares_the_modules_it_may_depend_on() throws ClassNotFoundException {
        for (ApplicationModule module : modules) {
            String name = module.getBasePackage().getName();
            var declared = Class.forName(name + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(name + "/package-info.java has @ApplicationModule").isNotNull();
            assertThat(declared.allowedDependencies()).as(name + " lists its allowed dependencies")
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        }
    }

    @Test
    void module_diagrams_are_written_for_the_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    // The checks above would pass vacuously if verify() caught nothing: these fixtures show it does.

    @Test
    void verify_fails_for_a_module_that_imports_another_modules_internals() {
        assertThatThrownBy(() -> fixture("reaching").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("BetaInternals");
    }

    @Test
    void verify_fails_for_a_dependency_the_module_does_not_declare() {
        assertThatThrownBy(() -> fixture("undeclared").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("beta");
    }

    @Test
    void verify_passes_for_a_declared_dependency_on_the_api() {
        assertThatCode(() -> fixture("declared").verify()).doesNotThrowAnyException();
    }

    /** The fixtures live in the test sources, which the application's own modules leave out. */
    private static ApplicationModules fixture(String name) {
        ImportOption everything = location -> true;
        return ApplicationModules.of("modularityfixture." + name, everything);
    }
}
