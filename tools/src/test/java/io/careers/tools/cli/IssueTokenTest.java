package io.careers.tools.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code token}: which roles and lifetimes it refuses before it signs anything. */
class IssueTokenTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CareersTools.command(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aRoleOtherThanEditorOrAdminIsRefusedWithTheChoices() {
        assertEquals(2, run("token", "partner"));
        assertTrue(err.toString().contains("expected one of [EDITOR, ADMIN]"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void theRoleIsReadWhateverItsCase() {
        assertEquals(0, run("token", "Editor", "--help"));
    }

    @Test
    void aLifetimeLongerThanTheServicesAcceptIsRefused() {
        assertEquals(2, run("token", "editor", "--ttl", "P40D"));
        assertTrue(err.toString().contains("--ttl must be more than nothing and at most 31 days"), err.toString());
        assertEquals("", out.toString());
    }
}
