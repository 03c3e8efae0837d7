package cn.gov.baotou.talent.core.setup.control;

import java.util.Set;

/**
 * A module's long-running work (imports, report jobs) that a crash can leave marked as running for ever. Each module
 * provides one as a CDI bean; at start-up and every minute it marks failed what was left running by a boot id that is
 * not among the live ones, tells the one who asked for it, and keeps what is needed to try again. It runs in a
 * transaction of its own.
 */
public interface InterruptedWork {

    /**
     * Marks failed the work recorded by a boot id not in {@code liveBoots} (nor recorded without one); how many.
     *
     * @param liveBoots this instance's boot id and those of the instances seen in the last few minutes
     */
    int failInterrupted(Set<String> liveBoots);
}
