package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Registers enterprises and reads them within the caller's scope; pages and the REST API share it. */
@ApplicationScoped
@Transactional
public class EnterpriseRegistry {

    @Inject
    Enterprises enterprises;

    @Inject
    Caller caller;

    /**
     * Registers an enterprise after checking every field; the city office registers in any district, a district
     * office only in its own.
     */
    public Enterprise register(EnterpriseForm form) {
        if (!caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE)) {
            throw new Forbidden("register enterprise");
        }
        List<FieldError> errors = new ArrayList<>();
        CreditCode code = null;
        try {
            code = CreditCode.of(form.creditCode());
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.add(FieldError.of("name", "registry.name.required"));
        } else if (form.name().strip().length() > 100) {
            errors.add(FieldError.of("name", "registry.name.tooLong", 100));
        }
        District district = enterprises.district(form.districtCode()).orElse(null);
        if (form.districtCode() == null || form.districtCode().isBlank()) {
            errors.add(FieldError.of("districtCode", "registry.district.required"));
        } else if (district == null) {
            errors.add(FieldError.of("districtCode", "registry.district.unknown", String.valueOf(form.districtCode())));
        } else if (caller.is(Role.DISTRICT_OFFICE)
                && !district.code().equals(caller.scope().districtCode())) {
            errors.add(FieldError.of("districtCode", "registry.district.notYours", district.name()));
        }
        Industry industry = enterprises.industry(form.industryCode()).orElse(null);
        if (form.industryCode() == null || form.industryCode().isBlank()) {
            errors.add(FieldError.of("industryCode", "registry.industry.required"));
        } else if (industry == null) {
            errors.add(FieldError.of("industryCode", "registry.industry.unknown", String.valueOf(form.industryCode())));
        }
        BigDecimal investment = yuan(form.keyProjectInvestmentYuan(), "keyProjectInvestmentYuan", errors);
        boolean highTech = Boolean.TRUE.equals(form.highTech());
        if (highTech
                && (form.highTechCertificateNo() == null
                        || form.highTechCertificateNo().isBlank())) {
            errors.add(FieldError.of("highTechCertificateNo", "registry.highTech.certificateRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (enterprises.creditCodeTaken(code)) {
            throw new Conflict("registry.creditCode.taken", code.value());
        }
        Enterprise e = new Enterprise(code, form.name().strip(), district, industry);
        e.classify(
                Boolean.TRUE.equals(form.aboveDesignatedSize()),
                highTech,
                form.highTechCertificateNo(),
                form.highTechValidTo(),
                investment,
                Boolean.TRUE.equals(form.rareEarth()));
        // optional: absent means industrial, as the key industries are (services-plan.3 serves 规上工业企业)
        e.recordIndustrial(!Boolean.FALSE.equals(form.industrial()));
        enterprises.add(e);
        return e;
    }

    /** The enterprise if the caller may see it; otherwise as if it did not exist. */
    public Enterprise visible(long id) {
        return enterprises
                .visible(id, caller.visibility())
                .orElseThrow(() -> new NotFound("registry.enterprise.notFound", id));
    }

    public List<Enterprise> search(String districtCode, String text, int first, int max) {
        return enterprises.search(caller.visibility(), districtCode, text, first, max);
    }

    public long count(String districtCode, String text) {
        return enterprises.count(caller.visibility(), districtCode, text);
    }

    private static BigDecimal yuan(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            BigDecimal v = new BigDecimal(text.strip());
            if (v.signum() < 0) {
                errors.add(FieldError.of(field, "money.negative", text));
            } else if (v.scale() > 2) {
                errors.add(FieldError.of(field, "money.tooPrecise", text));
            } else {
                return v.setScale(2);
            }
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "money.malformed", text));
        }
        return BigDecimal.ZERO.setScale(2);
    }
}
