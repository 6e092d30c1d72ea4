package dev.precis.render;

import dev.precis.model.Document;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/** Source numbering shared by the renderers: documents are numbered from 1 in corpus order. */
public final class Markers {
    private Markers() {
    }

    /** Source number first, then the corroborating documents' numbers. */
    static List<Integer> numbers(SummarySentence s) {
        List<Integer> out = new ArrayList<>();
        out.add(s.source() + 1);
        s.corroborating().forEach(d -> out.add(d + 1));
        return out;
    }

    /** The article's address when it is safe to link to (http or https), else null: no "javascript:" links. */
    public static String linkableUrl(Document d) {
        String url = d.url();
        return url != null && url.matches("(?i)https?://[^\\s\"<>]+") ? url : null;
    }

    static String describe(Document d) {
        StringBuilder sb = new StringBuilder(d.label());
        if (d.source() != null) {
            sb.append(" \u2014 ").append(d.source());
        }
        if (d.published() != null) {
            sb.append(", ").append(d.published());
        }
        return sb.toString();
    }
}
