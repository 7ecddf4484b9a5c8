package org.clustersim.output;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The process that holds a {@link FolderLock}, as its lock file records it: one {@code key: value}
 * line per field, after a comment line for whoever finds the file.
 *
 * @param host     the host name as the kernel knows it (no DNS lookup, which may hang or differ)
 * @param pidSpace the Linux pid namespace ({@code pid:[4026531836]}), empty elsewhere: two
 *                 containers on one host may give the same pid to different processes
 * @param pid      the process id within that namespace
 * @param started  when the process started (null if the OS does not say), which tells the
 *                 holder from a later process that was given the same pid
 * @param command  the holder's command line, e.g. {@code clustersim run FILE --out DIR}
 */
public record LockHolder(String host, String pidSpace, long pid, Instant started, String command) {
    /**
     * How far two readings of one process's start may differ: Linux derives it from the boot
     * time, which moves when the clock is stepped. Wider would risk taking a recycled pid for
     * the holder, which only makes a stale lock look alive (a refusal, never a second writer).
     */
    private static final Duration SAME_START = Duration.ofSeconds(2);
    private static final String HOST = readHostName();
    private static final String PID_SPACE = readPidSpace();

    /** This process, running {@code command}. */
    public static LockHolder current(String command) {
        ProcessHandle self = ProcessHandle.current();
        return new LockHolder(HOST, PID_SPACE, self.pid(), self.info().startInstant().orElse(null),
                command.replaceAll("\\R", " "));
    }

    /** Whether this holder runs on the machine (host and pid namespace) of the calling process. */
    public boolean onThisMachine() {
        return host.equals(HOST) && pidSpace.equals(PID_SPACE);
    }

    /**
     * Whether the holder's process is still running; meaningful only {@link #onThisMachine()}. A
     * process with the holder's pid but another start time is a later process given the same pid.
     */
    public boolean alive() {
        Optional<ProcessHandle> p = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) {
            return false;
        }
        Optional<Instant> start = p.get().info().startInstant();
        return started == null || start.isEmpty()
                || Duration.between(started, start.get()).abs().compareTo(SAME_START) <= 0;
    }

    /** The lock file's text for this holder writing {@code folder}. */
    String text(Path folder) {
        return "# clustersim: this process is writing " + folder + " (see docs/reliability.md)\n"
                + "host: " + host + "\n"
                + "pid_namespace: " + pidSpace + "\n"
                + "pid: " + pid + "\n"
                + "started: " + (started == null ? "" : started) + "\n"
                + "command: " + command + "\n";
    }

    /** The holder a lock file's text names; empty if the text does not name a process. */
    static Optional<LockHolder> parse(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            if (!line.startsWith("#") && colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        try {
            String started = fields.getOrDefault("started", "");
            return Optional.of(new LockHolder(fields.getOrDefault("host", ""), fields.getOrDefault("pid_namespace", ""),
                    Long.parseLong(fields.get("pid")), started.isEmpty() ? null : Instant.parse(started),
                    fields.getOrDefault("command", "")));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "pid N on host H, started T (COMMAND)", as messages name a holder. */
    @Override
    public String toString() {
        String since = started == null ? "" : ", started " + started.truncatedTo(ChronoUnit.SECONDS);
        return "pid " + pid + " on host " + host + since + (command.isEmpty() ? "" : " (" + command + ")");
    }

    private static String readHostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException unknown) {
                return "unknown";
            }
        }
    }

    private static String readPidSpace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
