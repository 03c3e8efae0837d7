/**
 * Spreadsheets uploaded for bulk imports: the first sheet of an .xlsx read as text, row by row, so that a module can
 * check every row of a file against its own rules before keeping any of it.
 */
package cn.gov.baotou.talent.core.sheet;
