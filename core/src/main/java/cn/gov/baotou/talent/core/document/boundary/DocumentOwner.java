package cn.gov.baotou.talent.core.document.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.refusal.FieldError;
import java.util.List;

/**
 * Whose a new document is, which decides who may read it: an enterprise (and so also its district), or a district, or
 * — uploaded by a city-wide role without either — the city roles only. Nobody files a document outside their scope.
 */
final class DocumentOwner {

    /** The district and enterprise that scope a document's readers; either may be null. */
    record Owner(String districtCode, Long enterpriseId) {}

    private final Documents documents;
    private final Caller caller;

    DocumentOwner(Documents documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    Owner of(String districtCode, String enterpriseId, List<FieldError> errors) {
        Visibility v = caller.visibility();
        String district = blankToNull(districtCode);
        Long enterprise = null;
        if (blankToNull(enterpriseId) != null) {
            try {
                enterprise = Long.valueOf(enterpriseId.strip());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("enterpriseId", "document.enterprise.unknown", enterpriseId));
                return new Owner(null, null);
            }
        } else if (caller.is(Role.ENTERPRISE)) {
            enterprise = caller.scope().enterpriseId();
        }
        if (enterprise != null) {
            String of = documents.districtOfVisibleEnterprise(enterprise, v).orElse(null);
            if (of == null) {
                errors.add(FieldError.of("enterpriseId", "document.enterprise.unknown", String.valueOf(enterprise)));
            } else if (district != null && !district.equals(of)) {
                errors.add(FieldError.of("districtCode", "document.district.notTheEnterprises", district));
            }
            return new Owner(of, enterprise);
        }
        if (district == null) {
            return new Owner(v.districtCode(), null);
        }
        if (!documents.districtExists(district)) {
            errors.add(FieldError.of("districtCode", "registry.district.unknown", district));
        } else if (!v.all() && !district.equals(v.districtCode())) {
            errors.add(FieldError.of("districtCode", "document.district.notYours", district));
        }
        return new Owner(district, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
