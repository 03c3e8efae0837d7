package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.rareearth.measure.control.MeasureDuty;
import cn.gov.baotou.talent.rareearth.measure.entity.Departments;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocumentKind;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocuments;
import cn.gov.baotou.talent.rareearth.measure.entity.Measures;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measures and the documents the closing paragraph asks for: a department files its 细则 or 办事流程 for a measure
 * it answers for, a district its 配套措施; everyone signed in reads them. The board itself is {@link MeasureOverview}.
 */
@ApplicationScoped
@Transactional
public class MeasureDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Measures measures;

    @Inject
    MeasureDocuments documents;

    @Inject
    PolicyCatalog catalog;

    @Inject
    Departments departments;

    @Inject
    DocumentStore store;

    @Inject
    DocumentFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public MeasureDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public MeasureDesk(EntityManager em, DocumentStore store, DocumentFiles files, Caller caller, Clock clock) {
        this.em = em;
        this.measures = new Measures(em);
        this.documents = new MeasureDocuments(em);
        this.catalog = new PolicyCatalog(em);
        this.departments = new Departments();
        this.store = store;
        this.files = files;
        this.caller = caller;
        this.clock = clock;
    }

    /** The bytes of a filed document, readable by everyone signed in, with what to serve them as. */
    public record Content(Document document, Path file) {}

    public Measure measure(int number) {
        return measures.byNumber(number)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("measure.notFound"), number));
    }

    public MeasureDuty duty(int number) {
        Clause clause = catalog.clause(measure(number).clauseId()).orElseThrow();
        return MeasureDuty.of(clause, departments);
    }

    /** Files a document for a measure: the form is checked first, then the upload, then both are kept together. */
    public MeasureDocument file(int number, FilingForm form, InputStream content) {
        MeasureDuty duty = duty(number);
        FilingCheck.Checked c =
                FilingCheck.check(form, duty, caller, districts().keySet());
        String owner = c.kind() == MeasureDocumentKind.DISTRICT_MEASURES ? c.districtCode() : null;
        Document stored = store.upload(new UploadForm(form.fileName(), "RULES", owner, null), content);
        MeasureDocument d = new MeasureDocument(
                number,
                c.kind(),
                c.departmentCode(),
                c.districtCode(),
                c.title(),
                c.on(),
                stored.id(),
                caller.getUsername(),
                clock.instant());
        documents.add(d);
        return d;
    }

    public List<FilingView> filings(int number) {
        measure(number);
        return documents.of(number).stream().map(this::view).toList();
    }

    /** A filed document's bytes; a document never filed against a measure is not found here. */
    public Content content(long documentId) {
        documents
                .filing(documentId)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("filing.notFound"), documentId));
        Document d = em.find(Document.class, documentId);
        return new Content(d, files.path(d.sha256()));
    }

    public FilingView view(MeasureDocument d) {
        String owner = d.districtCode() != null
                ? districts().getOrDefault(d.districtCode(), d.districtCode())
                : departments.byCode(d.departmentCode()).map(x -> x.name()).orElse(d.departmentCode());
        return FilingView.of(d, owner);
    }

    /** The districts by code, with their names. */
    public Map<String, String> districts() {
        return em.createQuery("select d from District d order by d.code", District.class).getResultList().stream()
                .collect(Collectors.toMap(District::code, District::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
