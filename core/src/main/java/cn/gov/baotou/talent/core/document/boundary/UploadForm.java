package cn.gov.baotou.talent.core.document.boundary;

/**
 * What comes with an upload besides its bytes: the name it had, its kind, and optionally whose it is (an enterprise,
 * or a district); by default it belongs to the uploader's own enterprise or district.
 */
public record UploadForm(String fileName, String kind, String districtCode, String enterpriseId) {}
