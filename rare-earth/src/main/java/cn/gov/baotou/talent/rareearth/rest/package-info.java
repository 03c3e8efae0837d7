/**
 * The rare-earth module's refusals as the REST API answers them: the same problem+json as core's, with texts from
 * this module's bundle.
 */
package cn.gov.baotou.talent.rareearth.rest;
