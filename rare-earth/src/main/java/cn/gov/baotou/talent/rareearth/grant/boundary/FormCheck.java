package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import cn.gov.baotou.talent.rareearth.grant.control.MeasureForm;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An application form read into facts: the measure's required fields present, every value well formed. Fields the
 * measure does not use are ignored, as its form hides them.
 */
final class FormCheck {

    /** A well-formed application: for whom, and the facts. */
    record Checked(
            int measureNo, BeneficiaryKind kind, String personName, IdCardNumber idNumber, ApplicationFacts facts) {}

    private final int measure;
    private final Set<String> required = new HashSet<>();
    private final TypedFields in;

    private FormCheck(int measure, ApplicationForm f) {
        this.measure = measure;
        required.addAll(MeasureForm.required(measure));
        required.addAll(Set.of("beneficiaryKind", "subject"));
        if (measure == 13) {
            required.add("TALENT_CLASS".equals(f.category()) ? "grade" : "taxYuan");
        }
        if ("PERSON".equals(f.beneficiaryKind())) {
            required.addAll(Set.of("personName", "personIdNumber"));
        }
        this.in = new TypedFields(required);
    }

    static Checked check(ApplicationForm f) {
        Integer measure = f.measureNo();
        if (measure == null || !SupportRules.pays(measure)) {
            throw new InvalidInput(List.of(
                    FieldError.of("measureNo", "request.oneOf", String.valueOf(measure), "1|2|3|5|6|8|10|11|12|13")));
        }
        return new FormCheck(measure, f).read(f);
    }

    private Checked read(ApplicationForm f) {
        List<String> kinds = SupportRules.beneficiaries(measure).stream()
                .map(Enum::name)
                .sorted()
                .toList();
        String kind = in.oneOf("beneficiaryKind", f.beneficiaryKind(), kinds);
        String name = null;
        IdCardNumber number = null;
        if ("PERSON".equals(kind)) {
            name = in.text("personName", f.personName(), 50);
            if (in.text("personIdNumber", f.personIdNumber(), 18) != null) {
                try {
                    number = IdCardNumber.of(f.personIdNumber().strip());
                } catch (InvalidInput e) {
                    // the registry names the field idNumber; here it is the person's
                    e.errors()
                            .forEach(x -> in.add(
                                    new FieldError("personIdNumber", x.bundle(), x.messageKey(), x.arguments())));
                }
            }
        }
        ApplicationFacts facts = new ApplicationFacts(
                in.text("subject", f.subject(), 200),
                uses("category", f.category())
                        ? in.oneOf("category", f.category(), MeasureForm.categories(measure))
                        : null,
                uses("grade", f.grade()) ? in.integer("grade", f.grade(), 1) : null,
                uses("role", f.role()) ? in.oneOf("role", f.role(), MeasureForm.roles(measure)) : null,
                uses("referenceNo", f.referenceNo()) ? in.text("referenceNo", f.referenceNo(), 60) : null,
                uses("basisYuan", f.basisYuan()) ? in.money("basisYuan", f.basisYuan()) : null,
                uses("taxYuan", f.taxYuan()) ? in.money("taxYuan", f.taxYuan()) : null,
                uses("quantity", f.quantity()) ? in.integer("quantity", f.quantity(), 0) : null,
                uses("rateYuan", f.rateYuan()) ? in.money("rateYuan", f.rateYuan()) : null,
                uses("requestedYuan", f.requestedYuan()) ? in.money("requestedYuan", f.requestedYuan()) : null,
                f.fullTime(),
                uses("hiredOn", f.hiredOn()) ? in.date("hiredOn", f.hiredOn()) : null,
                uses("periodStart", f.periodStart()) ? in.date("periodStart", f.periodStart()) : null,
                uses("apartment", f.apartment()) ? in.text("apartment", f.apartment(), 200) : null,
                uses("apartmentFrom", f.apartmentFrom()) ? in.date("apartmentFrom", f.apartmentFrom()) : null);
        in.check();
        return new Checked(measure, BeneficiaryKind.valueOf(kind), name, number, facts);
    }

    /** A field the measure uses that is given or required. */
    private boolean uses(String field, String value) {
        return (MeasureForm.shows(measure, field) || required.contains(field))
                && (TypedFields.blank(value) != null || required.contains(field));
    }
}
