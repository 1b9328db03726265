package io.careers.tools.cli;

import io.careers.tools.crosswalk.PublishCrosswalk;
import io.careers.tools.deadletter.DeadLettersCommand;
import io.careers.tools.listing.FeedListings;
import io.careers.tools.projection.PublishProjections;
import io.careers.tools.release.PublishRelease;
import io.careers.tools.replay.ReplayCommand;
import io.careers.tools.sample.LoadSampleData;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The command-line tools of the careers platform for data teams and partners. */
@Command(name = "careers-tools", mixinStandardHelpOptions = true, version = "careers-tools 0.1.0",
    description = "Tools for data teams and partners of the careers platform.",
    subcommands = {PublishRelease.class, PublishProjections.class, FeedListings.class, LoadSampleData.class,
        IssueToken.class, DeadLettersCommand.class, PublishCrosswalk.class, ReplayCommand.class})
public final class CareersTools implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** @return the exit code: 0 done, 1 bad input (nothing or only good rows sent), 2 usage, 3 failure */
    public static int run(String... args) {
        return command().execute(args);
    }

    /**
     * Runs a command with its standard output captured, as tests read it.
     *
     * @param out  where the command's output goes
     * @param args the command line
     * @return its exit code
     */
    public static int run(PrintWriter out, String... args) {
        return command().setOut(out).execute(args);
    }

    /**
     * @param out where the command's output goes
     * @param err where its errors go
     * @return the command line, for tests that read both
     */
    public static CommandLine command(PrintWriter out, PrintWriter err) {
        return command().setOut(out).setErr(err);
    }

    private static CommandLine command() {
        // Case-insensitive enums: "token editor", as ./platform and the READMEs write it.
        return new CommandLine(new CareersTools()).setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("Failed: " + e.getMessage()));
            return 3;
        });
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
