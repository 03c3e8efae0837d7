/** What every page of the module shares: messages next to the fields that caused them, in the page's language. */
package cn.gov.baotou.talent.rareearth.web;
