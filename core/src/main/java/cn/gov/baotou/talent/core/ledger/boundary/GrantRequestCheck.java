package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Every field of a grant request checked, against the registry and the policy index too, before anything is read. */
final class GrantRequestCheck {

    private final EntityManager em;
    private final FundingPurposes purposes;
    private final List<FieldError> errors = new ArrayList<>();

    GrantRequestCheck(EntityManager em, FundingPurposes purposes) {
        this.em = em;
        this.purposes = purposes;
    }

    void check(GrantRequest r) {
        if (r.beneficiaryKind() == null) {
            errors.add(FieldError.of("beneficiaryKind", "ledger.beneficiaryKind.required"));
        } else if (r.beneficiaryId() == null || !exists(r.beneficiaryKind(), r.beneficiaryId())) {
            errors.add(FieldError.of("beneficiaryId", "ledger.beneficiary.unknown", String.valueOf(r.beneficiaryId())));
        }
        if (r.enterpriseId() != null && !exists(BeneficiaryKind.ENTERPRISE, r.enterpriseId())) {
            errors.add(FieldError.of("enterpriseId", "ledger.enterprise.unknown", String.valueOf(r.enterpriseId())));
        } else if (r.beneficiaryKind() == BeneficiaryKind.ENTERPRISE
                && r.enterpriseId() != null
                && !r.enterpriseId().equals(r.beneficiaryId())) {
            errors.add(FieldError.of("enterpriseId", "ledger.enterprise.notBeneficiary"));
        }
        if (purposes.of(r.purpose()).isEmpty()) {
            errors.add(FieldError.of("purpose", "ledger.purpose.unknown", String.valueOf(r.purpose())));
        }
        List<String> clausePolicy = r.clauseId() == null
                ? List.of()
                : em.createQuery("select c.policy.id from Clause c where c.id = :id", String.class)
                        .setParameter("id", r.clauseId())
                        .getResultList();
        if (clausePolicy.isEmpty() || !clausePolicy.get(0).equals(r.policyId())) {
            errors.add(FieldError.of(
                    "clauseId", "ledger.clause.unknown", String.valueOf(r.policyId()), String.valueOf(r.clauseId())));
        }
        required(r.versionFrom(), "versionFrom");
        text(r.sourceModule(), "sourceModule", 20);
        text(r.sourceReference(), "sourceReference", 60);
        amounts(r);
        if (r.districtCode() != null && !exists("District", "code", r.districtCode())) {
            errors.add(FieldError.of("districtCode", "ledger.district.unknown", r.districtCode()));
        } else if (r.districtCode() == null
                && r.districtShare() != null
                && r.districtShare().isPositive()) {
            errors.add(FieldError.of("districtCode", "ledger.district.required"));
        }
        required(r.basisDate(), "basisDate");
        // no due date where the clause sets no deadline (rare-earth's measures but 2): never overdue
        if (r.basisDate() != null && r.dueDate() != null && r.dueDate().isBefore(r.basisDate())) {
            errors.add(FieldError.of("dueDate", "ledger.dueDate.beforeBasis", r.dueDate(), r.basisDate()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void amounts(GrantRequest r) {
        if (r.total() == null || !r.total().isPositive()) {
            errors.add(FieldError.of("total", "ledger.amount.notPositive", String.valueOf(r.total())));
        }
        for (Yuan share : new Yuan[] {r.cityShare(), r.districtShare()}) {
            if (share == null || share.amount().signum() < 0) {
                errors.add(FieldError.of(
                        share == r.cityShare() ? "cityShare" : "districtShare",
                        "money.negative",
                        String.valueOf(share)));
                return;
            }
        }
        if (r.total() != null && r.cityShare().plus(r.districtShare()).compareTo(r.total()) != 0) {
            errors.add(FieldError.of(
                    "districtShare",
                    "ledger.shares.notTotal",
                    r.cityShare().toString(),
                    r.districtShare().toString(),
                    r.total().toString()));
        }
    }

    private boolean exists(BeneficiaryKind kind, Object id) {
        return exists(kind == BeneficiaryKind.PERSON ? "Person" : "Enterprise", "id", id);
    }

    private boolean exists(String entity, String key, Object id) {
        return em.createQuery("select count(x) from " + entity + " x where x." + key + " = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    private void required(Object value, String field) {
        if (value == null) {
            errors.add(FieldError.of(field, "ledger.field.required"));
        }
    }

    private void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "ledger.field.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "ledger.field.tooLong", max));
        }
    }
}
