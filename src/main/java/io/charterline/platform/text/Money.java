package io.charterline.platform.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How Charterline writes money wherever people read it (forms, charter, plan and impact summaries, lessons, the final
 * report and its charts): US dollars with cents, "$33,940.00".
 */
public final class Money {

    private Money() {
    }

    /** A new format each time: formats are not thread-safe. */
    public static NumberFormat format() {
        return NumberFormat.getCurrencyInstance(Locale.US);
    }

    public static String of(BigDecimal amount) {
        return format().format(amount);
    }

    /** With its sign always written, as a change to an amount reads: "+$1,000.00", "-$250.00". */
    public static String signed(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "-") + of(amount.abs());
    }
}
