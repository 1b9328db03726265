package io.careers.tools.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Base of every command: its picocli spec, and the output and error streams picocli gives it
 * (tests run commands in-process and read what they printed there, not on {@code System.out}).
 */
public abstract class ToolCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    /** @return where the command's report goes */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return where problems go */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
