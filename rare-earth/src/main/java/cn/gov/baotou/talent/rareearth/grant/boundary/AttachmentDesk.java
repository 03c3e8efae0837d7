package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.boundary.UploadForm;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationWorkflow;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocument;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocuments;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * An application's attachments (附件): its enterprise, or the city office for it, files documents while the
 * application is open, through core's document store (type by content, SHA-256, size limit); whoever may read the
 * application — its lead department too, which core's store would not let read them — lists, previews and downloads
 * them here. An application outside the caller's scope has no attachments to find (404, as if absent).
 */
@ApplicationScoped
@Transactional
public class AttachmentDesk {

    static final String ATTACH = "ATTACH";

    @Inject
    ApplicationDesk applications;

    @Inject
    ApplicationDocuments attachments;

    @Inject
    DocumentStore store;

    @Inject
    DocumentFiles files;

    @Inject
    Caller caller;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    public AttachmentDesk() {}

    /** For use outside the container (tests), inside the transaction of {@code applications}' entity manager. */
    public AttachmentDesk(
            ApplicationDesk applications,
            ApplicationDocuments attachments,
            DocumentStore store,
            DocumentFiles files,
            Caller caller,
            ActivityLog activity,
            Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.store = store;
        this.files = files;
        this.caller = caller;
        this.activity = activity;
        this.clock = clock;
    }

    /** The bytes of an attachment, with what to serve them as. */
    public record Content(Document document, Path file) {}

    /** Submits an application with its first attachment, both or neither (a refused file refuses the application). */
    public SupportApplication submitWith(ApplicationForm form, String title, String fileName, InputStream content) {
        SupportApplication a = applications.submit(form);
        if (content != null) {
            attach(a, title, fileName, content);
        }
        return a;
    }

    /** Files a document with an open application the caller may read: its enterprise, or the city office. */
    public ApplicationDocument attach(long id, String title, String fileName, InputStream content) {
        return attach(applications.locked(id), title, fileName, content);
    }

    public List<ApplicationDocuments.Attached> list(long id) {
        return attachments.of(applications.visible(id).id());
    }

    public Content content(long id, long documentId) {
        ApplicationDocuments.Attached a = attachments
                .one(applications.visible(id).id(), documentId)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("attachment.notFound"), documentId));
        Path file = files.path(a.document().sha256());
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("the bytes of document " + documentId + " are missing: " + file);
        }
        return new Content(a.document(), file);
    }

    /** Whether the caller may file attachments with the application now. */
    public boolean mayAttach(SupportApplication a) {
        return caller.is(Role.ENTERPRISE, Role.CITY_OFFICE) && !a.status().decided();
    }

    private ApplicationDocument attach(SupportApplication a, String title, String fileName, InputStream content) {
        if (!caller.is(Role.ENTERPRISE, Role.CITY_OFFICE)) {
            throw new Forbidden("attach to application");
        }
        if (a.status().decided()) {
            throw new Conflict(
                    RareEarthMessages.ref("attachment.decided"),
                    RareEarthMessages.ref("application.status." + a.status().name()));
        }
        TypedFields in = new TypedFields(Set.of());
        String named = in.text("title", title, 200);
        in.check();
        Document d =
                store.upload(new UploadForm(fileName, "EVIDENCE", null, String.valueOf(a.enterpriseId())), content);
        String shown = named != null ? named : d.fileName();
        ApplicationDocument link =
                new ApplicationDocument(a.id(), d.id(), shown, caller.getUsername(), clock.instant());
        attachments.add(link);
        // no change of state: the entry says what was filed, not where the case went
        String filed = shown.equals(d.fileName()) ? shown : shown + "（" + d.fileName() + "）";
        activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), ATTACH, null, null, filed);
        return link;
    }
}
