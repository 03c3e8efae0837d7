/**
 * Intake's refusals as the REST API answers them: the same problem+json as core's, with texts from intake's bundle.
 */
package cn.gov.baotou.talent.intake.rest;
