package dev.precis.render;

/** The output formats, each with its renderer. */
public enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON;

    public Renderer renderer() {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case HTML -> new HtmlRenderer();
            case JSON -> new JsonRenderer();
        };
    }
}
