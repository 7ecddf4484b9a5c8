package org.clustersim.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder that appears complete or not at all.
 *
 * <p>Results are written into {@code <out>.partial/}; {@link #commit()} renames it to {@code <out>}.
 * The folder name is the completion marker: {@code <out>} only ever holds a finished run, so no
 * separate status file is written. With {@code force}, an existing {@code <out>} is kept until commit,
 * then renamed to {@code <out>.old}, replaced, and deleted, so a run that fails leaves the previous
 * results in place. A stale {@code <out>.partial} left by a crashed run is deleted by {@link #open}.
 * Renames use an atomic move where the file system offers one; source and target are siblings,
 * hence on the same file system.
 */
public final class AtomicOutputDir {

    private final Path out;
    private final Path partial;
    private final boolean force;
    private boolean committed;

    private AtomicOutputDir(Path out, boolean force) {
        this.out = out;
        this.partial = sibling(out, ".partial");
        this.force = force;
    }

    /**
     * Prepares an empty {@code <out>.partial/} to write into.
     *
     * @throws OutputExistsException if {@code out} exists and {@code force} is false
     */
    public static AtomicOutputDir open(Path out, boolean force) throws IOException, OutputExistsException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target, force);
        AtomicOutputDir dir = new AtomicOutputDir(target, force);
        deleteRecursively(dir.partial);
        Files.createDirectories(dir.partial);
        return dir;
    }

    /**
     * Reopens the {@code <out>.partial/} of an interrupted run, keeping what it holds.
     *
     * @throws IOException if there is no such folder to resume
     */
    public static AtomicOutputDir resume(Path out, boolean force) throws IOException, OutputExistsException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target, force);
        AtomicOutputDir dir = new AtomicOutputDir(target, force);
        if (!Files.isDirectory(dir.partial)) {
            throw new java.nio.file.NoSuchFileException(dir.partial.toString(), null, "nothing to resume");
        }
        return dir;
    }

    /** Files by which a folder is recognised as results that clustersim wrote. */
    public static final java.util.List<String> RESULT_MARKERS = java.util.List.of("manifest.json", "patterns.csv",
            "morris.csv", "shard.json");

    /**
     * An existing folder may be replaced only with {@code force}, and only when it holds
     * clustersim results: {@code --out . --force} must never delete a working directory.
     */
    private static void checkReplaceable(Path target, boolean force) throws OutputExistsException {
        if (!Files.exists(target)) {
            return;
        }
        if (!force) {
            throw new OutputExistsException(target);
        }
        if (RESULT_MARKERS.stream().noneMatch(m -> Files.isRegularFile(target.resolve(m)))) {
            throw new OutputExistsException(target, target + " is not a clustersim results folder (none of "
                    + String.join(", ", RESULT_MARKERS) + "); --force only replaces results folders");
        }
    }

    /** The folder to write results into until commit. */
    public Path dir() {
        return partial;
    }

    /** {@code dir().resolve(name)}: where to write the result file {@code name}. */
    public Path resolve(String name) {
        return partial.resolve(name);
    }

    /** The final folder, which exists with the new results once {@link #commit()} returns. */
    public Path target() {
        return out;
    }

    /** Moves the results into place, replacing the previous folder if {@code force} was given. */
    public void commit() throws IOException, OutputExistsException {
        if (committed) {
            throw new IllegalStateException("already committed: " + out);
        }
        Path old = sibling(out, ".old");
        boolean replacing = Files.exists(out);
        if (replacing) {
            // Checked again because another process may have created the folder since open().
            if (!force) {
                throw new OutputExistsException(out);
            }
            deleteRecursively(old);
            move(out, old);
        }
        move(partial, out);
        committed = true;
        if (replacing) {
            deleteRecursively(old);
        }
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code path} and everything below it; does nothing if it does not exist. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
