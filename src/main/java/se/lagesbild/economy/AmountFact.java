package se.lagesbild.economy;

import java.math.BigDecimal;

/**
 * One economic fact: an amount in tkr (kronor precision, signed as in the reports: income +,
 * costs −) for a verksamhet and leaf kostnadsslag in a month (for forecasts: the round's month).
 */
public record AmountFact(int year, int month, String activityCode, String costTypeCode, BigDecimal amountTkr) {

    /** The key a correction replaces: everything but the amount. */
    public record Key(int year, int month, String activityCode, String costTypeCode) {}

    public Key key() {
        return new Key(year, month, activityCode, costTypeCode);
    }
}
