/**
 * The platform's one clock: "today" and "now" in Beijing time for every rule, deadline, timestamp and schedule. It
 * runs with the system's time in production; a demo or test platform may start it on a given day
 * ({@code TALENT_CLOCK}), which a production start (demo data off) refuses.
 */
package cn.gov.baotou.talent.core.clock;
