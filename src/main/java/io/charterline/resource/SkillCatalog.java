package io.charterline.resource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The codes of the skill catalog (table {@code skill}), which resources and work packages must use, and the skills'
 * names, which sentences use.
 */
@Component
public class SkillCatalog {

    private final JdbcTemplate jdbc;

    public SkillCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each skill's name by its code: "Business analysis" for ANALYSIS. */
    public Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        jdbc.query("SELECT code, name FROM skill", row -> {
            names.put(row.getString("code"), row.getString("name"));
        });
        return names;
    }

    public Set<String> codes() {
        List<String> codes = jdbc.queryForList("SELECT code FROM skill", String.class);
        return new TreeSet<>(codes);
    }
}
