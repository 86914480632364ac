package io.charterline.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The skill catalog's standard hourly rates, which cost a baseline. */
@Component
public class SkillRates {

    private final JdbcTemplate jdbc;

    public SkillRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Hourly rate by skill code. */
    public Map<String, BigDecimal> hourlyRates() {
        Map<String, BigDecimal> rates = new HashMap<>();
        jdbc.query("SELECT code, hourly_rate FROM skill",
                row -> {
                    rates.put(row.getString("code"), row.getBigDecimal("hourly_rate"));
                });
        return rates;
    }
}
