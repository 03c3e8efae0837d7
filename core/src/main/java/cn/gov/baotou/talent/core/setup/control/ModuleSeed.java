package cn.gov.baotou.talent.core.setup.control;

/**
 * A module's own demo data, loaded at start-up after core's when the demo data is on. Each module provides one as a
 * CDI bean whose {@link #loadDemoData()} runs in a transaction of its own and loads nothing twice.
 */
public interface ModuleSeed {

    void loadDemoData();
}
