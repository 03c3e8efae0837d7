/**
 * The pages' common parts: the plan's tabs for each role and how a refusal is shown next to its field.
 */
package cn.gov.baotou.talent.servicesplan.web;
