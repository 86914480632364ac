package io.charterline.closing;

import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the final report writes figures; an object, because the template calls methods on objects only. ASCII
 * signs ("-", not U+2212), as the rest of Charterline writes figures.
 */
public final class CloseoutFormat {

    static final String UNKNOWN = "n/a";

    /** In dollars, as the forms and the charter, plan and impact summaries write money ("$33,940.00"). */
    public String money(BigDecimal amount) {
        return amount == null ? UNKNOWN : Money.of(amount);
    }

    /** A share (0.18) as a percentage with one decimal ("18.0 %"). */
    public String percent(BigDecimal share) {
        return share == null ? UNKNOWN
                : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String hours(BigDecimal hours) {
        return hours == null ? UNKNOWN : hours.stripTrailingZeros().toPlainString() + " h";
    }

    /**
     * How hours in total split when completions reported some beyond their packages' time entries:
     * "236.6 h as time entries, 41.4 h at completion beyond them".
     */
    public String hoursBeyondTimeEntries(BigDecimal total, BigDecimal beyondTimeEntries) {
        return hours(total.subtract(beyondTimeEntries)) + " as time entries, " + hours(beyondTimeEntries)
                + " at completion beyond them";
    }

    public String date(LocalDate date) {
        return date == null ? UNKNOWN : date.toString();
    }

    /** "+3 days", "-2 days", "+1 day", "0 days". */
    public String days(Long days) {
        return days == null ? UNKNOWN : (days > 0 ? "+" : "") + Counted.of(days, "day");
    }

    public String signedMoney(BigDecimal amount) {
        return amount == null ? UNKNOWN : (amount.signum() > 0 ? "+" : "") + money(amount);
    }

    /** An enum constant as a word: CHARTER as "Charter", OBSERVATION as "Observation". */
    public String word(Enum<?> value) {
        if (value == null) {
            return UNKNOWN;
        }
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String text(Object value) {
        return value == null ? UNKNOWN : value.toString();
    }
}
