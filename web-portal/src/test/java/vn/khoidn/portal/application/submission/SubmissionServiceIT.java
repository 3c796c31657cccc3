package vn.khoidn.portal.application.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.Severity;
import vn.khoidn.domain.validation.ValidationIssue;
import vn.khoidn.domain.validation.Validator;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.rollup.RollupService;
import vn.khoidn.portal.application.rollup.RoundCompleteness;
import vn.khoidn.portal.testsupport.PortalDeployment;

/** The workflow's services inside Payara Micro, on MariaDB, with the demo tree and users. */
@ExtendWith(ArquillianExtension.class)
class SubmissionServiceIT {

  private static final AtomicInteger YEAR = new AtomicInteger(2030);
  private static final String STAFF = "bantochuc";
  private static final String DIENLUC = "dienluc";
  private static final String DIENLUC_CELL = "dienluc.dalat";
  private static final String AGRIBANK = "agribank";

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.asPackaged();
  }

  @Inject SubmissionService service;
  @Inject AccountService accounts;
  @Inject RollupService rollups;

  /** Opens a round in a year no other test uses, so that tests never share forms. */
  private long openRound(String periodCode, LocalDate deadline) {
    return service.openRound(
        new OpenRound(
            periodCode,
            "Báo cáo " + periodCode,
            deadline,
            List.of("NEW_MEMBERS", "AWARENESS_CLASSES", "AWARENESS_TRAINEES"),
            List.of()),
        STAFF);
  }

  private long openRound() {
    return openRound(YEAR.getAndIncrement() + "Q1", LocalDate.of(2099, 12, 31));
  }

  private FormSummary formOf(long round, String orgCode) {
    return service.formsOfRound(round, STAFF).stream()
        .filter(f -> f.organizationCode().equals(orgCode))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void openingARoundGivesEveryGrassrootsOrganizationAFormNotStarted() {
    long round = openRound();

    List<FormSummary> forms = service.formsOfRound(round, STAFF);
    List<String> codes = forms.stream().map(FormSummary::organizationCode).toList();
    assertTrue(
        codes.containsAll(
            List.of(
                "DBCS-LADOFOODS",
                "DBCS-DIENLUC",
                "DBCS-AGRIBANK",
                "DBCS-CAPNUOC",
                "CBCS-VIETCOMBANK",
                "CBCS-BIDV",
                "CBCS-QTD-PHUONG1",
                "CBCS-XOSO",
                "CBCS-HIEPHOI",
                "CBCS-THANHTHANHCONG",
                "CBCS-SUADALAT",
                "CBCS-MINHTIEN",
                "CBCS-LANGBIANG")),
        codes.toString());
    assertTrue(
        codes.stream().noneMatch(c -> c.startsWith("CB-") || c.equals("DUK")),
        "no form for cells or the bloc");
    assertEquals(codes.size(), codes.stream().distinct().count());
    assertTrue(forms.stream().allMatch(f -> f.status() == FormStatus.NOT_STARTED));
    assertTrue(service.formsFor(DIENLUC).stream().anyMatch(f -> f.roundId() == round));
    assertFalse(
        service.formsFor(AGRIBANK).stream()
            .anyMatch(f -> f.roundId() == round && f.organizationCode().equals("DBCS-DIENLUC")));
  }

  @Test
  void aSecondRoundForTheSamePeriodIsRefused() {
    String period = YEAR.getAndIncrement() + "Q1";
    openRound(period, LocalDate.of(2099, 12, 31));

    WorkflowException refused =
        assertThrows(WorkflowException.class, () -> openRound(period, LocalDate.of(2099, 12, 31)));
    assertTrue(
        refused.getMessage().contains("mỗi kỳ chỉ mở một đợt báo cáo"), refused.getMessage());
  }

  @Test
  void aReturnedFormIsMissingAgainAndOnTimeStaysWithTheFirstSubmission() {
    String period = YEAR.getAndIncrement() + "Q1";
    long round = openRound(period, LocalDate.of(2099, 12, 31));
    long formId = formOf(round, "DBCS-DIENLUC").formId();
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(3));
    SaveOutcome submitted =
        service.submit(formId, input, service.form(formId, DIENLUC).version(), DIENLUC);
    assertEquals(FormStatus.SUBMITTED, submitted.status());
    assertEquals(1, completeness(period).submitted());

    service.returnForm(formId, "Bổ sung giải trình.", submitted.version(), STAFF);
    RoundCompleteness afterReturn = completeness(period);
    assertEquals(0, afterReturn.submitted(), "a returned form is missing again");
    assertTrue(
        afterReturn.missing().stream().anyMatch(m -> m.organizationCode().equals("DBCS-DIENLUC")));

    service.submit(formId, input, service.form(formId, DIENLUC).version(), DIENLUC);
    RoundCompleteness again = completeness(period);
    assertEquals(1, again.submitted());
    assertEquals(1, again.onTime());
    assertTrue(again.submitted() <= again.expected());
  }

  @Test
  void aFormsYearFigureBesideTheSameOrganizationsQuartersIsRefused() {
    int year = YEAR.getAndIncrement();
    long quarterForm =
        formOf(openRound(year + "Q1", LocalDate.of(2099, 12, 31)), "DBCS-DIENLUC").formId();
    FormInput quarter = service.input(quarterForm, DIENLUC);
    quarter.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    assertTrue(
        service
            .saveDraft(quarterForm, quarter, service.form(quarterForm, DIENLUC).version(), DIENLUC)
            .saved());

    long yearForm =
        formOf(openRound(Integer.toString(year), LocalDate.of(2099, 12, 31)), "DBCS-DIENLUC")
            .formId();
    FormInput whole = service.input(yearForm, DIENLUC);
    whole.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(9));
    SaveOutcome refused =
        service.saveDraft(yearForm, whole, service.form(yearForm, DIENLUC).version(), DIENLUC);

    assertFalse(refused.saved());
    ValidationIssue issue =
        refused.issues().stream()
            .filter(i -> i.code().equals("MIXED_GRANULARITY"))
            .findFirst()
            .orElseThrow();
    assertTrue(issue.message().contains(year + "Q1 (2)"), issue.message());
    assertNull(service.input(yearForm, DIENLUC).entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal());
  }

  private RoundCompleteness completeness(String period) {
    return rollups
        .completeness(STAFF, "DUK", vn.khoidn.domain.period.CalendarPeriod.parse(period))
        .get(0);
  }

  @Test
  void aReporterCannotOpenARound() {
    assertThrows(
        AccessDeniedException.class,
        () ->
            service.openRound(
                new OpenRound(
                    "2040Q1", "x", LocalDate.of(2040, 4, 15), List.of("NEW_MEMBERS"), List.of()),
                DIENLUC));
  }

  @Test
  void aBreakdownAboveItsTotalIsRefusedInVietnameseAndNothingIsStored() {
    long formId = formOf(openRound(), "DBCS-DIENLUC").formId();
    FormView before = service.form(formId, DIENLUC);
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setPart(Sector.STATE, BigDecimal.valueOf(3));

    SaveOutcome outcome = service.saveDraft(formId, input, before.version(), DIENLUC);

    assertFalse(outcome.saved());
    assertEquals(Validator.BREAKDOWN_ABOVE_TOTAL, outcome.issues().get(0).code());
    assertTrue(
        outcome.issues().get(0).message().startsWith("Tổng các khu vực (3) lớn hơn tổng số"));
    assertEquals(FormStatus.NOT_STARTED, service.form(formId, DIENLUC).status());
    assertNull(service.input(formId, DIENLUC).entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal());
    assertEquals(before.version(), service.form(formId, DIENLUC).version());
  }

  @Test
  void theWholeStoryDraftSubmitReturnResubmitAcceptCorrect() {
    long formId = formOf(openRound(), "DBCS-DIENLUC").formId();
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(4));
    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.setResults("Kết nạp 06 đảng viên mới; tổ chức sinh hoạt chuyên đề.");

    SaveOutcome draft =
        service.saveDraft(formId, input, service.form(formId, DIENLUC).version(), DIENLUC);
    assertTrue(draft.saved());
    assertEquals(FormStatus.DRAFT, draft.status());

    SaveOutcome submitted = service.submit(formId, input, draft.version(), DIENLUC);
    assertEquals(FormStatus.SUBMITTED, submitted.status());
    assertThrows(
        WorkflowException.class,
        () -> service.saveDraft(formId, input, submitted.version(), DIENLUC));

    service.returnForm(
        formId, "Số kết nạp của Chi bộ Đà Lạt chưa khớp với hồ sơ.", submitted.version(), STAFF);
    FormView returned = service.form(formId, DIENLUC);
    assertEquals(FormStatus.RETURNED, returned.status());
    assertEquals("Số kết nạp của Chi bộ Đà Lạt chưa khớp với hồ sơ.", returned.returnComment());
    assertTrue(returned.canEdit());

    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(3));
    SaveOutcome resubmitted = service.submit(formId, input, returned.version(), DIENLUC);
    assertEquals(FormStatus.SUBMITTED, resubmitted.status());

    service.accept(formId, resubmitted.version(), STAFF);
    FormView accepted = service.form(formId, DIENLUC);
    assertEquals(FormStatus.ACCEPTED, accepted.status());
    assertFalse(accepted.canEdit());
    assertThrows(
        WorkflowException.class,
        () -> service.saveDraft(formId, input, accepted.version(), DIENLUC));

    FormInput correction = service.input(formId, STAFF);
    correction.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(5));
    assertTrue(service.correctAccepted(formId, correction, accepted.version(), STAFF).saved());
    assertEquals(1, service.form(formId, STAFF).changesSinceAccepted());

    List<AuditView> history = service.history(formId, DIENLUC);
    assertTrue(
        history.stream()
            .anyMatch(
                a ->
                    a.subject().equals("DBCS-DIENLUC/NEW_MEMBERS")
                        && "4".equals(a.oldValue())
                        && "5".equals(a.newValue())
                        && a.actor().equals(STAFF)));
    assertTrue(
        history.stream()
            .anyMatch(
                a ->
                    a.subject().equals("CB-DIENLUC-DALAT/NEW_MEMBERS")
                        && "2".equals(a.oldValue())
                        && "3".equals(a.newValue())
                        && a.actor().equals(DIENLUC)));
    assertTrue(
        history.stream()
            .anyMatch(a -> a.subject().equals("STATUS") && "ACCEPTED".equals(a.newValue())));
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
    long formId = formOf(openRound(), "DBCS-AGRIBANK").formId();
    long loaded = service.form(formId, AGRIBANK).version();
    FormInput first = service.input(formId, AGRIBANK);
    FormInput second = service.input(formId, AGRIBANK);
    first.entry("DBCS-AGRIBANK", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(7));
    second.entry("DBCS-AGRIBANK", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(9));

    service.saveDraft(formId, first, loaded, AGRIBANK);
    ConcurrentEditException conflict =
        assertThrows(
            ConcurrentEditException.class,
            () -> service.saveDraft(formId, second, loaded, AGRIBANK));

    assertTrue(conflict.getMessage().contains("agribank"), conflict.getMessage());
    assertEquals(
        0,
        BigDecimal.valueOf(7)
            .compareTo(
                service.input(formId, AGRIBANK).entry("DBCS-AGRIBANK", "NEW_MEMBERS").getTotal()));
    assertEquals(
        0,
        BigDecimal.valueOf(9).compareTo(second.entry("DBCS-AGRIBANK", "NEW_MEMBERS").getTotal()));
  }

  @Test
  void twoReportersSavingOneFormAtTheSameMomentKeepOneFigureAndGetNoServerError() throws Exception {
    long formId = formOf(openRound(), "DBCS-AGRIBANK").formId();
    long loaded = service.form(formId, AGRIBANK).version();
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    jakarta.enterprise.concurrent.ManagedExecutorService pool =
        javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    List<java.util.concurrent.Future<Object>> saves = new java.util.ArrayList<>();
    for (int value : new int[] {7, 9}) {
      FormInput input = service.input(formId, AGRIBANK);
      input.entry("DBCS-AGRIBANK", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(value));
      saves.add(
          pool.submit(
              () -> {
                try {
                  together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException
                    | java.util.concurrent.BrokenBarrierException ignoredSmallPool) {
                  // A pool of one thread runs them one after the other: still one must lose.
                }
                try {
                  return service.saveDraft(formId, input, loaded, AGRIBANK);
                } catch (RuntimeException e) {
                  return e;
                }
              }));
    }
    int saved = 0;
    for (java.util.concurrent.Future<Object> s : saves) {
      Object outcome = s.get(2, java.util.concurrent.TimeUnit.MINUTES);
      if (outcome instanceof SaveOutcome o && o.saved()) {
        saved++;
      } else {
        assertTrue(
            outcome instanceof ConcurrentEditException,
            "the other save is told someone saved first, not a server error: " + outcome);
      }
    }
    assertEquals(1, saved);
    // Read in the pool too: its tasks ran with the test's context, whose EntityManager they closed.
    BigDecimal kept =
        pool.submit(
                () ->
                    service
                        .input(formId, AGRIBANK)
                        .entry("DBCS-AGRIBANK", "NEW_MEMBERS")
                        .getTotal())
            .get(2, java.util.concurrent.TimeUnit.MINUTES);
    assertTrue(kept.intValue() == 7 || kept.intValue() == 9, kept.toPlainString());
  }

  @Test
  void aReporterCannotReadOrChangeAnotherOrganizationsForm() {
    long formId = formOf(openRound(), "DBCS-DIENLUC").formId();
    long version = service.form(formId, DIENLUC).version();
    FormInput input = new FormInput();
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(99));

    assertThrows(AccessDeniedException.class, () -> service.form(formId, AGRIBANK));
    assertThrows(AccessDeniedException.class, () -> service.input(formId, AGRIBANK));
    assertThrows(
        AccessDeniedException.class, () -> service.saveDraft(formId, input, version, AGRIBANK));
    assertThrows(AccessDeniedException.class, () -> service.history(formId, AGRIBANK));
    assertThrows(AccessDeniedException.class, () -> service.accept(formId, version, AGRIBANK));

    assertEquals(FormStatus.NOT_STARTED, service.form(formId, DIENLUC).status());
    assertEquals(version, service.form(formId, DIENLUC).version());
  }

  @Test
  void aSubordinateCellEntersItsOwnFiguresButCannotSubmitOrTouchTheCommittees() {
    long formId = formOf(openRound(), "DBCS-DIENLUC").formId();
    FormView view = service.form(formId, DIENLUC_CELL);
    assertFalse(view.canSubmit());
    assertTrue(
        view.blocks().stream()
            .filter(FormView.Block::editable)
            .allMatch(b -> b.organizationCode().equals("CB-DIENLUC-DALAT")));
    FormInput input = service.input(formId, DIENLUC_CELL);
    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(50));

    assertTrue(service.saveDraft(formId, input, view.version(), DIENLUC_CELL).saved());
    FormInput stored = service.input(formId, DIENLUC);
    assertEquals(
        0,
        BigDecimal.valueOf(2)
            .compareTo(stored.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").getTotal()));
    assertNull(stored.entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal());
    assertThrows(
        AccessDeniedException.class,
        () -> service.submit(formId, input, service.form(formId, DIENLUC).version(), DIENLUC_CELL));
  }

  @Test
  void afterTheDeadlineTheFormIsReadOnlyUnlessStaffGrantAnException() {
    long round = openRound("2019Q1", LocalDate.of(2019, 4, 15));
    long formId = formOf(round, "DBCS-AGRIBANK").formId();
    FormView view = service.form(formId, AGRIBANK);
    assertFalse(view.canEdit());
    assertTrue(view.daysLeft() < 0);
    FormInput input = service.input(formId, AGRIBANK);
    input.entry("DBCS-AGRIBANK", "NEW_MEMBERS").setTotal(BigDecimal.ONE);

    WorkflowException late =
        assertThrows(
            WorkflowException.class,
            () -> service.saveDraft(formId, input, view.version(), AGRIBANK));
    assertTrue(late.getMessage().startsWith("Đã quá hạn nộp"), late.getMessage());

    service.grantException(formId, LocalDate.now().plusDays(3), STAFF);
    FormView extended = service.form(formId, AGRIBANK);
    assertTrue(extended.canEdit());
    assertTrue(service.saveDraft(formId, input, extended.version(), AGRIBANK).saved());
  }

  @Test
  void aValueFarFromHistoryNeedsAnExplanationBeforeSubmission() {
    String reporter = "it.vcb" + System.nanoTime();
    accounts.createUser(
        reporter, "Ngô Bảo Châu", "Mật-khẩu-2021", "CBCS-VIETCOMBANK", Set.of(Role.REPORTER));
    long formId = formOf(openRound(), "CBCS-VIETCOMBANK").formId();
    FormInput input = service.input(formId, reporter);
    input.entry("CBCS-VIETCOMBANK", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(40));

    SaveOutcome draft =
        service.saveDraft(formId, input, service.form(formId, reporter).version(), reporter);
    assertTrue(draft.saved());
    ValidationIssue warning = draft.issues().get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals(Validator.FAR_FROM_HISTORY, warning.code());

    SaveOutcome refused = service.submit(formId, input, draft.version(), reporter);
    assertFalse(refused.saved());
    assertTrue(
        refused.issues().stream()
            .anyMatch(i -> i.code().equals(SubmissionService.EXPLANATION_REQUIRED)));

    input
        .entry("CBCS-VIETCOMBANK", "NEW_MEMBERS")
        .setExplanation("Đợt kết nạp tập trung sau lớp bồi dưỡng tháng 2.");
    assertEquals(
        FormStatus.SUBMITTED, service.submit(formId, input, draft.version(), reporter).status());
  }

  @Test
  void manyFormsAreAcceptedAtOnce() {
    long round = openRound();
    for (String user : List.of(DIENLUC, AGRIBANK)) {
      FormSummary f =
          service.formsFor(user).stream()
              .filter(s -> s.roundId() == round)
              .findFirst()
              .orElseThrow();
      FormInput input = service.input(f.formId(), user);
      input.entry(f.organizationCode(), "NEW_MEMBERS").setTotal(BigDecimal.ONE);
      service.submit(f.formId(), input, f.version(), user);
    }
    Map<Long, Long> submitted = new java.util.HashMap<>();
    service.formsOfRound(round, STAFF).stream()
        .filter(f -> f.status() == FormStatus.SUBMITTED)
        .forEach(f -> submitted.put(f.formId(), f.version()));

    assertEquals(2, service.acceptAll(submitted, STAFF));
    assertEquals(
        2,
        service.formsOfRound(round, STAFF).stream()
            .filter(f -> f.status() == FormStatus.ACCEPTED)
            .count());
  }
}
