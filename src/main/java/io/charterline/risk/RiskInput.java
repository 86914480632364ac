package io.charterline.risk;

import java.math.BigDecimal;

/**
 * A risk as a client sends it. Numbers and enum values stay as given until {@link RegisterValidator} has
 * checked them, so every bad field is reported at once.
 *
 * @param probability 1 (rare) to 5 (almost certain)
 * @param impact      1 (negligible) to 5 (severe)
 * @param owner       user id of the person who watches the risk and runs its response
 * @param response    the planned response (avoid, transfer, mitigate, accept and how)
 * @param status      OPEN, MITIGATED or CLOSED; a new risk without one is OPEN
 */
public record RiskInput(String title, String description, BigDecimal probability, BigDecimal impact, String owner,
                        String response, String status) {
}
