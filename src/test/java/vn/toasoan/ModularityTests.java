package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature is a module whose {@code package-info.java} names the modules it may use. A dependency on any other
 * module, a cycle, or a reach into another module's sub-packages fails here; so does a module without such a contract,
 * or a contract that still names a module no longer used.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(ToaSoanApplication.class);

    @Test
    void featuresUseOnlyTheModulesTheirContractsName() {
        MODULES.verify();
    }

    @Test
    void everyModuleHasAContract() {
        assertThat(declared().entrySet())
                .as("modules without allowedDependencies in their package-info.java")
                .noneMatch(contract -> contract.getValue().contains(ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void contractsNameExactlyWhatEachModuleUses() {
        Map<String, Set<String>> used = new TreeMap<>();
        MODULES.forEach(module -> used.put(
                module.getIdentifier().toString(),
                module.getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(m -> m.getIdentifier().toString())
                        .collect(Collectors.toCollection(TreeSet::new))));
        assertThat(declared()).isEqualTo(used);
    }

    /** Each module's allowed dependencies, by module name. */
    private static Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(
                module.getIdentifier().toString(),
                module.getBasePackage()
                        .getAnnotation(ApplicationModule.class)
                        .map(contract -> Arrays.stream(contract.allowedDependencies())
                                .map(name -> name.replaceFirst("::.*", ""))
                                .collect(Collectors.toCollection(TreeSet::new)))
                        .orElseGet(() -> new TreeSet<>(Set.of(ApplicationModule.OPEN_TOKEN)))));
        return declared;
    }
}
