package org.clustersim.cli;

import org.clustersim.output.Manifest;
import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"clustersim " + Manifest.version()};
    }
}
