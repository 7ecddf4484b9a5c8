package org.clustersim.stats;

import java.util.Arrays;

/** A growable list of primitive doubles: one per (variant, metric, step) cell, without boxing. */
final class DoubleList {

    private double[] data = new double[8];
    private int size;

    void add(double v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
