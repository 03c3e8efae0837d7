/**
 * The 15 measures as data (措施清单): each one's clause, lead and responsible units, how the platform handles it, the
 * funding purpose it books, the department that reviews it, its target and parameters; the 细则 / 办事流程 each
 * responsible department files and each district's 配套措施 (rare-earth.closing); and the board that shows, per
 * measure, who has delivered what, the cases and money so far, and the progress against its target.
 */
package cn.gov.baotou.talent.rareearth.measure;
