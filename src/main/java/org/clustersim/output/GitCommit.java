package org.clustersim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the installation that produced a result, when it runs from a git checkout
 * ({@code clustersim.home} is set by the launcher); null otherwise. Best effort: a manifest
 * without a commit is still a valid manifest.
 */
final class GitCommit {
    private static final long TIMEOUT_SECONDS = 5;

    private GitCommit() {
    }

    static String describe() {
        String home = System.getProperty("clustersim.home");
        if (home == null) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("git", "-C", Path.of(home).toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
