package org.clustersim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out}, shared by every command that writes a folder (a picocli mixin), so that it reads
 * the same everywhere; each command names its own default folder.
 */
final class OutOption {
    @Option(names = "--out", paramLabel = "DIR",
            description = "folder to write (default: one under results/ named after the input)")
    Path out;

    /** The folder given with {@code --out}, or the command's default. */
    Path or(Path fallback) {
        return out != null ? out : fallback;
    }
}
