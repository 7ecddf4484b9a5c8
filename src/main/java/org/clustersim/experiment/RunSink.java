package org.clustersim.experiment;

import java.io.IOException;
import org.clustersim.model.ClusterModel;
import org.clustersim.output.RunKey;

/**
 * Receives finished runs, in a fixed order (variant by variant, replication by replication)
 * whatever the number of threads, so that everything written is byte-identical across thread
 * counts.
 */
public interface RunSink {
    void accept(RunKey key, double[][] values, ClusterModel finalModel) throws IOException;
}
