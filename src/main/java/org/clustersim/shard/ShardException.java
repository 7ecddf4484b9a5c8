package org.clustersim.shard;

/**
 * Shard folders that cannot be merged, or a folder that is not a finished shard; the message
 * says which folder and what is wrong, for the user.
 */
public class ShardException extends Exception {
    public ShardException(String message) {
        super(message);
    }
}
