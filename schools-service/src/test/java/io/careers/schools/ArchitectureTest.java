package io.careers.schools;

import io.careers.testkit.ServiceArchitectureTest;

/** The shape every service keeps: see {@code ArchitectureRules}. */
class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("schools");
    }
}
