package vn.khoidn.portal.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.NoSuchOrganizationException;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.WorkflowException;
import vn.khoidn.portal.interfaces.web.Refusals;

/**
 * The API's refusals by type, without a container: a typed refusal answers its code and Vietnamese
 * message; a bare {@link IllegalArgumentException}'s text (the JDK's, in English) never reaches the
 * client, only the log, under the reference the answer gives.
 */
class ProblemMappersTest {

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger badInputLog = Logger.getLogger(ProblemMappers.BadInput.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    badInputLog.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    badInputLog.removeHandler(capture);
  }

  @Test
  void aDomainRefusalIsA400WithItsCodeAndMessage() {
    InvalidValueException e =
        catchThrowableOfType(() -> CalendarPeriod.parse("2021Q5"), InvalidValueException.class);

    JsonObject body = body(new ProblemMappers.Invalid().problem(e));

    assertThat(body.getInt("status")).isEqualTo(400);
    assertThat(body.getString("code")).isEqualTo("INVALID_PERIOD");
    assertThat(body.getString("type")).isEqualTo("urn:khoidn:problem:invalid_period");
    assertThat(body.getString("title")).isEqualTo("Yêu cầu không hợp lệ");
    assertThat(body.getString("detail")).isEqualTo("Quý 5 không hợp lệ (từ 1 đến 4).");
  }

  @Test
  void theApplicationsRefusalAndACountsAreAnsweredAlike() {
    Problems.Problem input =
        new ProblemMappers.Invalid()
            .problem(new InvalidInputException("UNKNOWN_ORGANIZATION", "Không có tổ chức mã X."));
    assertThat(input.status()).isEqualTo(400);
    assertThat(input.code()).isEqualTo("UNKNOWN_ORGANIZATION");
    assertThat(input.detail()).isEqualTo("Không có tổ chức mã X.");

    CountInput.Refused count =
        catchThrowableOfType(() -> CountInput.parse("-3"), CountInput.Refused.class);
    Problems.Problem refused = new ProblemMappers.Invalid().problem(count);
    assertThat(refused.code()).isEqualTo("NEGATIVE_VALUE");
    assertThat(refused.detail()).isEqualTo("Giá trị không được âm: -3.");
  }

  @Test
  void theMapperOfIllegalArgumentsKeepsATypedRefusalsCode() {
    // Should a runtime pick the IllegalArgumentException mapper for a typed refusal.
    Problems.Problem p =
        new ProblemMappers.BadInput()
            .problem(new InvalidInputException("NESTED_PLAN", "Kế hoạch đã đặt ở cấp trên."));
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.code()).isEqualTo("NESTED_PLAN");
    assertThat(p.detail()).isEqualTo("Kế hoạch đã đặt ở cấp trên.");
    assertThat(logged).isEmpty();
  }

  @Test
  void aBareIllegalArgumentIsAGeneric400AndItsTextOnlyInTheLog() {
    List<IllegalArgumentException> raw = new ArrayList<>();
    raw.add(catchThrowableOfType(() -> Integer.parseInt("abc"), NumberFormatException.class));
    raw.add(
        catchThrowableOfType(
            () -> OrganizationKind.valueOf("NO_SUCH_KIND"), IllegalArgumentException.class));
    raw.add(
        catchThrowableOfType(
            () -> java.util.UUID.fromString("not-a-uuid"), IllegalArgumentException.class));
    raw.add(new IllegalArgumentException("internal: index 7 out of 3"));

    for (IllegalArgumentException e : raw) {
      logged.clear();
      Problems.Problem p = new ProblemMappers.BadInput().problem(e);
      JsonObject body = body(p);

      assertThat(body.getInt("status")).as(e.getMessage()).isEqualTo(400);
      assertThat(body.getString("code")).isEqualTo("BAD_REQUEST");
      assertThat(body.getString("detail"))
          .startsWith(Refusals.GENERIC_VI)
          .matches("Yêu cầu không hợp lệ\\. Mã tham chiếu: [0-9A-F]{8}\\.");
      assertThat(p.body()).doesNotContain(e.getMessage()).doesNotContain("Exception");

      String reference = body.getString("detail").replaceAll(".*: ([0-9A-F]{8})\\.", "$1");
      assertThat(logged).hasSize(1);
      LogRecord record = logged.get(0);
      assertThat(record.getLevel()).isEqualTo(Level.WARNING);
      assertThat(record.getMessage()).contains(reference).contains(e.getMessage());
      assertThat(record.getThrown()).isSameAs(e);
    }
  }

  @Test
  void eachReferenceIsNew() {
    Problems.Problem first = new ProblemMappers.BadInput().problem(new IllegalArgumentException());
    Problems.Problem second = new ProblemMappers.BadInput().problem(new IllegalArgumentException());
    assertThat(first.detail()).isNotEqualTo(second.detail());
  }

  @Test
  void theOtherRefusalsKeepTheirStatusAndCode() {
    assertProblem(
        new ProblemMappers.Forbidden().problem(new AccessDeniedException("Không có quyền.")),
        403,
        "FORBIDDEN",
        "Không có quyền.");
    assertProblem(
        new ProblemMappers.NoSuchOrganization()
            .problem(new NoSuchOrganizationException("Không có tổ chức mã \"X\".")),
        404,
        "UNKNOWN_ORGANIZATION",
        "Không có tổ chức mã \"X\".");
    assertProblem(
        new ProblemMappers.Conflict().problem(new ConcurrentEditException("Đã có người sửa.")),
        409,
        "CONCURRENT_EDIT",
        "Đã có người sửa.");
    assertProblem(
        new ProblemMappers.Workflow().problem(new WorkflowException("Biểu mẫu đã gửi.")),
        409,
        "WORKFLOW",
        "Biểu mẫu đã gửi.");
    assertProblem(
        new ProblemMappers.Api().problem(new ApiException(400, "MISSING_PARAMETER", "Cần org.")),
        400,
        "MISSING_PARAMETER",
        "Cần org.");

    ImportRejectedException rows =
        new ImportRejectedException(
            List.of(
                new RowError(2, "NEGATIVE_VALUE", "Giá trị không được âm: -1."),
                new RowError(3, "UNKNOWN_LEGAL_FORM", "Dòng 3, cột legal_form: …", "legal_form")));
    JsonObject body = body(new ProblemMappers.Rejected().problem(rows));
    assertThat(body.getInt("status")).isEqualTo(422);
    assertThat(body.getString("code")).isEqualTo("INVALID_ROWS");
    assertThat(body.getJsonArray("errors").getJsonObject(0).getString("code"))
        .isEqualTo("NEGATIVE_VALUE");
    assertThat(body.getJsonArray("errors").getJsonObject(0).containsKey("column"))
        .as("a row error of no one column names none")
        .isFalse();

    JsonObject successor =
        body(
            new ProblemMappers.Rejected()
                .problem(
                    new ImportRejectedException(
                        List.of(
                            new RowError(
                                3,
                                "UNKNOWN_SUCCESSOR",
                                "Không có tổ chức kế thừa mã \"X\".",
                                "successor")))));
    JsonObject row = successor.getJsonArray("errors").getJsonObject(0);
    assertThat(List.of(row.getInt("line"), row.getString("column")))
        .containsExactly(3, "successor");
    assertThat(body.getJsonArray("errors").getJsonObject(1).getString("column"))
        .isEqualTo("legal_form");
  }

  @Test
  void anythingElseIsA500WithoutItsText() {
    NullPointerException npe =
        catchThrowableOfType(
            () -> ((String) null).strip(), // the JDK's helpful message names the code
            NullPointerException.class);
    Problems.Problem p = new ProblemMappers.Unexpected().problem(npe);
    assertThat(p.status()).isEqualTo(500);
    assertThat(p.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(p.body()).doesNotContain("null").doesNotContain("strip");
  }

  private static void assertProblem(Problems.Problem p, int status, String code, String detail) {
    JsonObject body = body(p);
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("detail")).isEqualTo(detail);
  }

  private static JsonObject body(Problems.Problem p) {
    try (var reader = Json.createReader(new StringReader(p.body()))) {
      return reader.readObject();
    }
  }
}
