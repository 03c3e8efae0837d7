package cn.gov.baotou.talent.intake.eligibility.boundary;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.Candidate;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 政策计算器: anyone, without signing in, enters a candidate's and an enterprise's facts and sees whether the plan
 * applies, each check with its clause text, and the subsidy — the same rules as the public API. Stores nothing.
 */
@Named
@ViewScoped
public class CalculatorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeStandards standards;

    @Inject
    transient PolicyCatalog catalog;

    private Degree degree = Degree.DOCTOR;
    private LocalDate birthDate;
    private LocalDate assessedOn;
    private boolean degreeRecognised = true;
    private boolean fromOutsideCity = true;
    private WorkType workType = WorkType.RESEARCH_DEVELOPMENT;
    private String industry = "NEW_MATERIALS";
    private boolean aboveDesignatedSize = true;
    private boolean highTech;
    private String keyProjectInvestmentYuan = "0";
    private transient IntakeDecision result;

    /** One check as the page shows it, with the clause text it rests on. */
    public record Line(boolean passed, String message, String clauseId, String clauseText) {}

    @PostConstruct
    void start() {
        assessedOn = standards.defaultDay();
    }

    public void calculate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = Messages.in(faces.getViewRoot().getLocale());
        try {
            Yuan investment = Yuan.parse(
                    "keyProjectInvestmentYuan",
                    keyProjectInvestmentYuan == null || keyProjectInvestmentYuan.isBlank()
                            ? "0"
                            : keyProjectInvestmentYuan);
            if (birthDate == null || assessedOn == null) {
                throw new InvalidInput(
                        List.of(FieldError.of(birthDate == null ? "birthDate" : "assessedOn", "request.required")));
            }
            result = IntakeEligibility.decide(
                    new Candidate(
                            degree,
                            birthDate,
                            assessedOn,
                            degreeRecognised,
                            fromOutsideCity,
                            workType,
                            new EnterpriseFacts(industry, aboveDesignatedSize, highTech, investment)),
                    standards.on(assessedOn, "assessedOn"));
        } catch (InvalidInput e) {
            result = null;
            for (FieldError f : e.errors()) {
                faces.addMessage(
                        "calculator:" + f.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, m.get(f), null));
            }
            faces.validationFailed();
        }
    }

    public IntakeDecision getResult() {
        return result;
    }

    public List<Line> getLines() {
        if (result == null) {
            return List.of();
        }
        Messages m = Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return result.decision().checks().stream().map(c -> line(c, m)).toList();
    }

    private Line line(Check c, Messages m) {
        String text = catalog.clause(c.clauseId()).map(Clause::text).orElse("");
        return new Line(
                c.passed(), m.get(c.bundle(), c.messageKey(), c.arguments().toArray()), c.clauseId(), text);
    }

    public Degree[] getDegrees() {
        return Degree.values();
    }

    public WorkType[] getWorkTypes() {
        return WorkType.values();
    }

    public List<String> getIndustries() {
        return List.of(
                "NEW_MATERIALS", "MODERN_ENERGY", "EQUIPMENT_MANUFACTURING", "AGRI_LIVESTOCK_PROCESSING", "OTHER");
    }

    public Degree getDegree() {
        return degree;
    }

    public void setDegree(Degree degree) {
        this.degree = degree;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public boolean isDegreeRecognised() {
        return degreeRecognised;
    }

    public void setDegreeRecognised(boolean degreeRecognised) {
        this.degreeRecognised = degreeRecognised;
    }

    public boolean isFromOutsideCity() {
        return fromOutsideCity;
    }

    public void setFromOutsideCity(boolean fromOutsideCity) {
        this.fromOutsideCity = fromOutsideCity;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public void setWorkType(WorkType workType) {
        this.workType = workType;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public boolean isAboveDesignatedSize() {
        return aboveDesignatedSize;
    }

    public void setAboveDesignatedSize(boolean aboveDesignatedSize) {
        this.aboveDesignatedSize = aboveDesignatedSize;
    }

    public boolean isHighTech() {
        return highTech;
    }

    public void setHighTech(boolean highTech) {
        this.highTech = highTech;
    }

    public String getKeyProjectInvestmentYuan() {
        return keyProjectInvestmentYuan;
    }

    public void setKeyProjectInvestmentYuan(String keyProjectInvestmentYuan) {
        this.keyProjectInvestmentYuan = keyProjectInvestmentYuan;
    }
}
