package io.charterline.resource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The codes of the skill catalog (table {@code skill}), which resources and work packages must use. */
@Component
public class SkillCatalog {

    private final JdbcTemplate jdbc;

    public SkillCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> codes() {
        List<String> codes = jdbc.queryForList("SELECT code FROM skill", String.class);
        return new TreeSet<>(codes);
    }
}
