package vn.khoidn.portal.interfaces.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.interfaces.web.Refusals;

/** Every refusal of the API as a problem body; the request changed nothing. */
final class ProblemMappers {

  private ProblemMappers() {}

  /** Refusals the API raises itself. */
  @Provider
  public static class Api implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException e) {
      return problem(e).response();
    }

    Problems.Problem problem(ApiException e) {
      return new Problems.Problem(e.status(), e.code(), e.getMessage());
    }
  }

  /** The user may not see or change that organization. */
  @Provider
  public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return problem(e).response();
    }

    Problems.Problem problem(AccessDeniedException e) {
      return new Problems.Problem(403, "FORBIDDEN", e.getMessage());
    }
  }

  /** An organization that does not exist. */
  @Provider
  public static class NoSuchOrganization
      implements ExceptionMapper<
          vn.khoidn.portal.application.exchange.NoSuchOrganizationException> {
    @Override
    public Response toResponse(
        vn.khoidn.portal.application.exchange.NoSuchOrganizationException e) {
      return problem(e).response();
    }

    Problems.Problem problem(vn.khoidn.portal.application.exchange.NoSuchOrganizationException e) {
      return new Problems.Problem(404, "UNKNOWN_ORGANIZATION", e.getMessage());
    }
  }

  /** Rows of an import were wrong. */
  @Provider
  public static class Rejected implements ExceptionMapper<ImportRejectedException> {
    @Override
    public Response toResponse(ImportRejectedException e) {
      return problem(e).response();
    }

    Problems.Problem problem(ImportRejectedException e) {
      return new Problems.Problem(422, "INVALID_ROWS", e.getMessage(), e.errors());
    }
  }

  /** Well-formed rows the figure store refused: a figure a form owns, a mixed granularity. */
  @Provider
  public static class Refused
      implements ExceptionMapper<vn.khoidn.portal.application.exchange.ImportRefusedException> {
    @Override
    public Response toResponse(vn.khoidn.portal.application.exchange.ImportRefusedException e) {
      return problem(e).response();
    }

    Problems.Problem problem(vn.khoidn.portal.application.exchange.ImportRefusedException e) {
      return new Problems.Problem(409, "REFUSED_ROWS", e.getMessage(), e.errors());
    }
  }

  /** Someone else changed it first. */
  @Provider
  public static class Conflict implements ExceptionMapper<ConcurrentEditException> {
    @Override
    public Response toResponse(ConcurrentEditException e) {
      return problem(e).response();
    }

    Problems.Problem problem(ConcurrentEditException e) {
      return new Problems.Problem(409, "CONCURRENT_EDIT", e.getMessage());
    }
  }

  /** A step the workflow does not allow now. */
  @Provider
  public static class Workflow implements ExceptionMapper<WorkflowException> {
    @Override
    public Response toResponse(WorkflowException e) {
      return problem(e).response();
    }

    Problems.Problem problem(WorkflowException e) {
      return new Problems.Problem(409, "WORKFLOW", e.getMessage());
    }
  }

  /**
   * Input refused in words: domain-core's {@link InvalidValueException} and its kinds (the
   * application's {@code InvalidInputException}, {@code CountInput.Refused}), with their code and
   * Vietnamese message.
   */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidValueException> {
    @Override
    public Response toResponse(InvalidValueException e) {
      return problem(e).response();
    }

    Problems.Problem problem(InvalidValueException e) {
      return new Problems.Problem(400, e.code(), e.getMessage());
    }
  }

  /**
   * A bare {@link IllegalArgumentException}: a JDK parse error, an enum's {@code valueOf}, a
   * programming error. Its text is not written for the user: it goes to the log under a reference,
   * and the answer is a generic 400 with that reference.
   */
  @Provider
  public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
    private static final Logger LOG = Logger.getLogger(BadInput.class.getName());

    @Override
    public Response toResponse(IllegalArgumentException e) {
      return problem(e).response();
    }

    Problems.Problem problem(IllegalArgumentException e) {
      if (e instanceof InvalidValueException typed) {
        return new Invalid().problem(typed);
      }
      String reference = Refusals.logged(LOG, e, "API");
      return new Problems.Problem(
          400, "BAD_REQUEST", Refusals.GENERIC_VI + " Mã tham chiếu: " + reference + ".");
    }
  }

  /** The JAX-RS runtime's own refusals: unknown path, method, media type. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = Logger.getLogger(Web.class.getName());

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof NotFoundException) {
        return Problems.of(404, "NOT_FOUND", "Không có tài nguyên này trong API.");
      }
      if (e instanceof NotSupportedException) {
        return Problems.of(
            415, "UNSUPPORTED_MEDIA_TYPE", "Chỉ nhận text/csv (UTF-8) hoặc application/json.");
      }
      if (e instanceof NotAcceptableException) {
        return Problems.of(406, "NOT_ACCEPTABLE", "Chỉ trả về application/json hoặc text/csv.");
      }
      if (e instanceof NotAllowedException) {
        return Problems.of(405, "METHOD_NOT_ALLOWED", "Phương thức này không dùng được ở đây.");
      }
      if (e instanceof BadRequestException) {
        // A parameter or header JAX-RS could not convert (Content-Length: abc): its text is the
        // runtime's, in English.
        return Problems.of(
            400,
            "BAD_REQUEST",
            Refusals.GENERIC_VI + " Một tham số hoặc tiêu đề của yêu cầu không đọc được.");
      }
      LOG.fine(() -> "JAX-RS refused a request: " + e);
      return Problems.of(
          status, "HTTP_" + status, "Yêu cầu không được thực hiện (HTTP " + status + ").");
    }
  }

  /** Anything else: logged, and answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      return problem(e).response();
    }

    Problems.Problem problem(RuntimeException e) {
      LOG.log(Level.SEVERE, "API request failed", e);
      return new Problems.Problem(
          500, "INTERNAL_ERROR", "Máy chủ gặp lỗi; yêu cầu không thay đổi dữ liệu.");
    }
  }

  /** Writers of the same periods held them too long: nothing written, try again. */
  @Provider
  public static class Busy
      implements ExceptionMapper<vn.khoidn.portal.application.figure.WritersBusyException> {
    @Override
    public Response toResponse(vn.khoidn.portal.application.figure.WritersBusyException e) {
      Response problem = Problems.of(409, "WRITERS_BUSY", e.getMessage());
      return Response.fromResponse(problem)
          .header(
              "Retry-After",
              vn.khoidn.portal.application.figure.WritersBusyException.RETRY_AFTER_SECONDS)
          .build();
    }
  }
}
