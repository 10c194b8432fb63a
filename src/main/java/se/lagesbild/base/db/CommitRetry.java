package se.lagesbild.base.db;

import io.micrometer.core.instrument.Metrics;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transaction again when the database rolled it back for a conflict with another one: a
 * deadlock, a lock wait timeout or, on a Galera cluster, a certification failure (a write set that
 * conflicts with one committed on another node first: error 1213 at commit), or a duplicate key (1062)
 * because a concurrent writer took the key first (two imports computing the same next version of a
 * fact: on one server, or on two Galera nodes when the first write set arrives before the second
 * insert). The whole transaction is rolled back in these cases, so running it again is safe, and it
 * then sees the other's rows; the user never sees the first attempt fail. A duplicate that is not a
 * race fails the same way on every attempt and is thrown after the last.
 * Only the outermost transaction is retried (an inner one is part of it). Counted in the metric
 * {@code lagesbild.transactions.retried} with the error code as the tag {@code error}.
 */
public final class CommitRetry {

    private static final Logger log = LoggerFactory.getLogger(CommitRetry.class);

    /** Attempts in all; the conflicts are between a few concurrent writers, so a few suffice. */
    static final int ATTEMPTS = 5;

    private static final java.util.Set<Integer> CONFLICTS = java.util.Set.of(1213, 1205, 1062);

    private CommitRetry() {}

    /** Runs {@code transaction}, again (after a short random pause) while it fails with a conflict. */
    public static <T> T run(Supplier<T> transaction) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return transaction.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                Metrics.counter("lagesbild.transactions.retried", "error", reason(e))
                        .increment();
                log.info(
                        "Transaction rolled back for a conflict (error {}), attempt {} of {}",
                        reason(e),
                        attempt,
                        ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Deadlock or certification failure (1213), lock wait timeout (1205), duplicate key (1062), SQLSTATE 40001. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (CONFLICTS.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return String.valueOf(sql.getErrorCode());
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
