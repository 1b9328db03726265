package io.careers.schools.listing;

import java.math.BigDecimal;

/** Amounts compared and shown as written: 12000, not 12000.00. */
final class Money {
    private Money() {
    }

    static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
