package cn.gov.baotou.talent.core.document.boundary;

import cn.gov.baotou.talent.core.document.control.UploadRules;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses an upload that says (Content-Length) it is far over {@code talent.upload.max-bytes} before the multipart body
 * is parsed and buffered; the store still counts every byte of what gets through.
 */
@Provider
@UploadSized
public class UploadSizeCheck implements ContainerRequestFilter {

    /** Room for the multipart boundaries and the small form fields around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    Long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.strip().matches("\\d{1,18}")) {
            return;
        }
        UploadRules rules = new UploadRules(maxBytes());
        if (Long.parseLong(declared.strip()) > rules.maxBytes() + FORM_OVERHEAD) {
            throw new InvalidInput(UploadRules.FIELD, "document.file.tooLarge", rules.limit());
        }
    }

    private long maxBytes() {
        if (maxBytes == null) {
            maxBytes = ConfigProvider.getConfig()
                    .getOptionalValue("talent.upload.max-bytes", Long.class)
                    .orElse(UploadRules.DEFAULT_MAX_BYTES);
        }
        return maxBytes;
    }
}
