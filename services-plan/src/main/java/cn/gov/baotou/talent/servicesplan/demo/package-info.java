/**
 * The plan's synthetic demo cases, loaded once at start-up when the demo data is on: enterprises' figures giving
 * quotas by both standards, nominations of the 2025 windows at every review step, approved nominees' service items and
 * service requests — all made through the plan's own façades, on the days they would have happened.
 */
package cn.gov.baotou.talent.servicesplan.demo;
