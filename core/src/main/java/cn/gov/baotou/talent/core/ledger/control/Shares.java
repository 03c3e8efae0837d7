package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.money.entity.Yuan;

/** An amount as city and district finance share it. */
public record Shares(Yuan city, Yuan district) {

    public static final Shares NONE = new Shares(Yuan.ZERO, Yuan.ZERO);

    public Yuan total() {
        return city.plus(district);
    }

    public Yuan of(FinanceLevel level) {
        return level == FinanceLevel.CITY ? city : district;
    }

    /** These shares with {@code amount} added to one finance's. */
    public Shares plus(FinanceLevel level, Yuan amount) {
        return level == FinanceLevel.CITY
                ? new Shares(city.plus(amount), district)
                : new Shares(city, district.plus(amount));
    }
}
