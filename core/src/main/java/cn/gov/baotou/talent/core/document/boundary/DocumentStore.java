package cn.gov.baotou.talent.core.document.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.document.control.ContentType;
import cn.gov.baotou.talent.core.document.control.FileName;
import cn.gov.baotou.talent.core.document.control.FileStructure;
import cn.gov.baotou.talent.core.document.control.UploadRules;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.document.entity.StoredFile;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores uploads after checking them all the way (kind, owner, emptiness, {@code talent.upload.max-bytes}, type by
 * content): a refused upload leaves neither a row nor a file. Reads documents only within the caller's scope.
 */
@ApplicationScoped
@Transactional
public class DocumentStore {

    @Inject
    Documents documents;

    @Inject
    DocumentFiles files;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "talent.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    Clock clock;

    public DocumentStore() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public DocumentStore(EntityManager em, DocumentFiles files, long maxBytes, Caller caller, Clock clock) {
        this.clock = clock;
        this.documents = new Documents(em);
        this.files = files;
        this.maxBytes = maxBytes;
        this.caller = caller;
    }

    /** The bytes of a visible document, with what to serve them as. */
    public record Content(Document document, Path file) {}

    public Document upload(UploadForm form, InputStream content) {
        if (!caller.is(
                Role.CITY_OFFICE,
                Role.DISTRICT_OFFICE,
                Role.CITY_FINANCE,
                Role.DISTRICT_FINANCE,
                Role.DEPARTMENT,
                Role.ENTERPRISE)) {
            throw new Forbidden("upload document");
        }
        List<FieldError> errors = new ArrayList<>();
        DocumentKind kind = kind(form.kind(), errors);
        DocumentOwner.Owner owner =
                new DocumentOwner(documents, caller).of(form.districtCode(), form.enterpriseId(), errors);
        if (content == null) {
            errors.add(FieldError.of(UploadRules.FIELD, "document.file.required"));
            throw new InvalidInput(errors);
        }
        UploadRules rules = new UploadRules(maxBytes);
        DocumentFiles.Spooled upload;
        try {
            upload = files.spool(content, rules.maxBytes(), ContentType.HEAD_BYTES);
        } catch (IOException e) {
            errors.add(FieldError.of(UploadRules.FIELD, "document.file.unreadable"));
            throw new InvalidInput(errors);
        }
        try {
            Optional<ContentType> type = rules.check(upload.size(), upload.head(), errors);
            if (errors.isEmpty()) {
                // all the way through: a PDF or image that is also a web page is refused
                FileStructure.check(type.orElseThrow(), upload.file()).ifPresent(errors::add);
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            Document d = new Document(
                    new StoredFile(upload.sha256(), upload.size(), type.orElseThrow()),
                    FileName.clean(form.fileName(), type.orElseThrow()),
                    kind,
                    owner.districtCode(),
                    owner.enterpriseId(),
                    caller.getUsername(),
                    clock.instant());
            documents.add(d);
            files.keep(upload);
            return d;
        } finally {
            files.discard(upload);
        }
    }

    public Document visible(long id) {
        return documents.visible(id, caller.visibility()).orElseThrow(() -> new NotFound("document.notFound", id));
    }

    public Content content(long id) {
        Document d = visible(id);
        Path file = files.path(d.sha256());
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("the bytes of document " + id + " are missing: " + file);
        }
        return new Content(d, file);
    }

    private static DocumentKind kind(String text, List<FieldError> errors) {
        try {
            return DocumentKind.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("kind", "document.kind.unknown", text == null ? "" : text));
            return null;
        }
    }
}
