package cn.gov.baotou.talent.rareearth.grant.boundary;

/**
 * An application as typed into the page or sent to the API, every field as text so that a refused form comes back as
 * it was typed. The enterprise is the caller's own; the city office names one ({@code enterpriseId}) when it files on
 * an enterprise's behalf. A person is named by name and 身份证号, and registered if new.
 */
public record ApplicationForm(
        Integer measureNo,
        String enterpriseId,
        String beneficiaryKind,
        String personName,
        String personIdNumber,
        String subject,
        String category,
        String grade,
        String role,
        String referenceNo,
        String basisYuan,
        String taxYuan,
        String quantity,
        String rateYuan,
        String requestedYuan,
        boolean fullTime,
        String hiredOn,
        String periodStart,
        String apartment,
        String apartmentFrom) {}
