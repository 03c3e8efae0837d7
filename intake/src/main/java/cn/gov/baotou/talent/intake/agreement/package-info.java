/**
 * 联合招引协议 (intake.5.1): an enterprise's agreement with its district government to take part in the plan, recorded
 * by that district's office or the city office; without one valid on the day, an enterprise cannot submit hires.
 */
package cn.gov.baotou.talent.intake.agreement;
