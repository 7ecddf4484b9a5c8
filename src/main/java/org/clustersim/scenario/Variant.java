package org.clustersim.scenario;

import org.clustersim.model.ModelConfig;

/**
 * One arm of an experiment: a name and the model configuration it runs (the base scenario with
 * the variant's overrides merged in).
 */
public record Variant(String name, ModelConfig config) {
}
