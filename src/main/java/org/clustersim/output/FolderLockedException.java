package org.clustersim.output;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when another process holds the lock of a results folder. The message is one line that
 * names the holder and what the user can do: wait, or, when the holder runs on another host (or
 * the lock file does not say who holds it), break the lock once sure that process is gone.
 */
public class FolderLockedException extends Exception {
    private final transient LockHolder holder;

    /**
     * @param folder the results folder
     * @param file   its lock file
     * @param holder who holds it; null if the lock file does not say
     */
    FolderLockedException(Path folder, Path file, LockHolder holder) {
        super(message(folder, file, holder));
        this.holder = holder;
    }

    /** The process that holds the lock, if its lock file names one. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }

    private static String message(Path folder, Path file, LockHolder holder) {
        if (holder == null) {
            return folder + " is locked by " + file + ", which does not say which process holds it; if no clustersim"
                    + " command is writing there, take the lock with --break-lock";
        }
        String which = folder + " is being written by " + holder;
        if (holder.onThisMachine()) {
            return which + "; wait until it ends (lock file " + file + ")";
        }
        return which + ", which cannot be checked from this host; wait until it ends, or if it is no longer running,"
                + " take the lock with --break-lock (lock file " + file + ")";
    }
}
