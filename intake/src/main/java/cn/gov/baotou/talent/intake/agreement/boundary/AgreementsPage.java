package cn.gov.baotou.talent.intake.agreement.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 联合招引协议: the agreements of the caller's scope (an enterprise its own), and for a district office or the city
 * office the form that records one with its signed copy.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient JointAgreementDesk desk;

    @Inject
    transient DocumentStore documents;

    @Inject
    transient Enterprises enterprises;

    @Inject
    transient Caller caller;

    @Inject
    Clock clock;

    private Long enterpriseId;
    private LocalDate signedOn;
    private LocalDate validTo;
    private transient Part copy;

    public List<JointAgreementView> getAgreements() {
        LocalDate today = LocalDate.now(clock);
        return desk.visible().stream().map(a -> JointAgreementView.of(a, today)).toList();
    }

    /** 属地 by code, in the page's language, for the list's district column. */
    public Map<String, String> getDistrictNames() {
        boolean english = "en".equals(PageReplies.messages().locale().getLanguage());
        return enterprises.districts().stream()
                .collect(Collectors.toMap(District::code, d -> english ? d.nameEn() : d.name()));
    }

    public boolean isRecorder() {
        return caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE);
    }

    public List<Enterprise> getEnterprises() {
        return isRecorder() ? enterprises.search(caller.visibility(), null, null, 0, 500) : List.of();
    }

    public void record() {
        boolean done = PageReplies.attempt(PageReplies.nextToField("agreement"), IntakeEligibility.BUNDLE, () -> {
                    Long document = null;
                    if (copy != null && copy.getSize() > 0) {
                        try (InputStream in = copy.getInputStream()) {
                            document = documents
                                    .upload(
                                            new UploadForm(
                                                    copy.getSubmittedFileName(),
                                                    "AGREEMENT",
                                                    null,
                                                    enterpriseId == null ? null : String.valueOf(enterpriseId)),
                                            in)
                                    .id();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return desk.record(new JointAgreementForm(enterpriseId, signedOn, validTo, document));
                })
                .isPresent();
        if (done) {
            enterpriseId = null;
            signedOn = validTo = null;
            PageReplies.info(IntakeEligibility.BUNDLE, "page.done");
        }
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Part getCopy() {
        return copy;
    }

    public void setCopy(Part copy) {
        this.copy = copy;
    }
}
