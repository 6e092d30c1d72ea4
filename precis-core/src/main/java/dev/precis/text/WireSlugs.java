package dev.precis.text;

import java.util.regex.Pattern;

/**
 * A wire's slug and the day it moved, as a photo package or a story list files each item: "(NYT35)
 * GUADALAJARA, Mexico -- Oct. 28, 1998 -- GUADALAJARA-ARCHITECTURE, 10-28 -- Jorge Vergara Madrigal
 * ...". The item is a caption or a teaser of a story of its own, not news of the one at hand; prose
 * never sets a slug in capitals between dashes before a month-day pair.
 */
public final class WireSlugs {
    private static final Pattern SLUG = Pattern.compile("--\\s*[A-Z][A-Z0-9&. -]*,\\s*\\d{1,2}-\\d{1,2}\\s*--");

    private WireSlugs() {}

    /** Whether a sentence or paragraph carries a wire list item's slug. */
    public static boolean in(String text) {
        return text.indexOf("--") >= 0 && SLUG.matcher(text).find();
    }
}
