/**
 * High-end talent teams (rare-earth.1): the teams in magnetic, hydrogen-storage, polishing, catalyst and "rare earth +"
 * materials that rare-earth enterprises bring in case by case (一事一议), confirmed by the city office and counted
 * against the year's target of 5 or more.
 */
package cn.gov.baotou.talent.rareearth.team;
