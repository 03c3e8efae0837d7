/**
 * The plan's refusals as the REST API answers them: the same problem+json as core's, with texts from the plan's
 * bundle.
 */
package cn.gov.baotou.talent.servicesplan.rest;
