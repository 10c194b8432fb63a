package se.lagesbild.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Transactions rolled back for a conflict run again; other failures do not. */
class CommitRetryTest {

    @Test
    void aCertificationFailureIsRunAgainUntilItCommits() {
        AtomicInteger attempts = new AtomicInteger();
        String result = CommitRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotAcquireLockException(
                        "commit",
                        new SQLTransactionRollbackException(
                                "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                                "40001",
                                1213));
            }
            return "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aKeyTakenByAConcurrentWriterIsRunAgain() {
        assertThat(CommitRetry.isConflict(new RuntimeException(new SQLIntegrityConstraintViolationException(
                        "Duplicate entry '2022-BUV-PERSONAL-3-1' for key 'uq_actual'", "23000", 1062))))
                .isTrue();
    }

    @Test
    void aLostConnectionIsNotRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> CommitRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new DataAccessResourceFailureException(
                            "insert",
                            new SQLException(
                                    "Driver has reconnect connection after a communications link failure", "25S03"));
                }))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictThatPersistsIsThrownAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> CommitRetry.run(() -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("commit", new SQLException("Deadlock", "40001", 1213));
                }))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(attempts).hasValue(CommitRetry.ATTEMPTS);
    }
}
