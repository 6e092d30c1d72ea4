package dev.precis.ingest;

import dev.precis.model.Document;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * DUC/TREC newswire SGML: one or more {@code <DOC>} elements with DOCNO, a date (DATE_TIME, DATE or
 * the date inside the DOCNO), HEADLINE and TEXT with {@code <P>} paragraphs. Tags vary between
 * agencies, so every field is optional except the text.
 */
public final class DucSgmlReader implements DocumentReader {
    /** More documents than this in one file are refused (a real DUC file holds one to a few hundred). */
    static final int MAX_DOCS = 10_000;
    /** Documents of one file reported one by one; beyond, one line says how many more. */
    private static final int REPORTED_BY_NAME = 10;

    private static final Pattern UPPER_ENTITY = Pattern.compile("&([A-Z]+);");
    private static final Pattern LEFTOVER_ENTITY = Pattern.compile("&[a-zA-Z]+;");
    private static final Pattern DOCNO_DATE = Pattern.compile("[A-Z_]*((?:19|20)\\d{6})");
    /** Agencies named by DOCNO prefix in the LDC newswire collections. */
    private static final Map<String, String> AGENCIES = Map.of(
            "APW",
            "Associated Press",
            "NYT",
            "New York Times",
            "XIE",
            "Xinhua",
            "LTW",
            "Los Angeles Times/Washington Post",
            "FT",
            "Financial Times",
            "AP",
            "Associated Press");

    @Override
    public List<Document> read(String name, String content, Consumer<Problem> problems) throws BadInputException {
        List<Document> out = new ArrayList<>();
        int n = 0;
        int unreadable = 0;
        int at = 0;
        int start;
        while ((start = SgmlTags.open(content, "DOC", at, false)) >= 0) {
            n++;
            if (n > MAX_DOCS) {
                problems.accept(new Problem(
                        name, "more than " + MAX_DOCS + " <DOC> elements: the rest of the file is not read"));
                break;
            }
            SgmlTags.Element element = SgmlTags.unclosable(content, "DOC", start);
            at = element.end();
            String doc = content.substring(element.contentStart(), element.contentEnd());
            String docno = field(doc, "DOCNO");
            String id = docno != null ? docno : Ids.fromFileName(name) + (n > 1 ? "#" + n : "");
            String origin = n > 1 ? name + " doc " + n : name;
            String text = section(doc, "TEXT");
            if (text == null) {
                if (++unreadable <= REPORTED_BY_NAME) {
                    problems.accept(new Problem(origin, "SGML document has no <TEXT>"));
                }
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            for (String p : paragraphsOf(text)) {
                paragraphs.addAll(Paragraphs.split(clean(p).replace("\n", " ")));
            }
            if (paragraphs.isEmpty()) {
                paragraphs.addAll(Paragraphs.split(clean(text)));
            }
            if (paragraphs.isEmpty()) {
                if (++unreadable <= REPORTED_BY_NAME) {
                    problems.accept(new Problem(origin, "SGML document has empty text"));
                }
                continue;
            }
            String date = HtmlReader.firstNonBlank(field(doc, "DATE_TIME"), field(doc, "DATE"));
            var published = DateParser.parse(date);
            if (published == null && docno != null) {
                Matcher dm = DOCNO_DATE.matcher(docno);
                if (dm.find()) {
                    published = DateParser.parse(dm.group(1));
                }
            }
            out.add(new Document(
                    id, field(doc, "HEADLINE"), agency(docno), null, published, Paragraphs.join(paragraphs), origin));
        }
        if (unreadable > REPORTED_BY_NAME) {
            problems.accept(
                    new Problem(name, (unreadable - REPORTED_BY_NAME) + " more <DOC> elements without text skipped"));
        }
        if (out.isEmpty()) {
            throw new BadInputException(n == 0 ? "no <DOC> element found" : "no readable <DOC> element");
        }
        return out;
    }

    private static String agency(String docno) {
        if (docno == null) {
            return null;
        }
        for (int len = 3; len >= 2; len--) {
            if (docno.length() > len && AGENCIES.containsKey(docno.substring(0, len))) {
                return AGENCIES.get(docno.substring(0, len));
            }
        }
        return null;
    }

    /** The contents of the {@code <P>} elements: each runs to its {@code </P>}, the next {@code <P>} or the end. */
    private static List<String> paragraphsOf(String text) {
        List<String> out = new ArrayList<>();
        int start = SgmlTags.open(text, "P", 0, false);
        while (start >= 0) {
            SgmlTags.Element element = SgmlTags.unclosable(text, "P", start);
            out.add(text.substring(element.contentStart(), element.contentEnd()));
            start = SgmlTags.open(text, "P", element.contentEnd(), false);
        }
        return out;
    }

    private static String section(String doc, String tag) {
        SgmlTags.Element e = SgmlTags.first(doc, tag, 0);
        return e == null ? null : doc.substring(e.contentStart(), e.contentEnd());
    }

    private static String field(String doc, String tag) {
        String s = section(doc, tag);
        if (s == null) {
            return null;
        }
        String v = Paragraphs.collapseSpaces(clean(s));
        return v.isEmpty() ? null : v;
    }

    private static String clean(String sgml) {
        // DUC quotes are ``like this''; entities such as &AMP; appear in upper case.
        String text = SgmlTags.strip(sgml).replace("``", "\u201C").replace("''", "\u201D");
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = UPPER_ENTITY.matcher(text);
        text = entity.replaceAll(r -> "&" + r.group(1).toLowerCase(java.util.Locale.ROOT) + ";");
        // What is left after unescaping is a collection's private markup (NYT's "&HT;" tab marks).
        return LEFTOVER_ENTITY.matcher(Parser.unescapeEntities(text, false)).replaceAll(" ");
    }
}
