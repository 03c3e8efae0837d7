package cn.gov.baotou.talent.rareearth.record.boundary;

/**
 * A case a recording measure keeps, every field as typed. The enterprise is the caller's own (the city office or a
 * district names one); the district is the enterprise's, the district office's own, or named by the city office.
 */
public record RecordForm(
        String kind,
        String title,
        String counterpart,
        String enterpriseId,
        String districtCode,
        String startedOn,
        String endedOn,
        String people,
        String terms) {}
