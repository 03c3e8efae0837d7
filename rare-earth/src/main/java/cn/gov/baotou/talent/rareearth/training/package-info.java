/**
 * Talents trained by universities and vocational schools for the rare-earth industry (rare-earth.7, 1000 or more a
 * year): records imported from an Excel template, every row checked and a file with any bad row refused whole, naming
 * the row, the column and the reason, so that nothing of it is imported.
 */
package cn.gov.baotou.talent.rareearth.training;
