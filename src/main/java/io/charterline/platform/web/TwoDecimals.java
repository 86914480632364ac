package io.charterline.platform.web;

import java.math.BigDecimal;

/** Money and hours are stored with two decimals: a value with more would be rounded when stored, 0.001 to 0. */
public final class TwoDecimals {

    private TwoDecimals() {
    }

    /** True for a value with more than two decimals (trailing zeros do not count); false for null. */
    public static boolean exceeded(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 2;
    }

    /** The error for a value that {@linkplain #exceeded exceeds} two decimals. */
    public static InvalidField error(String field, BigDecimal value) {
        return new InvalidField(field, "may have at most 2 decimals, got " + value.toPlainString());
    }
}
