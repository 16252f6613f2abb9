package dev.allot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(AllotApplication.class);

    @Test
    void modules_depend_only_on_each_others_published_api_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
