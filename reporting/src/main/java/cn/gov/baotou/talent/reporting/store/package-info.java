/**
 * The files reporting keeps under the data directory ({@code <talent.data.dir>/reports/...}), outside the web root:
 * the results of background jobs and the monthly archive, each written once with its SHA-256 and checked against it
 * whenever it is read.
 */
package cn.gov.baotou.talent.reporting.store;
