package cn.gov.baotou.talent.core.refusal;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method whose commit failed: a lost concurrent update (optimistic lock) → 409 saying to
 * reload, anything else → 500 with an incident number, as {@link UnexpectedErrorMapper} answers. Needed apart because
 * Jersey brings a mapper of its own for TransactionalException, which looks for a mapper of the exception's cause (a
 * checked RollbackException, which has none) and, finding none, throws: Payara then answered an empty 500. This one
 * outranks it by its priority.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TransactionalException e) {
        return UnexpectedErrorMapper.answer(headers, uri, e);
    }
}
