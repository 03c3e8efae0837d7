/**
 * What the plan's components share: the transition tables' machinery, form and JSON input read field by field, the scope of cases including commissioners', notices and workbench lines.
 */
package cn.gov.baotou.talent.servicesplan.flow;
