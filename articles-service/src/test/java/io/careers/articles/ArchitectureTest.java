package io.careers.articles;

import io.careers.testkit.ServiceArchitectureTest;

/** The shape every service keeps: see {@code ArchitectureRules}. */
class ArchitectureTest extends ServiceArchitectureTest {
    ArchitectureTest() {
        super("articles");
    }
}
