package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.clustersim.model.ActorKind;
import org.clustersim.model.Site;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A network read back from a GraphML file written by {@link org.clustersim.output.GraphmlWriter}:
 * nodes with the attributes the pictures need, edges with trust both ways, and the strong-tie
 * threshold. Data keys are resolved through their {@code <key>} declarations, as GraphML requires.
 */
public record Network(double threshold, List<Node> nodes, List<Edge> edges) {

    /** An actor: GraphML id, name, kind, site, and coordinates in km. */
    public record Node(String id, String name, ActorKind kind, Site site, double x, double y) {
    }

    /** An acquaintance: source has the lower actor id; trust is source-in-target and back. */
    public record Edge(String source, String target, double trustAB, double trustBA, boolean strong) {
        /** Mean trust of the pair. */
        public double meanTrust() {
            return (trustAB + trustBA) / 2;
        }
    }

    /** Parses {@code file}; DTDs are refused, so no external entity is ever fetched. */
    public static Network read(Path file) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read GraphML " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Element graph = (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
        if (graph == null) {
            throw new IOException(file + " holds no <graph>");
        }
        double threshold = Double.parseDouble(require(data(graph, keyNames), "strong_tie_threshold", file));
        List<Node> nodes = new ArrayList<>();
        NodeList nodeElements = graph.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodeElements.getLength(); i++) {
            Element e = (Element) nodeElements.item(i);
            Map<String, String> d = data(e, keyNames);
            nodes.add(new Node(e.getAttribute("id"), require(d, "name", file),
                    ActorKind.valueOf(require(d, "kind", file).toUpperCase(Locale.ROOT)),
                    Site.valueOf(require(d, "site", file).toUpperCase(Locale.ROOT)),
                    Double.parseDouble(require(d, "x", file)), Double.parseDouble(require(d, "y", file))));
        }
        List<Edge> edges = new ArrayList<>();
        NodeList edgeElements = graph.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edgeElements.getLength(); i++) {
            Element e = (Element) edgeElements.item(i);
            Map<String, String> d = data(e, keyNames);
            edges.add(new Edge(e.getAttribute("source"), e.getAttribute("target"),
                    Double.parseDouble(require(d, "trust_ab", file)), Double.parseDouble(require(d, "trust_ba", file)),
                    Boolean.parseBoolean(require(d, "strong", file))));
        }
        return new Network(threshold, List.copyOf(nodes), List.copyOf(edges));
    }

    /** The strong-tie graph: all nodes, and the edges with min(trust_ab, trust_ba) &gt;= threshold. */
    public Graph<String, DefaultEdge> strongTieGraph() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(n -> g.addVertex(n.id()));
        for (Edge e : edges) {
            if (Math.min(e.trustAB(), e.trustBA()) >= threshold) {
                g.addEdge(e.source(), e.target());
            }
        }
        return g;
    }

    /** The {@code <data>} children of {@code element}, by attribute name. */
    private static Map<String, String> data(Element element, Map<String, String> keyNames) {
        Map<String, String> values = new HashMap<>();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element d && "data".equals(d.getLocalName())) {
                values.put(keyNames.getOrDefault(d.getAttribute("key"), d.getAttribute("key")), d.getTextContent());
            }
        }
        return values;
    }

    private static String require(Map<String, String> data, String name, Path file) throws IOException {
        String v = data.get(name);
        if (v == null) {
            throw new IOException(file + ": an element lacks the '" + name + "' attribute");
        }
        return v;
    }
}
