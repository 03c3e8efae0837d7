package cn.gov.baotou.talent.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** An optimistic-lock conflict is found however it is wrapped; nothing else is taken for one. */
class StaleDataTest {

    @Test
    void bareOrWrappedConflictsAreFound() {
        assertThat(StaleData.in(new OptimisticLockException())).isTrue();
        assertThat(StaleData.in(new TransactionalException(
                        "rolled back", new RollbackException(new OptimisticLockException()))))
                .isTrue();
        assertThat(StaleData.in(new EJBException(new StaleObjectStateException("Account", 7L))))
                .isTrue();
    }

    @Test
    void otherErrorsAreNot() {
        assertThat(StaleData.in(new IllegalStateException("x", new RuntimeException())))
                .isFalse();
        assertThat(StaleData.in(new TransactionalException("rolled back", new RollbackException())))
                .isFalse();
    }
}
