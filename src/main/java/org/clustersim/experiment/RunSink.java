package org.clustersim.experiment;

import java.io.IOException;
import org.clustersim.model.ClusterModel;
import org.clustersim.format.RunKey;

/**
 * Receives the runs of an experiment in plan order (variant by variant, replication by
 * replication) whatever the number of threads, so that everything written is byte-identical
 * across thread counts and across interrupted-and-resumed runs.
 */
public interface RunSink {
    /** A run that has just finished. */
    void accept(RunKey key, double[][] values, ClusterModel finalModel) throws IOException;

    /** A run finished by an earlier, interrupted attempt: the sink takes it from its own files. */
    void replay(RunKey key) throws IOException;

    /** A run that threw; the others go on. */
    void fail(RunKey key, Throwable cause) throws IOException;
}
