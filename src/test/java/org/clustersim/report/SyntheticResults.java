package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny results folder written by hand: variants "a" and "b x", three replications of two
 * months, metrics cooperation_rate, cohesion and stage, and a four-actor network for "a" only.
 */
final class SyntheticResults {

    /** Final (step 2) stage of replications 1..3: a = {1, 2, 3}, b x = {3, 3, 1}. */
    static final String TIMESERIES = """
            variant,replication,seed,step,cooperation_rate,cohesion,stage
            a,1,11,0,0,0.3,0
            a,1,11,1,0.4,0.31,0
            a,1,11,2,0.5,0.32,1
            a,2,12,0,0,0.3,0
            a,2,12,1,0.45,0.33,1
            a,2,12,2,0.55,0.36,2
            a,3,13,0,0,0.3,0
            a,3,13,1,0.42,0.3,1
            a,3,13,2,0.9,0.34,3
            "b x",1,21,0,0,0.3,0
            "b x",1,21,1,0.2,0.29,1
            "b x",1,21,2,0.25,0.28,3
            "b x",2,22,0,0,0.3,0
            "b x",2,22,1,0.22,0.3,1
            "b x",2,22,2,0.2,0.27,3
            "b x",3,23,0,0,0.3,0
            "b x",3,23,1,0.21,0.31,1
            "b x",3,23,2,0.3,0.29,1
            """;

    static final String SUMMARY_BY_STEP = """
            variant,metric,step,n,mean,sd,ci_low,ci_high
            a,cooperation_rate,0,3,0,0,0,0
            a,cooperation_rate,1,3,0.423333,0.0251661,0.360817,0.48585
            a,cooperation_rate,2,3,0.65,0.217945,0.108594,1.19141
            a,cohesion,0,3,0.3,0,0.3,0.3
            a,cohesion,1,3,0.313333,0.0152753,0.275388,0.351279
            a,cohesion,2,3,0.34,0.02,0.290317,0.389683
            a,stage,0,3,0,0,0,0
            a,stage,1,3,0.666667,0.57735,-0.767572,2.10091
            a,stage,2,3,2,1,-0.484138,4.48414
            "b x",cooperation_rate,0,3,0,0,0,0
            "b x",cooperation_rate,1,3,0.21,0.01,0.185159,0.234841
            "b x",cooperation_rate,2,3,0.25,0.05,0.125793,0.374207
            "b x",cohesion,0,3,NA,NA,NA,NA
            "b x",cohesion,1,3,0.3,0.01,0.275159,0.324841
            "b x",cohesion,2,3,0.28,0.01,0.255159,0.304841
            "b x",stage,0,3,0,0,0,0
            "b x",stage,1,3,1,0,1,1
            "b x",stage,2,3,2.33333,1.1547,-0.535069,5.20174
            """;

    static final String TRUST = """
            variant,from_kind,to_kind,runs,mean_trust
            a,sme,sme,3,0.2
            a,sme,ministry,3,0.7
            a,ministry,sme,2,0.5
            "b x",sme,sme,3,0.1
            "b x",university,sme,1,0.9
            """;

    static final String COMPARISON = """
            variant_a,variant_b,metric,n_a,n_b,mean_a,mean_b,difference,ci_low,ci_high,t,df,p_welch,p_mann_whitney,\
            p_mann_whitney_method,cohens_d,a12,p_holm
            a,b x,cooperation_rate,3,3,0.65,0.25,-0.4,-0.9,0.1,-3,2.2,0.0004,0.1,exact,-2.5,0.02,0.0008
            a,b x,cohesion,3,3,0.34,0.28,-0.06,-0.1,-0.02,-4,3.9,0.02,0.08,normal,-3,0,0.03
            """;

    static final String MANIFEST = """
            {
              "program": "clustersim",
              "version": "dev",
              "status": "complete",
              "scenario": "synthetic",
              "description": "A & B <test> scenario.",
              "steps": 2,
              "replications": 3,
              "master_seed": 8141740447592184813,
              "variants": [
                {"name": "a", "policy_preset": "propose", "instruments": [{"instrument": "voice", "months": "months 3+",
                  "what": "voice of members, intensity 0.7"}], "parameters": {"strong_tie": 0.6, "control": 0.7}},
                {"name": "b x", "policy_preset": "impose", "instruments": [], "parameters": {"strong_tie": 0.6, "control": 0.5}}
              ]
            }
            """;

    /** n0 and n1 are tied strongly to n3 only, so n3 alone brokers the strong-tie graph. */
    static final String GRAPHML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="t" for="graph" attr.name="strong_tie_threshold" attr.type="double"/>
              <key id="k0" for="node" attr.name="name" attr.type="string"/>
              <key id="k1" for="node" attr.name="kind" attr.type="string"/>
              <key id="k2" for="node" attr.name="site" attr.type="string"/>
              <key id="k3" for="node" attr.name="x" attr.type="double"/>
              <key id="k4" for="node" attr.name="y" attr.type="double"/>
              <key id="e0" for="edge" attr.name="trust_ab" attr.type="double"/>
              <key id="e1" for="edge" attr.name="trust_ba" attr.type="double"/>
              <key id="e2" for="edge" attr.name="strong" attr.type="boolean"/>
              <graph id="G" edgedefault="undirected">
                <data key="t">0.6</data>
                <node id="n0"><data key="k0">sme-1</data><data key="k1">sme</data><data key="k2">ain_smara</data><data key="k3">-13.1</data><data key="k4">-8</data></node>
                <node id="n1"><data key="k0">sme-2</data><data key="k1">sme</data><data key="k2">ain_smara</data><data key="k3">-12.9</data><data key="k4">-8.1</data></node>
                <node id="n2"><data key="k0">MIM &amp; Co</data><data key="k1">ministry</data><data key="k2">algiers</data><data key="k3">-320</data><data key="k4">40</data></node>
                <node id="n3"><data key="k0">CCI</data><data key="k1">commerce_chamber</data><data key="k2">city_centre</data><data key="k3">0.1</data><data key="k4">0</data></node>
                <edge source="n0" target="n1"><data key="e0">0.1</data><data key="e1">0.2</data><data key="e2">false</data></edge>
                <edge source="n0" target="n3"><data key="e0">0.7</data><data key="e1">0.8</data><data key="e2">true</data></edge>
                <edge source="n1" target="n3"><data key="e0">0.65</data><data key="e1">0.9</data><data key="e2">true</data></edge>
                <edge source="n2" target="n3"><data key="e0">0.3</data><data key="e1">0.2</data><data key="e2">false</data></edge>
              </graph>
            </graphml>
            """;

    private SyntheticResults() {
    }

    /** Writes the folder's files into {@code dir}. */
    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("timeseries.csv"), TIMESERIES);
        Files.writeString(dir.resolve("summary_by_step.csv"), SUMMARY_BY_STEP);
        Files.writeString(dir.resolve("trust_matrix.csv"), TRUST);
        Files.writeString(dir.resolve("comparison.csv"), COMPARISON);
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("network-a.graphml"), GRAPHML);
        return dir;
    }
}
