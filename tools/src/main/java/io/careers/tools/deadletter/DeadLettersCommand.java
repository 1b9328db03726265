package io.careers.tools.deadletter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the services set aside: list a dead-letter topic, and send chosen records again after a fix. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
    description = "Lists the records of a dead-letter topic (<topic>.dlt) and re-publishes chosen ones after a fix.",
    subcommands = {ListDeadLetters.class, ReplayDeadLetters.class})
public final class DeadLettersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: list or replay");
    }
}
