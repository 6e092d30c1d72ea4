package dev.precis.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One story as the job writes it (JSON Lines and Parquet): a Java bean, so that Spark derives the
 * schema. Summary lines name the articles they come from and those that state the same, by id.
 */
public final class StoryRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String id;
    private String title;
    private String first;
    private String last;
    private int size;
    private List<String> articles;
    private List<String> outlets;
    private List<Line> summary;
    private List<String> summarisedFrom;

    /** A summary sentence and its attribution. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String source;
        private List<String> corroborating;

        public Line() {}

        Line(String text, String source, List<String> corroborating) {
            this.text = text;
            this.source = source;
            this.corroborating = corroborating;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        /** The article the sentence was taken from. */
        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        /** The other articles that state the same. */
        public List<String> getCorroborating() {
            return corroborating;
        }

        public void setCorroborating(List<String> corroborating) {
            this.corroborating = corroborating;
        }
    }

    public StoryRow() {}

    /** "story-1" for the largest story, then by size. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** Earliest publication date (ISO), or null when no article is dated. */
    public String getFirst() {
        return first;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getLast() {
        return last;
    }

    public void setLast(String last) {
        this.last = last;
    }

    /** Articles in the story, copies included. */
    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    /** Every article's id, copies folded into others included. */
    public List<String> getArticles() {
        return articles;
    }

    public void setArticles(List<String> articles) {
        this.articles = articles;
    }

    public List<String> getOutlets() {
        return outlets;
    }

    public void setOutlets(List<String> outlets) {
        this.outlets = outlets;
    }

    public List<Line> getSummary() {
        return summary;
    }

    public void setSummary(List<Line> summary) {
        this.summary = summary;
    }

    /**
     * The articles the summary was written from: all but the copies, or for a story of more than
     * {@link StorySummaries#MAX_SUMMARY_ARTICLES}, those nearest its centre.
     */
    public List<String> getSummarisedFrom() {
        return summarisedFrom;
    }

    public void setSummarisedFrom(List<String> summarisedFrom) {
        this.summarisedFrom = summarisedFrom;
    }
}
