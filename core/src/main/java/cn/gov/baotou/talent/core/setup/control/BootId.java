package cn.gov.baotou.talent.core.setup.control;

import java.util.UUID;

/**
 * This JVM's boot id: random, new at every start. Work that runs for a while (an import, a report job) records it, so
 * that after a crash the work of a process that is gone can be told from the work of an instance still running.
 */
public final class BootId {

    private static final String CURRENT = UUID.randomUUID().toString();

    private BootId() {}

    public static String current() {
        return CURRENT;
    }
}
