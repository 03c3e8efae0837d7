package cn.gov.baotou.talent.core.document.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** An upload declared far over the limit is refused before its body is parsed; anything else goes on to the store. */
class UploadSizeCheckTest {

    private final UploadSizeCheck check = new UploadSizeCheck();

    {
        check.maxBytes = 1024L * 1024;
    }

    @Test
    void aDeclaredLengthOverTheLimitAndTheFormIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> check.filter(request(String.valueOf(1024 * 1024 + UploadSizeCheck.FORM_OVERHEAD + 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("file", "document.file.tooLarge", "1 MiB")));
    }

    @Test
    void aLengthWithinTheLimitOrNoneAtAllGoesOn() {
        assertThatCode(() -> check.filter(request(String.valueOf(1024 * 1024 + UploadSizeCheck.FORM_OVERHEAD))))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.filter(request(null))).doesNotThrowAnyException();
        assertThatCode(() -> check.filter(request("lots"))).doesNotThrowAnyException();
    }

    private static ContainerRequestContext request(String contentLength) {
        return (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString") && "Content-Length".equals(args[0])) {
                        return contentLength;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
