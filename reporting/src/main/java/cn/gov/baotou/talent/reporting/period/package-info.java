/** The period a report covers as a user chooses it: a year, the year to date, or a range of months of one year. */
package cn.gov.baotou.talent.reporting.period;
