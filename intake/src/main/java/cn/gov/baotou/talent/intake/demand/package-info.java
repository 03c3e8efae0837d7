/**
 * 岗位需求 (intake.5.1 征集需求, intake.5.2 发布需求): enterprises in the plan's scope post the positions they want PhDs
 * and masters for, the city office reviews each (publish or return, with its opinion) and the published ones form the
 * public demand catalog (岗位需求目录), a page and an Excel download anyone may read without signing in.
 */
package cn.gov.baotou.talent.intake.demand;
