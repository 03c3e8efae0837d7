/** The plan's bundle and the field errors and message references drawn from it; its refusals are core's. */
package cn.gov.baotou.talent.servicesplan.rest;
