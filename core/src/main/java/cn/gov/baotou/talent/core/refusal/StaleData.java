package cn.gov.baotou.talent.core.refusal;

import jakarta.persistence.OptimisticLockException;

/**
 * Whether an error is, or wraps, an optimistic-lock conflict: someone else changed the row between this caller's
 * read and its write. It arrives bare, or wrapped by the transaction (RollbackException, TransactionalException) or
 * an EJB (EJBException); Hibernate's own StaleObjectStateException is matched by name, so that core needs none of
 * Hibernate's classes to say it.
 */
public final class StaleData {

    private StaleData() {}

    public static boolean in(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof OptimisticLockException || staleByName(t.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean staleByName(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.equals("org.hibernate.StaleStateException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("jakarta.persistence.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
