/**
 * Reports generated in the background (issue 8, item 8): a PDF or Excel file asked for on a page or by the API is a
 * job with a status the page polls (QUEUED, RUNNING with its stage, DONE, FAILED), so that no request thread waits
 * minutes for a long report. Each caller sees only their own jobs; a job and its file are removed after a day.
 */
package cn.gov.baotou.talent.reporting.job;
