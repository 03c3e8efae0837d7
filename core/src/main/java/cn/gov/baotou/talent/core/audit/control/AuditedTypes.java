package cn.gov.baotou.talent.core.audit.control;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.ApiToken;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.parameter.entity.DraftValue;
import cn.gov.baotou.talent.core.parameter.entity.ParameterDraft;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.talent.entity.TalentRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that names the audited records for the history API and page ({@code /api/v1/audit/{type}/{id}}):
 * every {@code @Audited} entity of core is here (a test checks it), with how its id is written in a URL.
 */
public final class AuditedTypes {

    /** A record type as the URL names it, its entity class, and how its id is read from text. */
    public record Type(String name, Class<?> entity, Function<String, Object> id) {}

    private static final List<Type> TYPES = List.of(
            new Type("enterprise", Enterprise.class, Long::valueOf),
            new Type("person", Person.class, Long::valueOf),
            new Type("account", Account.class, Long::valueOf),
            new Type("api-token", ApiToken.class, Long::valueOf),
            new Type("calendar-year", CalendarYear.class, Integer::valueOf),
            new Type("calendar-day", CalendarDay.class, LocalDate::parse),
            new Type("parameter", PolicyParameter.class, Long::valueOf),
            new Type("parameter-draft", ParameterDraft.class, Long::valueOf),
            new Type("parameter-draft-value", DraftValue.class, Long::valueOf),
            new Type("grant", FundingGrant.class, Long::valueOf),
            new Type("payment", FundingPayment.class, Long::valueOf),
            new Type("recovery", FundingRecovery.class, Long::valueOf),
            new Type("interpretation", Interpretation.class, Long::valueOf),
            new Type("talent-record", TalentRecord.class, Long::valueOf));

    private AuditedTypes() {}

    public static List<Type> all() {
        return TYPES;
    }

    public static Optional<Type> named(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The record's id as its entity keeps it; empty when the text is no such id. */
    public static Optional<Object> id(Type type, String text) {
        try {
            return Optional.of(type.id().apply(text == null ? "" : text.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
