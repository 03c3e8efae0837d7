/**
 * What measures 4, 8, 14 and 15 ask the platform to keep case by case: flexible introductions (柔性引进, rare-earth.4),
 * research cooperation with societies and institutes (rare-earth.8), 离岗创业 agreements with their 一事一议 terms
 * (rare-earth.14), and the districts' service task forces (服务专班, rare-earth.15) — each recorded by whom the
 * measure makes responsible, and read within the caller's scope.
 */
package cn.gov.baotou.talent.rareearth.record;
