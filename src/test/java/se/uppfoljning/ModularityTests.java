package se.uppfoljning;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(UppfoljningApplication.class).verify();
    }
}
