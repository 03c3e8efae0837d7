/**
 * The plan's figures for leadership's reports through core's TargetProgressSource: nominations by tier and district, services done, requests by status, response time and rating.
 */
package cn.gov.baotou.talent.servicesplan.progress;
