package org.clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Help on every command: {@code CMD --help}, {@code CMD -h} and {@code help CMD} print the
 * command's usage on standard output and exit 0, even for a command with a required FILE. The
 * commands are read from the command line itself, so a command added later is covered too.
 */
class HelpTest {
    static Stream<Arguments> helpRequests() {
        List<Arguments> out = new ArrayList<>();
        for (String name : new CommandLine(new Main()).getSubcommands().keySet()) {
            out.add(Arguments.of(name, List.of(name, "--help")));
            out.add(Arguments.of(name, List.of(name, "-h")));
            out.add(Arguments.of(name, List.of("help", name)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("helpRequests")
    void printsUsageAndExits0(String name, List<String> args) {
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(Main.OK, r.exitCode(), r.describe());
        assertTrue(r.out().contains("Usage: clustersim " + name + " "), r.describe());
        assertTrue(r.out().contains("-h, --help"), r.describe());
        assertFalse(r.errShowsJavaInternals(), r.describe());
    }
}
