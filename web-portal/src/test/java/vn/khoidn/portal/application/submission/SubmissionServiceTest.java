package vn.khoidn.portal.application.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.indicator.IndicatorCatalogue;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.Severity;
import vn.khoidn.domain.validation.ValidationIssue;
import vn.khoidn.domain.validation.Validator;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.figure.FigureRepository;
import vn.khoidn.portal.application.figure.FigureStore;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.InMemoryFigures;

/**
 * The workflow's use cases on in-memory ports and a real figure store: the same stories as {@code
 * SubmissionServiceIT}, without a container or a database.
 */
class SubmissionServiceTest {

  private static final String STAFF = "bantochuc";
  private static final String DIENLUC = "dienluc";
  private static final String CELL = "dienluc.dalat";
  private static final String AGRIBANK = "agribank";
  private static final LocalDate TODAY = LocalDate.of(2021, 4, 10);

  private InMemoryOrganizations organizations;
  private InMemoryFigures figures;
  private InMemoryFormRepository forms;
  private InMemoryAuditTrail audit;
  private SubmissionService service;
  private OrganizationRef dienluc;
  private OrganizationRef dalat;

  /** The access policy over the in-memory organizations, with users from a map. */
  private static final class Users extends AccessPolicy {
    private final Map<String, Actor> actors = new HashMap<>();

    Users(Organizations organizations) {
      super(null, organizations);
    }

    void add(String username, OrganizationRef organization, Role role) {
      actors.put(username, new Actor(username, organization.id(), Set.of(role)));
    }

    @Override
    public Actor actor(String username) {
      Actor a = actors.get(username);
      if (a == null) {
        throw new AccessDeniedException("Tài khoản không tồn tại hoặc đã bị khóa.");
      }
      return a;
    }
  }

  /** The built-in catalogue, without its table. */
  private static final class BuiltIn extends CatalogueService {
    @Override
    public IndicatorCatalogue current() {
      return IndicatorCatalogue.builtIn();
    }
  }

  @BeforeEach
  void portal() throws Exception {
    organizations = new InMemoryOrganizations();
    OrganizationRef bloc = organizations.add("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null);
    dienluc =
        organizations.add(
            "DBCS-DIENLUC", "Đảng bộ Điện lực", OrganizationKind.GRASSROOTS_COMMITTEE, bloc);
    dalat =
        organizations.add(
            "CB-DIENLUC-DALAT", "Chi bộ Đà Lạt", OrganizationKind.SUBORDINATE_CELL, dienluc);
    organizations.add(
        "CB-DIENLUC-CU",
        "Chi bộ đã giải thể",
        OrganizationKind.SUBORDINATE_CELL,
        dienluc,
        null,
        LocalDate.of(2020, 1, 1));
    OrganizationRef agribank =
        organizations.add(
            "DBCS-AGRIBANK", "Đảng bộ Agribank", OrganizationKind.GRASSROOTS_COMMITTEE, bloc);
    organizations.add(
        "CBCS-XOSO",
        "Chi bộ Xổ số",
        OrganizationKind.GRASSROOTS_CELL,
        bloc,
        LocalDate.of(2025, 1, 1),
        null);
    Users users = new Users(organizations);
    users.add(STAFF, bloc, Role.STAFF);
    users.add(DIENLUC, dienluc, Role.REPORTER);
    users.add(CELL, dalat, Role.REPORTER);
    users.add(AGRIBANK, agribank, Role.REPORTER);
    figures = new InMemoryFigures();
    forms = new InMemoryFormRepository(figures, organizations);
    audit = new InMemoryAuditTrail();
    PortalClock clock =
        new PortalClock(
            Clock.fixed(Instant.parse("2021-04-10T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
    service =
        new SubmissionService(
            users,
            forms,
            organizations,
            new BuiltIn(),
            clock,
            new FigureStore(figures, figures, clock),
            audit);
  }

  private long openRound(String period, LocalDate deadline) {
    return service.openRound(
        new OpenRound(
            period,
            "Báo cáo " + period,
            deadline,
            List.of("NEW_MEMBERS", "AWARENESS_CLASSES"),
            List.of()),
        STAFF);
  }

  private FormSummary formOf(long round, String code) {
    return service.formsOfRound(round, STAFF).stream()
        .filter(f -> f.organizationCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private long dienlucForm() {
    return formOf(openRound("2021Q1", LocalDate.of(2021, 4, 15)), "DBCS-DIENLUC").formId();
  }

  @Test
  void openingARoundGivesEveryGrassrootsOrganizationExistingThenAFormNotStarted() {
    long round = openRound("2021Q1", LocalDate.of(2021, 4, 15));

    List<FormSummary> all = service.formsOfRound(round, STAFF);
    assertThat(all)
        .extracting(FormSummary::organizationCode)
        .containsExactly("DBCS-AGRIBANK", "DBCS-DIENLUC");
    assertThat(all).allMatch(f -> f.status() == FormStatus.NOT_STARTED);
    assertThat(audit.entries)
        .extracting(AuditEntry::subject, AuditEntry::oldValue, AuditEntry::newValue)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("STATUS", null, "NOT_STARTED"));
    assertThat(figures.locked).containsExactly("2021Q1");
  }

  @Test
  void aSecondRoundOfThePeriodAndARoundOpenedByAReporterAreRefused() {
    openRound("2021Q1", LocalDate.of(2021, 4, 15));

    assertThatThrownBy(() -> openRound("2021Q1", LocalDate.of(2021, 4, 20)))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("mỗi kỳ chỉ mở một đợt báo cáo");
    assertThatThrownBy(
            () ->
                service.openRound(
                    new OpenRound(
                        "2021Q2", "x", LocalDate.of(2021, 7, 15), List.of("NEW_MEMBERS"), null),
                    DIENLUC))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                service.openRound(
                    new OpenRound(
                        "2021Q2",
                        "x",
                        LocalDate.of(2021, 7, 15),
                        List.of("NEW_MEMBERS"),
                        List.of("CB-DIENLUC-DALAT")),
                    STAFF))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("Chi bộ Đà Lạt không phải tổ chức cơ sở đảng: không lập biểu mẫu riêng.");
  }

  @Test
  void eachUserListsTheFormsOfTheirSubtreeAndACellItsCommittees() {
    long first = openRound("2021Q1", LocalDate.of(2021, 4, 15));
    long second = openRound("2021Q2", LocalDate.of(2021, 7, 15));

    assertThat(service.formsFor(DIENLUC))
        .extracting(FormSummary::roundId, FormSummary::organizationCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, "DBCS-DIENLUC"),
            org.assertj.core.groups.Tuple.tuple(first, "DBCS-DIENLUC"));
    assertThat(service.formsFor(CELL))
        .extracting(FormSummary::organizationCode)
        .containsOnly("DBCS-DIENLUC");
    assertThat(service.formsFor(AGRIBANK))
        .extracting(FormSummary::organizationCode)
        .containsOnly("DBCS-AGRIBANK");
    assertThat(service.formsFor(STAFF)).hasSize(4);
    List<RoundSummary> rounds = service.roundsFor(STAFF);
    assertThat(rounds).extracting(RoundSummary::roundId).containsExactly(second, first);
    assertThat(rounds.get(0).count("NOT_STARTED")).isEqualTo(2);
    assertThat(service.roundsFor(AGRIBANK)).hasSize(2).allMatch(r -> r.forms() == 1);
  }

  /** The organization's form of a round, filled with a figure and sent. */
  private SaveOutcome send(long round, String code, String user) {
    long formId = formOf(round, code).formId();
    FormInput input = service.input(formId, user);
    input.entry(code, "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    return service.submit(formId, input, service.form(formId, user).version(), user);
  }

  @Test
  void aReportersDeskCountsDaysAtTheClocksDateAndShowsReturnedAndLastAccepted() {
    // The clock says 10/04/2021.
    long yesterday = openRound("2021Q1", LocalDate.of(2021, 4, 9));
    long later = openRound("2021Q2", LocalDate.of(2021, 7, 15));
    long old = openRound("2020Q4", LocalDate.of(2021, 4, 30));
    SaveOutcome sent = send(later, "DBCS-DIENLUC", DIENLUC);
    service.returnForm(
        formOf(later, "DBCS-DIENLUC").formId(), "Thiếu số liệu chi bộ.", sent.version(), STAFF);
    SaveOutcome oldSent = send(old, "DBCS-DIENLUC", DIENLUC);
    service.accept(formOf(old, "DBCS-DIENLUC").formId(), oldSent.version(), STAFF);

    ReporterDesk desk = service.reporterDesk(DIENLUC);

    assertThat(desk.due()).extracting(FormSummary::roundId).containsExactly(yesterday);
    FormSummary due = desk.due().get(0);
    assertThat(due.deadline()).isEqualTo(LocalDate.of(2021, 4, 9));
    assertThat(due.daysLeft()).as("a deadline yesterday is one day overdue").isEqualTo(-1);
    assertThat(due.isOverdue()).isTrue();
    assertThat(
            java.text.MessageFormat.format(
                java.util.ResourceBundle.getBundle(
                        "vn.khoidn.portal.interfaces.web.messages", new java.util.Locale("vi"))
                    .getString("days.overdue"),
                -due.daysLeft()))
        .isEqualTo("quá hạn 1 ngày");
    assertThat(desk.returned()).extracting(FormSummary::roundId).containsExactly(later);
    assertThat(desk.returned().get(0).returnComment()).isEqualTo("Thiếu số liệu chi bộ.");
    assertThat(desk.returned().get(0).daysLeft()).isEqualTo(96);
    assertThat(desk.lastAccepted().roundId()).isEqualTo(old);
    assertThat(desk.lastAccepted().acceptedAt()).isNotNull();
    assertThat(desk.lastAccepted().returnComment()).isNull();
    assertThat(service.reporterDesk(CELL).due())
        .as("a cell sees its committee's form")
        .extracting(FormSummary::organizationCode)
        .containsExactly("DBCS-DIENLUC");
  }

  @Test
  void aNewReportersDeskIsEmpty() {
    ReporterDesk desk = service.reporterDesk(AGRIBANK);

    assertThat(desk.due()).isEmpty();
    assertThat(desk.returned()).isEmpty();
    assertThat(desk.lastAccepted()).isNull();
  }

  @Test
  void staffSeeEachOpenRoundsFormsSentOfDueWhoIsLateAndWhatWaitsForReview() {
    long yesterday = openRound("2021Q1", LocalDate.of(2021, 4, 9));
    long later = openRound("2021Q2", LocalDate.of(2021, 7, 15));
    long done = openRound("2020Q4", LocalDate.of(2021, 4, 30));
    send(later, "DBCS-AGRIBANK", AGRIBANK);
    for (String code : List.of("DBCS-AGRIBANK", "DBCS-DIENLUC")) {
      String user = code.equals("DBCS-AGRIBANK") ? AGRIBANK : DIENLUC;
      SaveOutcome s = send(done, code, user);
      service.accept(formOf(done, code).formId(), s.version(), STAFF);
    }

    StaffDesk desk = service.staffDesk(STAFF);

    assertThat(desk.openRounds())
        .as("the round whose forms are all accepted is not open")
        .extracting(RoundProgress::roundId)
        .containsExactly(later, yesterday);
    RoundProgress q2 = desk.openRounds().get(0);
    assertThat(q2.sent()).isEqualTo(1);
    assertThat(q2.due()).isEqualTo(2);
    assertThat(q2.daysLeft()).isEqualTo(96);
    assertThat(q2.late()).isEmpty();
    RoundProgress q1 = desk.openRounds().get(1);
    assertThat(q1.sent()).isZero();
    assertThat(q1.daysLeft()).isEqualTo(-1);
    assertThat(q1.late())
        .extracting(FormSummary::organizationName)
        .containsExactly("Đảng bộ Agribank", "Đảng bộ Điện lực");
    assertThat(desk.waiting())
        .extracting(FormSummary::roundId, FormSummary::organizationCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(later, "DBCS-AGRIBANK"));
    assertThat(service.staffDesk(DIENLUC).waiting()).as("only the user's subtree").isEmpty();
  }

  @Test
  void theWholeStoryDraftSubmitReturnResubmitAcceptCorrect() {
    long formId = dienlucForm();
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(4));
    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.setResults("Kết nạp 06 đảng viên mới.");

    SaveOutcome draft =
        service.saveDraft(formId, input, service.form(formId, DIENLUC).version(), DIENLUC);
    assertThat(draft.saved()).isTrue();
    assertThat(draft.status()).isEqualTo(FormStatus.DRAFT);
    assertThat(figures.changed).as("a draft does not count").isEmpty();

    SaveOutcome submitted = service.submit(formId, input, draft.version(), DIENLUC);
    assertThat(submitted.status()).isEqualTo(FormStatus.SUBMITTED);
    assertThat(figures.changed).containsExactly("2021Q1");
    assertThatThrownBy(() -> service.saveDraft(formId, input, submitted.version(), DIENLUC))
        .isInstanceOf(WorkflowException.class);

    service.returnForm(formId, "Số kết nạp chưa khớp.", submitted.version(), STAFF);
    FormView returned = service.form(formId, DIENLUC);
    assertThat(returned.status()).isEqualTo(FormStatus.RETURNED);
    assertThat(returned.returnComment()).isEqualTo("Số kết nạp chưa khớp.");
    assertThat(returned.canEdit()).isTrue();

    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(3));
    SaveOutcome resubmitted = service.submit(formId, input, returned.version(), DIENLUC);
    assertThat(resubmitted.status()).isEqualTo(FormStatus.SUBMITTED);
    Form stored = forms.byId(formId).orElseThrow();
    assertThat(stored.firstSubmittedAt()).isNotNull();

    service.accept(formId, resubmitted.version(), STAFF);
    FormView accepted = service.form(formId, DIENLUC);
    assertThat(accepted.status()).isEqualTo(FormStatus.ACCEPTED);
    assertThat(accepted.canEdit()).isFalse();
    assertThat(service.form(formId, STAFF).canCorrect()).isTrue();

    FormInput correction = service.input(formId, STAFF);
    assertThat(correction.getResults()).isEqualTo("Kết nạp 06 đảng viên mới.");
    correction.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(5));
    assertThat(service.correctAccepted(formId, correction, accepted.version(), STAFF).saved())
        .isTrue();
    assertThat(service.form(formId, STAFF).changesSinceAccepted()).isEqualTo(1);

    List<AuditView> history = service.history(formId, DIENLUC);
    assertThat(history)
        .anyMatch(
            a ->
                a.subject().equals("DBCS-DIENLUC/NEW_MEMBERS")
                    && "4".equals(a.oldValue())
                    && "5".equals(a.newValue())
                    && a.actor().equals(STAFF))
        .anyMatch(
            a ->
                a.subject().equals("CB-DIENLUC-DALAT/NEW_MEMBERS")
                    && "2".equals(a.oldValue())
                    && "3".equals(a.newValue()))
        .anyMatch(a -> a.subject().equals("NARRATIVE/results"))
        .anyMatch(a -> a.subject().equals("COMMENT"))
        .anyMatch(a -> a.subject().equals("STATUS") && "ACCEPTED".equals(a.newValue()));
    assertThat(history.get(0).subject()).as("newest first").isEqualTo("DBCS-DIENLUC/NEW_MEMBERS");
  }

  @Test
  void aStalePageIsRefusedNamingWhoSavedAndNothingIsStored() {
    long formId = dienlucForm();
    long loaded = service.form(formId, DIENLUC).version();
    FormInput first = service.input(formId, DIENLUC);
    first.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(7));
    FormInput second = service.input(formId, DIENLUC);
    second.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(9));

    service.saveDraft(formId, first, loaded, DIENLUC);

    assertThatThrownBy(() -> service.saveDraft(formId, second, loaded, DIENLUC))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("dienluc")
        .hasMessageContaining("10:00 ngày 10/04/2021");
    assertThat(service.input(formId, DIENLUC).entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal())
        .isEqualByComparingTo("7");
    assertThatThrownBy(() -> service.accept(formId, loaded, STAFF))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void theCommitteeAndACellSavingTheirOwnBlocksAtOnceKeepBoth() {
    long formId = dienlucForm();
    long version = service.form(formId, DIENLUC).version();
    FormInput committeePage = service.input(formId, DIENLUC);
    FormInput committeeLoaded = committeePage.copy();
    FormInput cellPage = service.input(formId, CELL);
    FormInput cellLoaded = cellPage.copy();
    cellPage.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    committeePage.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(5));
    committeePage.setResults("Đã quán triệt nghị quyết.");

    assertThat(service.saveDraft(formId, cellPage, cellLoaded, version, CELL).saved()).isTrue();
    assertThat(service.saveDraft(formId, committeePage, committeeLoaded, version, DIENLUC).saved())
        .as("the committee's page still shows the cell's block as it loaded it")
        .isTrue();

    FormInput stored = service.input(formId, DIENLUC);
    assertThat(stored.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").getTotal())
        .as("the cell's save is not overwritten by the committee's stale block")
        .isEqualByComparingTo("2");
    assertThat(stored.entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal()).isEqualByComparingTo("5");
    assertThat(stored.getResults()).isEqualTo("Đã quán triệt nghị quyết.");
  }

  @Test
  void twoSavesOfTheSameBlockFromStalePagesRefuseTheSecondNamingTheBlock() {
    long formId = dienlucForm();
    long version = service.form(formId, DIENLUC).version();
    FormInput committeePage = service.input(formId, DIENLUC);
    FormInput committeeLoaded = committeePage.copy();
    FormInput cellPage = service.input(formId, CELL);
    FormInput cellLoaded = cellPage.copy();
    cellPage.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    committeePage.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(3));

    service.saveDraft(formId, cellPage, cellLoaded, version, CELL);

    assertThatThrownBy(
            () -> service.saveDraft(formId, committeePage, committeeLoaded, version, DIENLUC))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("khối số liệu của Chi bộ Đà Lạt")
        .hasMessageContaining("dienluc.dalat");
    assertThat(service.input(formId, DIENLUC).entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").getTotal())
        .isEqualByComparingTo("2");
  }

  @Test
  void twoStaleSavesOfTheSameNarrativeRefuseTheSecond() {
    long formId = dienlucForm();
    long version = service.form(formId, DIENLUC).version();
    FormInput first = service.input(formId, DIENLUC);
    FormInput firstLoaded = first.copy();
    FormInput second = service.input(formId, DIENLUC);
    FormInput secondLoaded = second.copy();
    first.setDifficulties("Thiếu cán bộ.");
    second.setDifficulties("Thiếu kinh phí.");
    second.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(4));

    service.saveDraft(formId, first, firstLoaded, version, DIENLUC);

    assertThatThrownBy(() -> service.saveDraft(formId, second, secondLoaded, version, DIENLUC))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("phần khó khăn");
    FormInput stored = service.input(formId, DIENLUC);
    assertThat(stored.getDifficulties()).isEqualTo("Thiếu cán bộ.");
    assertThat(stored.entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal()).isNull();
  }

  @Test
  void aPageStaleOnlyAfterTheFigureLockIsRefusedToo() {
    long formId = dienlucForm();
    Form page = forms.byId(formId).orElseThrow();
    // Another writer commits while this one waits for the lock: the form is read again after it.
    figures.whileLocking =
        () -> {
          figures.whileLocking = () -> {};
          forms.storeBehindTheBack(forms.byId(formId).orElseThrow());
        };
    FormInput input = new FormInput();
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.ONE);

    assertThatThrownBy(() -> service.saveDraft(formId, input, page.version(), DIENLUC))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(figures.stored).isEmpty();
  }

  @Test
  void busyWritersAreToldToSaveAgainAndNothingChanges() {
    long formId = dienlucForm();
    figures.busy = true;
    FormInput input = new FormInput();
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.ONE);
    long version = service.form(formId, DIENLUC).version();

    assertThatThrownBy(() -> service.saveDraft(formId, input, version, DIENLUC))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Biểu mẫu đang được người khác lưu cùng lúc");
    assertThat(figures.stored).isEmpty();
    assertThat(service.form(formId, DIENLUC).version()).isEqualTo(version);
  }

  @Test
  void aBreakdownAboveItsTotalIsRefusedAndNothingIsStored() {
    long formId = dienlucForm();
    FormView before = service.form(formId, DIENLUC);
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setPart(Sector.STATE, BigDecimal.valueOf(3));

    SaveOutcome outcome = service.saveDraft(formId, input, before.version(), DIENLUC);

    assertThat(outcome.saved()).isFalse();
    assertThat(outcome.issues().get(0).code()).isEqualTo(Validator.BREAKDOWN_ABOVE_TOTAL);
    assertThat(outcome.version()).isEqualTo(before.version());
    assertThat(service.form(formId, DIENLUC).status()).isEqualTo(FormStatus.NOT_STARTED);
    assertThat(figures.stored).isEmpty();
  }

  @Test
  void aSubordinateCellEntersItsOwnFiguresButCannotSubmitOrTouchTheCommittees() {
    long formId = dienlucForm();
    FormView view = service.form(formId, CELL);
    assertThat(view.canSubmit()).isFalse();
    assertThat(view.blocks())
        .extracting(FormView.Block::organizationCode)
        .as("a cell dissolved before the period has no block")
        .containsExactly("DBCS-DIENLUC", "CB-DIENLUC-DALAT");
    assertThat(view.blocks())
        .filteredOn(FormView.Block::editable)
        .extracting(FormView.Block::organizationCode)
        .containsExactly("CB-DIENLUC-DALAT");
    FormInput input = service.input(formId, CELL);
    input.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(50));
    input.setResults("Không được lưu");

    assertThat(service.saveDraft(formId, input, view.version(), CELL).saved()).isTrue();
    FormInput stored = service.input(formId, DIENLUC);
    assertThat(stored.entry("CB-DIENLUC-DALAT", "NEW_MEMBERS").getTotal())
        .isEqualByComparingTo("2");
    assertThat(stored.entry("DBCS-DIENLUC", "NEW_MEMBERS").getTotal()).isNull();
    assertThat(stored.getResults()).isNull();
    assertThatThrownBy(
            () -> service.submit(formId, input, service.form(formId, DIENLUC).version(), CELL))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aReporterCannotReadOrChangeAnotherOrganizationsForm() {
    long formId = dienlucForm();
    long version = service.form(formId, DIENLUC).version();
    FormInput input = new FormInput();

    assertThatThrownBy(() -> service.form(formId, AGRIBANK))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.input(formId, AGRIBANK))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.saveDraft(formId, input, version, AGRIBANK))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.history(formId, AGRIBANK))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.accept(formId, version, DIENLUC))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.saveDraft(formId, input, version, STAFF))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ cán bộ báo cáo của tổ chức mới nhập và gửi biểu mẫu.");
    assertThatThrownBy(() -> service.form(999, STAFF)).isInstanceOf(AccessDeniedException.class);
    assertThat(service.form(formId, DIENLUC).version()).isEqualTo(version);
  }

  @Test
  void afterTheDeadlineTheFormIsReadOnlyUnlessStaffGrantAnException() {
    long formId = formOf(openRound("2020Q4", LocalDate.of(2021, 1, 15)), "DBCS-DIENLUC").formId();
    FormView view = service.form(formId, DIENLUC);
    assertThat(view.canEdit()).isFalse();
    assertThat(view.daysLeft()).isNegative();
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.ONE);

    assertThatThrownBy(() -> service.saveDraft(formId, input, view.version(), DIENLUC))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith("Đã quá hạn nộp");
    assertThatThrownBy(() -> service.grantException(formId, TODAY.minusDays(1), STAFF))
        .isInstanceOf(WorkflowException.class);

    service.grantException(formId, TODAY.plusDays(3), STAFF);
    FormView extended = service.form(formId, DIENLUC);
    assertThat(extended.canEdit()).isTrue();
    assertThat(extended.deadline()).isEqualTo(TODAY.plusDays(3));
    assertThat(service.saveDraft(formId, input, extended.version(), DIENLUC).saved()).isTrue();
    assertThat(audit.ofForm(formId))
        .anyMatch(a -> a.subject().equals("DEADLINE_EXCEPTION") && a.oldValue() == null);
  }

  @Test
  void aValueFarFromAcceptedHistoryNeedsAnExplanationBeforeSubmission() {
    for (String period : List.of("2020Q1", "2020Q2", "2020Q3", "2020Q4")) {
      figures.insert(
          List.of(
              new FigureRepository.NewFigure(
                  dienluc.id(), period, "NEW_MEMBERS", null, BigDecimal.valueOf(3), 0, null)),
          "import",
          Instant.EPOCH);
    }
    long formId = dienlucForm();
    FormInput input = service.input(formId, DIENLUC);
    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(40));

    SaveOutcome draft =
        service.saveDraft(formId, input, service.form(formId, DIENLUC).version(), DIENLUC);
    assertThat(draft.saved()).isTrue();
    ValidationIssue warning = draft.issues().get(0);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.code()).isEqualTo(Validator.FAR_FROM_HISTORY);

    SaveOutcome refused = service.submit(formId, input, draft.version(), DIENLUC);
    assertThat(refused.saved()).isFalse();
    assertThat(refused.issues())
        .anyMatch(i -> i.code().equals(SubmissionService.EXPLANATION_REQUIRED));

    input.entry("DBCS-DIENLUC", "NEW_MEMBERS").setExplanation("Đợt kết nạp tập trung.");
    assertThat(service.submit(formId, input, draft.version(), DIENLUC).status())
        .isEqualTo(FormStatus.SUBMITTED);
    assertThat(service.input(formId, DIENLUC).entry("DBCS-DIENLUC", "NEW_MEMBERS").getExplanation())
        .isEqualTo("Đợt kết nạp tập trung.");
  }

  @Test
  void aFormsYearFigureBesideTheSameOrganizationsQuartersIsRefused() {
    long quarterForm =
        formOf(openRound("2021Q1", LocalDate.of(2021, 4, 15)), "DBCS-DIENLUC").formId();
    FormInput quarter = service.input(quarterForm, DIENLUC);
    quarter.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(2));
    assertThat(service.saveDraft(quarterForm, quarter, 0, DIENLUC).saved()).isTrue();

    long yearForm = formOf(openRound("2021", LocalDate.of(2022, 1, 15)), "DBCS-DIENLUC").formId();
    FormInput whole = service.input(yearForm, DIENLUC);
    whole.entry("DBCS-DIENLUC", "NEW_MEMBERS").setTotal(BigDecimal.valueOf(9));
    SaveOutcome refused = service.saveDraft(yearForm, whole, 0, DIENLUC);

    assertThat(refused.saved()).isFalse();
    assertThat(refused.issues())
        .anyMatch(i -> i.code().equals("MIXED_GRANULARITY") && i.message().contains("2021Q1 (2)"));
  }

  @Test
  void manyFormsAreAcceptedAtOnceOrNoneIs() {
    long round = openRound("2021Q1", LocalDate.of(2021, 4, 15));
    for (String user : List.of(DIENLUC, AGRIBANK)) {
      FormSummary f = service.formsFor(user).get(0);
      FormInput input = service.input(f.formId(), user);
      input.entry(f.organizationCode(), "NEW_MEMBERS").setTotal(BigDecimal.ONE);
      service.submit(f.formId(), input, f.version(), user);
    }
    Map<Long, Long> versions = new LinkedHashMap<>();
    service.formsOfRound(round, STAFF).forEach(f -> versions.put(f.formId(), f.version()));
    Map<Long, Long> oneStale = new LinkedHashMap<>(versions);
    oneStale.replaceAll((id, v) -> id.equals(versions.keySet().iterator().next()) ? v : v - 1);
    int savesBefore = forms.saves;

    assertThatThrownBy(() -> service.acceptAll(oneStale, STAFF))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(forms.saves).as("none stored").isEqualTo(savesBefore);

    assertThat(service.acceptAll(versions, STAFF)).isEqualTo(2);
    assertThat(service.formsOfRound(round, STAFF)).allMatch(f -> f.status() == FormStatus.ACCEPTED);
  }

  @Test
  void theFormShowsTheOrganizationsPlanForThePeriod() {
    forms.plansByOrganization.put(
        dienluc.id(),
        List.of(
            new PlanFigure("2021", "NEW_MEMBERS", 12),
            new PlanFigure("2021Q1", "NEW_MEMBERS", 3),
            new PlanFigure("2022", "NEW_MEMBERS", 99),
            new PlanFigure("xx", "NEW_MEMBERS", 1000)));
    long formId = dienlucForm();

    FormView.Row row = service.form(formId, DIENLUC).blocks().get(0).rows().get(0);

    assertThat(row.indicatorCode()).isEqualTo("NEW_MEMBERS");
    assertThat(row.plan()).isEqualTo(15L);
  }
}
