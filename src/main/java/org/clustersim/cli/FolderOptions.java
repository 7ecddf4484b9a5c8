package org.clustersim.cli;

import picocli.CommandLine.Option;

/**
 * The options every command that writes a results folder shares (a picocli mixin), so that
 * they read and behave the same everywhere.
 */
final class FolderOptions {
    @Option(names = "--force", description = "replace an existing results folder")
    boolean force;

    @Option(names = "--quiet", description = "no progress or warnings on stderr (the report lists the warnings)")
    boolean quiet;
}
