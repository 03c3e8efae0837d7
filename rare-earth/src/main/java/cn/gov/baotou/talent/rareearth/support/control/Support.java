package cn.gov.baotou.talent.rareearth.support.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.util.List;

/** An amount of support a measure gives, with the checks that explain it. */
public record Support(Yuan amount, List<Check> checks) {}
