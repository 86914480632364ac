package io.charterline.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void markdownLinksEmphasisAndHtmlAreEscaped() {
        assertThat(FormText.escape("Office move [approved by CFO](http://example.org) **Budget** <b>x</b> #1"))
                .isEqualTo("Office move \\[approved by CFO\\]\\(http://example.org\\) \\*\\*Budget\\*\\* "
                        + "\\<b\\>x\\</b\\> \\#1");
    }

    @Test
    void plainTextStaysAsItIs() {
        assertThat(FormText.escape("Order entry renewal, 30 % faster & cheaper")).isEqualTo(
                "Order entry renewal, 30 % faster & cheaper");
    }
}
