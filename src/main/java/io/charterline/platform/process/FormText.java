package io.charterline.platform.process;

/**
 * Text from people as a form's text component shows it: Camunda Forms render a text component as Markdown (and
 * the HTML it may carry), so a name like {@code [approved](http://…) **Budget $5.00**} in a summary would show a
 * link and bold text beside the real figures. Every summary variable a form shows escapes the user text it
 * quotes with this, and only that text, so the summary's own Markdown still renders.
 */
public final class FormText {

    private static final String MARKUP = "\\`*_{}[]()<>#+!|~";

    private FormText() {
    }

    /** Backslash-escapes what Markdown (and the HTML it may carry) would read as markup; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
