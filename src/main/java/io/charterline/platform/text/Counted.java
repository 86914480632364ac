package io.charterline.platform.text;

/**
 * A count with its noun in the singular or the plural, as a person writes it ("1 day", "3 days", "0 packages"),
 * for the texts that forms, notices and the change log show instead of "day(s)".
 */
public final class Counted {

    private Counted() {
    }

    /** The count and the noun, plural by an added "s" unless the count is 1 or -1. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return count + " " + (Math.abs(count) == 1 ? singular : plural);
    }

    /** The same with the sign always written, for a change: "+1 day", "-3 days", "+0 days". */
    public static String signed(long count, String singular) {
        return (count >= 0 ? "+" : "") + of(count, singular);
    }
}
