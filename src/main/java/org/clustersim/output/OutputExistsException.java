package org.clustersim.output;

import java.nio.file.Path;

/** Thrown when an output folder already exists and overwriting was not requested. */
public class OutputExistsException extends Exception {

    private final Path folder;

    public OutputExistsException(Path folder) {
        this(folder, "Output folder " + folder + " already exists; use --force to overwrite it");
    }

    public OutputExistsException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    /** The folder that already exists. */
    public Path folder() {
        return folder;
    }
}
