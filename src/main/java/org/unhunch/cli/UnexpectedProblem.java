package org.unhunch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that failed in a way nobody foresaw prints: one line that names the problem and
 * says it is a bug, exit status {@link ExitStatus#BUG}; the stack trace goes to the agent's log, and
 * onto standard error only with {@code UNHUNCH_DEBUG=1}. Never a bare stack trace on a terminal.
 */
final class UnexpectedProblem implements IExecutionExceptionHandler {

    static final String DEBUG_ENVIRONMENT = "UNHUNCH_DEBUG";
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedProblem.class);

    private final Map<String, String> environment;

    UnexpectedProblem(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception problem, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("unhunch " + command.getCommandName() + ": unexpected problem: " + problem
                + "; this is a bug in Unhunch, please report it with the command you ran"
                + (debug() ? "" : " (" + DEBUG_ENVIRONMENT + "=1 prints the details)"));
        if (debug()) {
            StringWriter trace = new StringWriter();
            problem.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        LOG.info("Unexpected problem in 'unhunch {}'", command.getCommandName(), problem);
        return ExitStatus.BUG;
    }

    private boolean debug() {
        return "1".equals(environment.get(DEBUG_ENVIRONMENT));
    }
}
