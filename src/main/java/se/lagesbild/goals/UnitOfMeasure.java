package se.lagesbild.goals;

import java.math.BigDecimal;

/** The unit an indicator's outcome and target are measured in, with the values it allows. */
public enum UnitOfMeasure {
    /** A percentage, 0–100 inclusive. */
    PERCENT {
        @Override
        public boolean accepts(BigDecimal value) {
            return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
        }
    },
    /** A count or other quantity, zero or more. */
    COUNT {
        @Override
        public boolean accepts(BigDecimal value) {
            return value != null && value.signum() >= 0;
        }
    },
    /** Yes (1) or no (0). */
    YES_NO {
        @Override
        public boolean accepts(BigDecimal value) {
            return value != null && (value.compareTo(BigDecimal.ONE) == 0 || value.signum() == 0);
        }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether the value is a valid outcome or target in this unit; {@code null} is never accepted. */
    public abstract boolean accepts(BigDecimal value);
}
