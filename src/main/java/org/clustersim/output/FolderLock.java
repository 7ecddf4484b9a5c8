package org.clustersim.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to write one results folder: the file {@code <out>.lock} beside it, a
 * sibling so that it also covers {@code <out>.partial} and {@code <out>.old}. Every command that
 * writes or deletes a results folder holds it for the whole time it writes.
 *
 * <p>Results often live on a network file system, where OS locks may be missing or wrong, so the
 * lock is the existence of the file itself. It is written whole under a unique name and then
 * hard-linked to {@code <out>.lock}, an operation that fails if the name exists, also over NFS;
 * other processes therefore never see a half-written lock. The file names its holder
 * ({@link LockHolder}). A holder on this machine whose process is gone left a stale lock (a
 * {@code kill -9}, a crash): it is taken over. A holder on another host cannot be checked, so its
 * lock is only taken with {@code breakLock}, which the user gives once sure the holder is gone.
 * No lock expires by age: clocks of different hosts need not agree.
 *
 * <p>{@link #close()} releases the lock, as does the normal end of the JVM (including SIGTERM
 * and Ctrl-C) for locks still held, each after its {@link #onShutdown} action: what the holder
 * says about the folder it leaves must come before another process may take the folder.
 */
public final class FolderLock implements AutoCloseable {
    /** Races for one lock end within a few rounds; more means something keeps recreating it. */
    private static final int ROUNDS = 5;
    private static final Set<FolderLock> HELD = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> HELD.forEach(FolderLock::release), "clustersim-unlock"));
    }

    private final Path file;
    private final byte[] content;
    private final String takeover;
    private volatile Runnable onShutdown;

    private FolderLock(Path file, byte[] content, String takeover) {
        this.file = file;
        this.content = content;
        this.takeover = takeover;
    }

    /**
     * Takes the lock of {@code folder} for this process.
     *
     * @param command   the command line, recorded for whoever finds the folder locked
     * @param breakLock whether to take a lock whose holder cannot be checked from here (another
     *                  host, or an unreadable lock file); a live holder on this machine is never
     *                  dispossessed
     * @throws FolderLockedException if another process holds it
     */
    public static FolderLock take(Path folder, String command, boolean breakLock)
            throws FolderLockedException, IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path file = target.resolveSibling(target.getFileName() + ".lock");
        Path parent = file.getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new FileSystemException(parent.toString(), null, "Not a directory");
        }
        Files.createDirectories(parent);
        byte[] content = LockHolder.current(command).text(target).getBytes(StandardCharsets.UTF_8);
        String takeover = null;
        for (int round = 0; round < ROUNDS; round++) {
            if (create(file, content)) {
                FolderLock lock = new FolderLock(file, content, takeover);
                HELD.add(lock);
                return lock;
            }
            byte[] seen = read(file);
            if (seen == null) {
                continue;
            }
            Optional<LockHolder> holder = LockHolder.parse(new String(seen, StandardCharsets.UTF_8));
            boolean local = holder.isPresent() && holder.get().onThisMachine();
            if (local && !holder.get().alive()) {
                takeover = "stale lock of " + holder.get() + ": taken over";
            } else if (breakLock && !local) {
                takeover = "broke the lock of " + holder.map(LockHolder::toString).orElse(file.toString())
                        + " (--break-lock)";
            } else {
                throw new FolderLockedException(target, file, holder.orElse(null));
            }
            removeIfUnchanged(file, seen);
        }
        byte[] last = read(file);
        throw new FolderLockedException(target, file,
                last == null ? null : LockHolder.parse(new String(last, StandardCharsets.UTF_8)).orElse(null));
    }

    /** The lock file, {@code <out>.lock}. */
    public Path file() {
        return file;
    }

    /** What taking the lock replaced, e.g. "stale lock of pid N on host H, ...: taken over"; null if nothing. */
    public String takeover() {
        return takeover;
    }

    /**
     * Sets what to do if the JVM ends (Ctrl-C, SIGTERM) while the lock is held, just before it is
     * released; null for nothing. Shutdown hooks run in no set order, hence this one place.
     */
    public void onShutdown(Runnable action) {
        onShutdown = action;
    }

    /** The shutdown hook's release: the holder's last words, then the lock. */
    private void release() {
        Runnable action = onShutdown;
        try {
            if (action != null) {
                action.run();
            }
        } finally {
            close();
        }
    }

    /**
     * Releases the lock, unless another process broke it and holds it now. Never throws: a lock
     * file that cannot be removed is the stale lock of a dead process, which the next command on
     * this machine takes over.
     */
    @Override
    public void close() {
        if (!HELD.remove(this)) {
            return;
        }
        try {
            if (Arrays.equals(read(file), content)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left behind, it is recognised as stale (see above).
        }
    }

    /** Creates {@code file} holding {@code content}, atomically; false if it exists. */
    private static boolean create(Path file, byte[] content) throws IOException {
        Path unique = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(unique, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.createLink(file, unique);
            return true;
        } catch (FileAlreadyExistsException e) {
            // Over NFS a link whose reply was lost is retried and reported as existing: the
            // link count of the unique file tells (open(2), "O_EXCL").
            return linkCount(unique) == 2;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // A file system without hard links: exclusive creation, at the cost of a moment
            // in which the lock exists but is empty (read as a lock that does not say its holder).
            try {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        } finally {
            Files.deleteIfExists(unique);
        }
    }

    private static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The bytes of {@code file}; null if it does not exist. */
    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Deletes the lock {@code file} if it still holds {@code seen}. Two processes of this machine
     * may find one stale lock: without the guard, the second could delete the lock the first has
     * just created in its place. The guard is an OS lock on one file of the local temporary
     * folder, reliable among processes of one machine, which is all a stale lock concerns; one
     * file for all folders, as takeovers are rare and brief, so that none pile up.
     */
    private static void removeIfUnchanged(Path file, byte[] seen) throws IOException {
        String user = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");
        Path guard = Path.of(System.getProperty("java.io.tmpdir"), "clustersim-" + user + ".guard");
        synchronized (HELD) {
            try (FileChannel channel = FileChannel.open(guard, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (Arrays.equals(read(file), seen)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
