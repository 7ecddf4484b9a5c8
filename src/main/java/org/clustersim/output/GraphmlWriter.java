package org.clustersim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.text.StringEscapeUtils;
import org.clustersim.format.Csv;
import org.clustersim.model.Actor;
import org.clustersim.model.ClusterModel;
import org.clustersim.model.Param;

/**
 * Writes the final network of one run as GraphML (http://graphml.graphdrawing.org/), readable by
 * Gephi, yEd, networkx and igraph.
 *
 * <p>Nodes are the active actors ({@code id="n<actor id>"}) with the attributes name, kind, site,
 * x, y, appropriation, know_how, external, member and coordinator. x and y are the site's
 * kilometre coordinates ({@link org.clustersim.model.Site}) plus a deterministic offset within
 * {@link #JITTER_KM} derived from the actor id, so that actors of one site do not sit on one point.
 * Edges are the undirected pairs of active actors who know each other, source = lower id (a), with
 * trust_ab, trust_ba and strong = min(trust_ab, trust_ba) &gt;= strong_tie. The graph carries the
 * threshold as {@code strong_tie_threshold}, so the strong-tie graph of the metrics can be rebuilt
 * exactly. Doubles are written by {@link Double#toString(double)}, which round-trips exactly;
 * output is UTF-8 with '\n' line ends and depends only on the model, so it is byte-deterministic.
 */
public final class GraphmlWriter {

    /** Radius, in km, of the disc in which actors of one site are spread around its coordinates. */
    public static final double JITTER_KM = 0.3;

    /** The R2 low-discrepancy sequence (Roberts 2018): consecutive ids fall far apart in the disc. */
    private static final double PLASTIC = 1.324717957244746;
    private static final double ALPHA_1 = 1 / PLASTIC;
    private static final double ALPHA_2 = 1 / (PLASTIC * PLASTIC);

    /** Attribute declarations: id, target element, type; ids double as attr.name. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"strong_tie_threshold", "graph", "double"},
            new String[] {"name", "node", "string"},
            new String[] {"kind", "node", "string"},
            new String[] {"site", "node", "string"},
            new String[] {"x", "node", "double"},
            new String[] {"y", "node", "double"},
            new String[] {"appropriation", "node", "double"},
            new String[] {"know_how", "node", "double"},
            new String[] {"external", "node", "double"},
            new String[] {"member", "node", "boolean"},
            new String[] {"coordinator", "node", "boolean"},
            new String[] {"trust_ab", "edge", "double"},
            new String[] {"trust_ba", "edge", "double"},
            new String[] {"strong", "edge", "boolean"});

    private GraphmlWriter() {
    }

    /** The file name used for a variant's network: {@code network-<variant>.graphml}. */
    public static String fileName(String variant) {
        return "network-" + safe(variant) + ".graphml";
    }

    /** {@code name} with every character outside [A-Za-z0-9._-] replaced by '_', for file names. */
    public static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Writes the network of {@code m} as it is now to {@code file}. */
    public static void write(ClusterModel m, Path file) throws IOException {
        double threshold = m.params().get(Param.STRONG_TIE);
        try (Writer out = Csv.open(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                    + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
            for (String[] k : KEYS) {
                out.write("  <key id=\"" + k[0] + "\" for=\"" + k[1] + "\" attr.name=\"" + k[0]
                        + "\" attr.type=\"" + k[2] + "\"/>\n");
            }
            out.write("  <graph id=\"G\" edgedefault=\"undirected\">\n");
            out.write("    " + data("strong_tie_threshold", Double.toString(threshold)) + "\n");
            for (Actor a : m.actors()) {
                if (a.isActive()) {
                    writeNode(out, a);
                }
            }
            for (Actor a : m.actors()) {
                if (a.isActive()) {
                    writeEdges(out, m, a, threshold);
                }
            }
            out.write("  </graph>\n</graphml>\n");
        }
    }

    private static void writeNode(Writer out, Actor a) throws IOException {
        double[] offset = jitter(a.getId());
        out.write("    <node id=\"n" + a.getId() + "\">\n");
        for (String line : List.of(
                data("name", a.getName()),
                data("kind", a.getKind().key()),
                data("site", a.getSite().key()),
                data("x", Double.toString(a.getSite().x() + offset[0])),
                data("y", Double.toString(a.getSite().y() + offset[1])),
                data("appropriation", Double.toString(a.getAppropriation())),
                data("know_how", Double.toString(a.getKnowHow())),
                data("external", Double.toString(a.getExternal())),
                data("member", Boolean.toString(a.isMember())),
                data("coordinator", Boolean.toString(a.isCoordinator())))) {
            out.write("      " + line + "\n");
        }
        out.write("    </node>\n");
    }

    /** Edges from {@code a} to every active acquaintance with a higher id, in ascending id order. */
    private static void writeEdges(Writer out, ClusterModel m, Actor a, double threshold) throws IOException {
        int[] partners = new int[a.ties().size()];
        for (int k = 0; k < partners.length; k++) {
            partners[k] = a.ties().partner(k);
        }
        Arrays.sort(partners);
        for (int id : partners) {
            Actor b = m.actor(id);
            if (id <= a.getId() || !b.isActive()) {
                continue;
            }
            double ab = a.ties().trustIn(id);
            double ba = b.ties().trustIn(a.getId());
            out.write("    <edge source=\"n" + a.getId() + "\" target=\"n" + id + "\">\n");
            out.write("      " + data("trust_ab", Double.toString(ab)) + "\n");
            out.write("      " + data("trust_ba", Double.toString(ba)) + "\n");
            out.write("      " + data("strong", Boolean.toString(Math.min(ab, ba) >= threshold)) + "\n");
            out.write("    </edge>\n");
        }
    }

    /** Offset (east, north) in km within the jitter disc, a pure function of the actor id. */
    static double[] jitter(int id) {
        double u = frac(0.5 + ALPHA_1 * id);
        double v = frac(0.5 + ALPHA_2 * id);
        double r = JITTER_KM * Math.sqrt(v);
        double angle = 2 * Math.PI * u;
        return new double[] {r * Math.cos(angle), r * Math.sin(angle)};
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + escape(value) + "</data>";
    }

    /** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
    static String escape(String s) {
        return StringEscapeUtils.escapeXml10(s);
    }
}
