package vn.toasoan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other one way only; a cycle or a reach into another feature's internals fails here. */
class ModularityTests {

    @Test
    void featuresDependOneWay() {
        ApplicationModules.of(ToaSoanApplication.class).verify();
    }
}
