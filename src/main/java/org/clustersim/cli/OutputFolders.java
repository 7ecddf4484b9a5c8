package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.clustersim.output.AtomicOutputDir;
import org.clustersim.output.OutputExistsException;

/**
 * Opening and committing a command's results folder with the CLI's messages: a folder that
 * already exists without {@code --force} is a user's mistake (exit code 2), reported in one line.
 */
final class OutputFolders {
    private OutputFolders() {
    }

    /** The opened folder, or null after reporting why it cannot be used. */
    static AtomicOutputDir open(String command, Path out, boolean force) throws IOException {
        try {
            return AtomicOutputDir.open(out, force);
        } catch (OutputExistsException e) {
            System.err.println("clustersim " + command + ": " + e.getMessage());
            return null;
        } catch (IOException e) {
            System.err.println("clustersim " + command + ": cannot create the results folder " + out + ": "
                    + RunCommand.reason(e));
            return null;
        }
    }

    /** Commits the folder; false after reporting that another process took its place. */
    static boolean commit(String command, AtomicOutputDir dir) throws IOException {
        try {
            dir.commit();
            return true;
        } catch (OutputExistsException e) {
            System.err.println("clustersim " + command + ": " + e.getMessage());
            return false;
        }
    }
}
