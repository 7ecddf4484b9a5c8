package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.clustersim.output.FolderLock;
import org.clustersim.output.FolderLockedException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The lock of the results folder a command writes (a picocli mixin shared by every such
 * command): {@code --break-lock}, and taking the {@link FolderLock} with the CLI's messages.
 * A folder another process is writing is refused in one line that names the holder (exit code 2).
 */
final class LockOptions {
    @Option(names = "--break-lock",
            description = "take the folder's lock from a process on another host that is no longer running")
    boolean breakLock;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The lock of {@code folder}, held until closed; null after saying in one line why it cannot
     * be taken (another process holds it, or its file cannot be created), for exit code 2.
     */
    FolderLock take(Path folder) {
        try {
            FolderLock lock = FolderLock.take(folder, commandLine(), breakLock);
            if (lock.takeover() != null) {
                System.err.println(prefix() + lock.takeover());
            }
            return lock;
        } catch (FolderLockedException e) {
            System.err.println(prefix() + e.getMessage());
        } catch (IOException e) {
            System.err.println(prefix() + "cannot create the results folder " + folder + ": " + RunCommand.reason(e));
        }
        return null;
    }

    /** The command line as the user typed it after the launcher's name, each argument quoted if it must be. */
    String commandLine() {
        // The arguments hold the command's name unless it was executed on its own (as tests do).
        StringBuilder line = new StringBuilder("clustersim");
        if (command.parent() == null) {
            line.append(' ').append(command.name());
        }
        for (String arg : command.commandLine().getParseResult().originalArgs()) {
            line.append(' ').append(arg.matches("[A-Za-z0-9_./=:,@%+-]+") ? arg : SlurmScripts.quote(arg));
        }
        return line.toString();
    }

    private String prefix() {
        return "clustersim " + command.name() + ": ";
    }
}
