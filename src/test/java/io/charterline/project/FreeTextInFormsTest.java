package io.charterline.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.process.FormTextTwins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A form that shows a free-text variable raw would render what someone typed as Markdown: only twins are shown. */
class FreeTextInFormsTest {

    @Test
    void noFormShowsAFreeTextVariableExceptThroughItsEscapedTwin() throws IOException {
        FormTextTwins twins = new FreeTextInForms().formTextTwins();
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }

        assertThat(forms).isNotEmpty();
        for (Path form : forms) {
            String text = Files.readString(form);
            for (String name : twins.names()) {
                assertThat(text).as(form + " shows " + name).doesNotContain("{{" + name + "}}");
            }
        }
    }
}
