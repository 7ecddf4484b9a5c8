package org.clustersim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results folder's lock: taken and released, refused with its holder named, a stale lock of
 * a dead process on this machine (or of a recycled pid) taken over, a lock of another host or an
 * unreadable one taken only with break-lock and a live local holder never, and one winner when
 * several take the same stale lock at once.
 */
@Timeout(30)
class FolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void takenThenReleased() throws Exception {
        Path out = tmp.resolve("results/run");
        try (FolderLock lock = FolderLock.take(out, "clustersim run a.yaml", false)) {
            assertEquals(tmp.resolve("results/run.lock"), lock.file());
            assertNull(lock.takeover());
            LockHolder holder = holderIn(lock.file());
            assertEquals(ProcessHandle.current().pid(), holder.pid());
            assertEquals("clustersim run a.yaml", holder.command());
            assertTrue(holder.onThisMachine() && holder.alive());
        }
        assertFalse(Files.exists(tmp.resolve("results/run.lock")), "released");
        assertFalse(Files.exists(out), "the lock writes nothing in the folder");
        try (FolderLock again = FolderLock.take(out, "clustersim run b.yaml", false)) {
            assertEquals("clustersim run b.yaml", holderIn(again.file()).command());
        }
    }

    @Test
    void secondWriterIsRefusedWithTheHolderNamed() throws Exception {
        Path out = tmp.resolve("run");
        try (FolderLock lock = FolderLock.take(out, "clustersim run first.yaml", false)) {
            String before = Files.readString(lock.file());
            for (boolean breakLock : new boolean[] {false, true}) {
                FolderLockedException e = assertThrows(FolderLockedException.class,
                        () -> FolderLock.take(out, "clustersim run second.yaml --force", breakLock));
                LockHolder holder = e.holder().orElseThrow();
                assertTrue(e.getMessage().startsWith(out + " is being written by pid " + holder.pid() + " on host "
                        + holder.host() + ", started "), e.getMessage());
                assertTrue(e.getMessage().contains("(clustersim run first.yaml); wait until it ends"), e.getMessage());
                assertFalse(e.getMessage().contains("--break-lock"), "a live local holder is never broken");
                assertEquals(before, Files.readString(lock.file()));
            }
        }
    }

    @Test
    void staleLockOfADeadProcessIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockHolder me = LockHolder.current("clustersim run old.yaml");
        LockHolder dead = new LockHolder(me.host(), me.pidSpace(), gone.pid(), me.started(), me.command());
        Path out = tmp.resolve("run");
        Files.writeString(tmp.resolve("run.lock"), dead.text(out));
        try (FolderLock lock = FolderLock.take(out, "clustersim run new.yaml --resume", false)) {
            assertEquals("stale lock of " + dead + ": taken over", lock.takeover());
            assertTrue(lock.takeover().startsWith("stale lock of pid " + gone.pid() + " on host " + me.host()
                    + ", started "), lock.takeover());
            assertEquals("clustersim run new.yaml --resume", holderIn(lock.file()).command());
        }
    }

    @Test
    void aRecycledPidIsNotTheHolder() throws Exception {
        LockHolder me = LockHolder.current("clustersim run old.yaml");
        LockHolder earlier = new LockHolder(me.host(), me.pidSpace(), me.pid(),
                me.started().minus(Duration.ofHours(1)), me.command());
        assertFalse(earlier.alive(), "this pid belonged to a process that started an hour before this one");
        Path out = tmp.resolve("run");
        Files.writeString(tmp.resolve("run.lock"), earlier.text(out));
        try (FolderLock lock = FolderLock.take(out, "clustersim run new.yaml", false)) {
            assertTrue(lock.takeover().startsWith("stale lock of pid " + me.pid()), lock.takeover());
        }
    }

    @Test
    void lockOfAnotherHostIsTakenOnlyWithBreakLock() throws Exception {
        LockHolder remote = new LockHolder("node17.example", "pid:[1]", 4242, null, "clustersim run --shard 3/8");
        Path out = tmp.resolve("shard-3");
        Files.writeString(tmp.resolve("shard-3.lock"), remote.text(out));
        FolderLockedException e = assertThrows(FolderLockedException.class,
                () -> FolderLock.take(out, "clustersim run --shard 3/8", false));
        assertEquals(out + " is being written by pid 4242 on host node17.example (clustersim run --shard 3/8),"
                + " which cannot be checked from this host; wait until it ends, or if it is no longer running, take"
                + " the lock with --break-lock (lock file " + tmp.resolve("shard-3.lock") + ")", e.getMessage());
        try (FolderLock lock = FolderLock.take(out, "clustersim run --shard 3/8 --resume", true)) {
            assertEquals("broke the lock of " + remote + " (--break-lock)", lock.takeover());
            assertEquals(ProcessHandle.current().pid(), holderIn(lock.file()).pid());
        }
    }

    @Test
    void unreadableLockIsTakenOnlyWithBreakLock() throws Exception {
        Path out = tmp.resolve("run");
        Files.writeString(tmp.resolve("run.lock"), "");
        FolderLockedException e = assertThrows(FolderLockedException.class, () -> FolderLock.take(out, "c", false));
        assertTrue(e.getMessage().contains("which does not say which process holds it"), e.getMessage());
        assertTrue(e.holder().isEmpty());
        try (FolderLock lock = FolderLock.take(out, "c", true)) {
            assertTrue(lock.takeover().startsWith("broke the lock of " + tmp.resolve("run.lock")), lock.takeover());
        }
    }

    @Test
    void releaseKeepsALockThatAnotherProcessBrokeAndHolds() throws Exception {
        Path out = tmp.resolve("run");
        LockHolder other = new LockHolder("node2", "", 7, null, "clustersim run x --break-lock");
        FolderLock lock = FolderLock.take(out, "clustersim run x", false);
        Files.writeString(lock.file(), other.text(out));
        lock.close();
        assertEquals(Optional.of(other), LockHolder.parse(Files.readString(lock.file())));
    }

    @Test
    void oneOfSeveralTakesAStaleLock() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        LockHolder me = LockHolder.current("old");
        Path out = tmp.resolve("run");
        Files.writeString(tmp.resolve("run.lock"),
                new LockHolder(me.host(), me.pidSpace(), gone.pid(), null, "old").text(out));
        int n = 8;
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<FolderLock>> tries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    return FolderLock.take(out, "new", false);
                } catch (FolderLockedException e) {
                    return null;
                }
            }));
        }
        // Every attempt ends before any lock is released: a release would let a late one take it.
        List<FolderLock> taken = new ArrayList<>();
        for (Future<FolderLock> f : tries) {
            FolderLock lock = f.get();
            if (lock != null) {
                taken.add(lock);
            }
        }
        pool.shutdown();
        taken.forEach(FolderLock::close);
        assertEquals(1, taken.size());
        assertFalse(Files.exists(tmp.resolve("run.lock")));
    }

    private static LockHolder holderIn(Path lockFile) throws IOException {
        return LockHolder.parse(Files.readString(lockFile)).orElseThrow();
    }
}
