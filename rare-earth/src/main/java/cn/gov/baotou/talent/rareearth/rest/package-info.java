/**
 * This module's bundle, typed form fields, uploads and Excel downloads as the REST API and the pages share them; its
 * refusals are core's.
 */
package cn.gov.baotou.talent.rareearth.rest;
