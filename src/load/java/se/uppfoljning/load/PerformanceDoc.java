package se.uppfoljning.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one generated section of docs/performance.md, between its two marker comments, and nothing else. */
public final class PerformanceDoc {

    private PerformanceDoc() {
    }

    public static void replaceSection(Path doc, String name, String content) throws IOException {
        String start = "<!-- " + name + ":start (written by the benchmark) -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        int s = text.indexOf(start);
        int e = text.indexOf(end);
        String section = start + "\n" + content.strip() + "\n" + end;
        if (s >= 0 && e > s) {
            text = text.substring(0, s) + section + text.substring(e + end.length());
        } else {
            text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        }
        Files.writeString(doc, text);
    }
}
