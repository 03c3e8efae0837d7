/** Intake's lenient reading of a JSON body over core's {@code RequestFields}; its refusals are core's. */
package cn.gov.baotou.talent.intake.rest;
