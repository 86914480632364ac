package io.charterline.change;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The skill catalog's standard hourly rates (reference data from V1), by skill code. */
@Component
class SkillRates {

    private final JdbcTemplate jdbc;

    SkillRates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> byCode() {
        Map<String, BigDecimal> rates = new TreeMap<>();
        jdbc.query("SELECT code, hourly_rate FROM skill",
                row -> {
                    rates.put(row.getString("code"), row.getBigDecimal("hourly_rate"));
                });
        return rates;
    }
}
