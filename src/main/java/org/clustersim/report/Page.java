package org.clustersim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A self-contained report page built section by section, with a table of contents: the frame
 * shared by the reports of {@code sensitivity} and {@code patterns} ({@link Report} has its own, with
 * the same style). The manifest closes the page in a collapsible block.
 */
final class Page {
    private final String title;
    private final String meta;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final Map<String, String> toc = new LinkedHashMap<>();

    Page(String title, String meta) {
        this.title = title;
        this.meta = meta;
    }

    /** Starts a section listed in the contents. */
    StringBuilder section(String id, String heading) {
        toc.put(id, heading);
        Html.heading(body, id, heading);
        return body;
    }

    /** The body, to append to the current section. */
    StringBuilder body() {
        return body;
    }

    /** Writes the page into {@code dir/report.html}, closing with {@code dir/manifest.json}. */
    void write(Path dir) throws IOException {
        String manifest = Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder(body.length() + manifest.length() + 8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>clustersim: ")
                .append(Html.esc(title)).append("</title>\n<style>\n").append(Report.CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"meta\">").append(Html.esc(meta))
                .append("</p>\n<nav>\n<b>Contents</b>\n<ol>\n");
        toc.forEach((id, heading) -> h.append("<li><a href=\"#").append(id).append("\">").append(Html.esc(heading))
                .append("</a></li>\n"));
        h.append("</ol>\n</nav>\n").append(body).append("<details>\n<summary>Manifest (manifest.json)</summary>\n<pre>")
                .append(Html.esc(manifest)).append("</pre>\n</details>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(Report.FILE), h.toString(), StandardCharsets.UTF_8);
    }
}
