package org.clustersim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.commons.text.StringEscapeUtils;
import org.clustersim.report.Figures.Figure;

/** The pieces of HTML every report shares: escaped text, an embedded figure, a section heading. */
final class Html {
    private Html() {
    }

    /** HTML-escapes the text of {@code o} (null prints as an empty string). */
    static String esc(Object o) {
        String s = o == null ? "" : o.toString();
        return StringEscapeUtils.escapeHtml4(s);
    }

    /** A section heading with its anchor. */
    static void heading(StringBuilder h, String id, String title) {
        h.append("<h2 id=\"").append(esc(id)).append("\">").append(esc(title)).append("</h2>\n");
    }

    /** A figure whose PNG is read from {@code charts} and embedded as a data URI, with its caption. */
    static void figure(StringBuilder h, Path charts, Figure f) throws IOException {
        byte[] png = Files.readAllBytes(charts.resolve(f.file() + ".png"));
        h.append("<figure id=\"").append(esc(f.file())).append("\">\n<img alt=\"").append(esc(f.title()))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\">\n<figcaption><b>").append(esc(f.title())).append(".</b> ").append(esc(f.caption()));
        h.append(" Data: <code>charts/").append(esc(f.file())).append(".csv</code>.</figcaption>\n</figure>\n");
    }

    /** An anchor-safe id from any text. */
    static String id(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
