/**
 * The monthly archive (issue 8, item 7): at the start of each month the four reports of the month just ended are
 * generated for the whole city and kept as they were, insert-only, each file with its SHA-256; once per cluster (a
 * claim row per month), catching up on months a stopped platform missed. Leadership and the city office list them by
 * month and open any earlier one; a file that no longer matches its hash is refused.
 */
package cn.gov.baotou.talent.reporting.archive;
