/**
 * 揭榜挂帅 (rare-earth.9): each year 5—10 key technical problems are published by the science bureau, enterprises bid,
 * the bureau appoints a lead, the lead reports milestones, and the bureau accepts the result or not — an explicit
 * state machine in which every step names who may take it and is recorded in the case's activity feed.
 */
package cn.gov.baotou.talent.rareearth.problem;
