package org.clustersim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustersim.format.Json;

/**
 * Which scenario file a results folder belongs to, so that {@code run} never writes one file's
 * results over another's: a copied scenario keeps the original's {@code name:}, hence its default
 * folder {@code results/<name>/}. The owner is the first file recorded in the folder's
 * {@code manifest.json}, or in the {@code run-fingerprint.json} of its interrupted run. Files are
 * compared by path, not content, so that a scenario edited in place still owns its folder.
 */
final class FolderOwner {
    private FolderOwner() {
    }

    /**
     * Null if {@code file} may write the default folder {@code target}; otherwise a sentence
     * saying whose results it holds and how to give {@code file}, named {@code name}, a folder of
     * its own.
     */
    static String collision(Path target, Path file, String name) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Path owner = owner(target.resolve("manifest.json"));
        if (owner == null) {
            owner = owner(partial.resolve(RunCommand.FINGERPRINT));
        }
        if (owner == null || same(owner, file)) {
            return null;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String suggested = stem.toLowerCase(Locale.ROOT).equals(name) ? name + "-copy" : stem;
        return target + " holds the results of " + owner + ", another file with the same name (" + name + ");"
                + " it is left as it is. Give " + file + " a name of its own (name: " + suggested + ")"
                + " or write elsewhere with --out " + target.resolveSibling(suggested);
    }

    /** The first scenario file a manifest or fingerprint records, or null if there is none to read. */
    private static Path owner(Path json) {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        try {
            if (Json.read(json) instanceof Map<?, ?> m && m.get("files") instanceof List<?> files
                    && !files.isEmpty() && files.get(0) instanceof Map<?, ?> first
                    && first.get("path") instanceof String path) {
                return Path.of(path);
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not ours to judge: the folder machinery reports a damaged folder on its own terms.
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
