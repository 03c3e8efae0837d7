/**
 * The report pages under /reports: any report's sections shown on screen as tables, rendered generically from each
 * column's {@code CellKind} (numbers right-aligned, money with two decimals, percentages), with the PDF and Excel a
 * click away.
 */
package cn.gov.baotou.talent.reporting.view;
