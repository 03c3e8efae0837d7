/**
 * 免申即享 in spirit: two weeks before each application window, the enterprises with an unused quota are told, once per window and cluster-wide; the city office sees whom and who has applied.
 */
package cn.gov.baotou.talent.servicesplan.proactive;
