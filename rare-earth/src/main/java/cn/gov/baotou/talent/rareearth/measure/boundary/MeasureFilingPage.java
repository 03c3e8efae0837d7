package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.measure.entity.Department;
import cn.gov.baotou.talent.rareearth.measure.entity.Departments;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The board's filing form: a department's 细则 or 办事流程, a district's 配套措施; a refusal keeps what was typed. */
@Named
@ViewScoped
public class MeasureFilingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeasureDesk desk;

    @Inject
    transient Caller caller;

    @Inject
    transient Departments departments;

    private Integer measureNo;
    private String kind;
    private String title;
    private String issuedOn;
    private String departmentCode;
    private String districtCode;
    private transient Part file;

    public boolean isMayFile() {
        return caller.is(Role.CITY_OFFICE, Role.DEPARTMENT, Role.DISTRICT_OFFICE);
    }

    public boolean isCityOffice() {
        return caller.is(Role.CITY_OFFICE);
    }

    /** The kinds the caller files: a department rules and procedures, a district supporting measures. */
    public List<String> getKinds() {
        if (caller.is(Role.DEPARTMENT)) {
            return List.of("DETAILED_RULES", "PROCEDURE");
        }
        if (caller.is(Role.DISTRICT_OFFICE)) {
            return List.of("DISTRICT_MEASURES");
        }
        return List.of("DETAILED_RULES", "PROCEDURE", "DISTRICT_MEASURES");
    }

    public List<Department> getDepartments() {
        return departments.all();
    }

    public Map<String, String> getDistricts() {
        return desk.districts();
    }

    public void file() {
        MeasureDocument d = PageReplies.attempt(PageReplies.inForm("filing"), () -> {
                    if (measureNo == null) {
                        throw new InvalidInput("measureNo", "request.required", "");
                    }
                    try (InputStream in = file == null ? null : file.getInputStream()) {
                        return desk.file(
                                measureNo,
                                new FilingForm(
                                        kind,
                                        title,
                                        issuedOn,
                                        departmentCode,
                                        districtCode,
                                        file == null ? null : file.getSubmittedFileName()),
                                in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .orElse(null);
        if (d != null) {
            PageReplies.info(RareEarthMessages.BUNDLE, "filing.filed", d.title(), d.measureNo());
            title = issuedOn = null;
            file = null;
        }
    }

    public Integer getMeasureNo() {
        return measureNo;
    }

    public void setMeasureNo(Integer measureNo) {
        this.measureNo = measureNo;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
