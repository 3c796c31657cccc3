package vn.khoidn.portal.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;
import vn.khoidn.reporting.review.Narratives;

/** Each use case of the official report on in-memory ports, without a container. */
class ReportServiceTest {

  private static final String STAFF = "bantochuc";
  private static final String BTV = "btv";
  private static final String REPORTER = "dienluc";
  private static final String OTHER_STAFF = "khac";

  private final InMemoryReports reports = new InMemoryReports();
  private final InMemoryReportSettings settings = new InMemoryReportSettings();
  private final InMemorySentenceTemplateStore sentences = new InMemorySentenceTemplateStore();
  private final InMemoryResolutions resolutions = new InMemoryResolutions();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();
  private final FixedFigures figures = new FixedFigures();
  private ReportService service;

  @BeforeEach
  void setUp() {
    organizations.add(1, "DUK", "Đảng bộ Khối", OrganizationKind.BLOC, null);
    organizations.add(2, "DBCS-A", "Đảng bộ Công ty A", OrganizationKind.GRASSROOTS_COMMITTEE, 1L);
    organizations.add(3, "CB-A1", "Chi bộ Phân xưởng 1", OrganizationKind.SUBORDINATE_CELL, 2L);
    organizations.add(4, "CB-B", "Chi bộ Công ty B", OrganizationKind.GRASSROOTS_CELL, 1L);
    FixedUsers access =
        new FixedUsers(organizations)
            .user(STAFF, 1, Role.STAFF)
            .user(BTV, 1, Role.STANDING_COMMITTEE)
            .user(REPORTER, 2, Role.REPORTER)
            .user(OTHER_STAFF, 4, Role.STAFF);
    resolutions.add(new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "phát triển đảng viên"));
    service =
        new ReportService(
            reports,
            settings,
            sentences,
            resolutions,
            organizations,
            access,
            figures,
            new PortalClock(
                Clock.fixed(Instant.parse("2022-01-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"))));
  }

  private static Map<String, String> allSettings() {
    Map<String, String> values = new HashMap<>();
    ReportService.SETTINGS.forEach(k -> values.put(k, " giá trị " + k + " "));
    return values;
  }

  private ReportView draftWithNumber(String org, String period, String number) {
    ReportView draft = service.open(STAFF, org, period);
    ReportInput input = ReportInput.of(draft);
    input.setNumber(number);
    input.getSections().put("STRENGTHS", "Chi bộ hoàn thành chỉ tiêu.");
    return service.save(STAFF, draft.id(), draft.version(), input);
  }

  @Test
  void settingsStartFromTheDefaultsAndStaffChangeThemAllAtOnce() {
    assertThat(service.settings(STAFF, "DUK"))
        .containsOnlyKeys(ReportService.SETTINGS)
        .containsEntry("symbol", "BC/ĐUK");

    service.saveSettings(STAFF, "DUK", allSettings());

    assertThat(service.settings(STAFF, "DUK")).containsEntry("place", "giá trị place");
    assertThat(settings.changedBy).containsEntry("place", STAFF);
  }

  @Test
  void incompleteSettingsAndNonStaffAreRefusedAndChangeNothing() {
    Map<String, String> values = allSettings();
    values.put("signer_name", "  ");

    assertThatThrownBy(() -> service.saveSettings(STAFF, "DUK", values))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Thông tin cơ quan ban hành chưa đủ: hãy điền mọi ô.");
    assertThatThrownBy(() -> service.saveSettings(BTV, "DUK", allSettings()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ Ban Tổ chức được soạn và ban hành báo cáo.");
    assertThat(settings.values).isEmpty();
  }

  @Nested
  class SettingsPerOrganization {

    @Test
    void anOrganizationNeverSetIsHeadedByItsParentsNameAboveItsOwnInCapitals() {
      Map<String, String> grassroots = service.settings(BTV, "DBCS-A");

      assertThat(grassroots)
          .containsEntry("superior_body", "ĐẢNG BỘ KHỐI")
          .containsEntry("issuing_body", "ĐẢNG BỘ CÔNG TY A")
          .containsEntry("scope", "Đảng bộ Công ty A");
    }

    @Test
    void theDocumentsOfAGrassrootsReportCarryItsOwnHeaderNotTheBlocs() {
      service.saveSettings(STAFF, "DUK", blocSettings());
      ReportView draft = service.open(STAFF, "DBCS-A", "2021");

      var header = service.document(BTV, draft.id()).header();

      assertThat(header.superiorBody()).isEqualTo("ĐẢNG BỘ KHỐI");
      assertThat(header.issuingBody()).isEqualTo("ĐẢNG BỘ CÔNG TY A");
      assertThat(header.placeAndDate())
          .as("the place is the bloc's until the organization sets its own")
          .startsWith("Lâm Đồng, ");
      assertThat(service.document(BTV, service.open(STAFF, "DUK", "2021").id()).header())
          .extracting(h -> h.superiorBody(), h -> h.issuingBody())
          .containsExactly("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI DOANH NGHIỆP");
    }

    @Test
    void savingOneOrganizationsSettingsLeavesTheOthersAsTheyWere() {
      service.saveSettings(STAFF, "DUK", blocSettings());
      Map<String, String> own = service.settings(STAFF, "CB-B");
      own.put("issuing_body", "CHI BỘ CÔNG TY B (MỚI)");
      own.put("signer_name", "Nguyễn Văn B");

      service.saveSettings(STAFF, "CB-B", own);

      assertThat(service.settings(STAFF, "CB-B"))
          .containsEntry("issuing_body", "CHI BỘ CÔNG TY B (MỚI)")
          .containsEntry("signer_name", "Nguyễn Văn B");
      assertThat(service.settings(STAFF, "DUK"))
          .containsEntry("issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP")
          .containsEntry("signer_name", "Hoàng Xuân Hường");
      assertThat(service.settings(STAFF, "DBCS-A"))
          .containsEntry("issuing_body", "ĐẢNG BỘ CÔNG TY A");
    }

    @Test
    void staffOfAnotherOrganizationNeitherReadNorChangeItsSettings() {
      assertThatThrownBy(() -> service.saveSettings(OTHER_STAFF, "DUK", blocSettings()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> service.settings(OTHER_STAFF, "DBCS-A"))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(settings.values).isEmpty();
    }

    private Map<String, String> blocSettings() {
      Map<String, String> values = new HashMap<>(allSettings());
      values.put("superior_body", "ĐẢNG BỘ TỈNH LÂM ĐỒNG");
      values.put("issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP");
      values.put("place", "Lâm Đồng");
      values.put("signer_name", "Hoàng Xuân Hường");
      return values;
    }
  }

  @Test
  void aDraftsFilesCarryTheDraftMarkAndTheIssuedFilesNever() throws Exception {
    ReportView draft = draftWithNumber("DUK", "2021", "25");

    assertThat(pdfText(service.file(BTV, draft.id(), "pdf").bytes())).contains("DỰ THẢO");
    assertThat(docxText(service.file(BTV, draft.id(), "docx").bytes())).contains("DỰ THẢO");
    assertThat(service.text(BTV, draft.id())).startsWith("DỰ THẢO");

    ReportView issued = service.issue(STAFF, draft.id(), draft.version());

    assertThat(pdfText(service.file(BTV, issued.id(), "pdf").bytes())).doesNotContain("DỰ THẢO");
    assertThat(docxText(service.file(BTV, issued.id(), "docx").bytes())).doesNotContain("DỰ THẢO");
    assertThat(service.text(BTV, issued.id())).doesNotContain("DỰ THẢO");
    assertThat(service.document(BTV, issued.id()).draft()).isFalse();
  }

  @Test
  void ownersAdmittedAreStatedOnlyOnceReportedAndTheirArrivalIsAChangeSinceIssued() {
    ReportView draft = draftWithNumber("DUK", "2021", "25");
    assertThat(service.text(BTV, draft.id())).doesNotContain("chủ doanh nghiệp");
    service.issue(STAFF, draft.id(), draft.version());

    figures.owners("DUK", 2);

    assertThat(service.find(BTV, "DUK", "2021").orElseThrow().changes())
        .containsExactly("Chủ doanh nghiệp tư nhân được kết nạp vào Đảng: — → 2");
    ReportView next = service.open(STAFF, "DUK", "2021");
    assertThat(service.text(BTV, next.id()).replaceAll("\\s+", " "))
        .contains("toàn Đảng bộ Khối kết nạp được 02 chủ doanh nghiệp tư nhân vào Đảng.");
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private static String docxText(byte[] docx) throws java.io.IOException {
    try (var doc =
            new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  @Test
  void theOrganizationsOfAReportAreTheUsersSubtreeWithoutSubordinateCells() {
    assertThat(service.organizations(BTV))
        .extracting(OrganizationRow::code, OrganizationRow::parentCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DUK", null),
            org.assertj.core.groups.Tuple.tuple("CB-B", "DUK"),
            org.assertj.core.groups.Tuple.tuple("DBCS-A", "DUK"));
    assertThat(service.organizations(OTHER_STAFF))
        .extracting(OrganizationRow::code, OrganizationRow::parentCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CB-B", "DUK"));
    assertThatThrownBy(() -> service.organizations(REPORTER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ Ban Thường vụ và Ban Tổ chức được lập và xem báo cáo.");
  }

  @Test
  void aRewordedSentenceIsStoredAndABlankOneGoesBackToTheBuiltInWording() {
    service.saveTemplate(STAFF, "members", "đã kết nạp được ${admitted} đảng viên mới");

    assertThat(service.templates().all())
        .containsEntry("members", "đã kết nạp được ${admitted} đảng viên mới");

    service.saveTemplate(STAFF, "members", " ");

    assertThat(sentences.texts).isEmpty();
  }

  @Test
  void aMistypedPlaceholderAndNonStaffAreRefusedWhenASentenceIsSaved() {
    assertThatThrownBy(() -> service.saveTemplate(STAFF, "members", "kết nạp ${admited} đảng viên"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("${admited}");
    assertThatThrownBy(() -> service.saveTemplate(BTV, "members", "kết nạp ${admitted} đảng viên"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(sentences.texts).isEmpty();
  }

  @Test
  void resolutionsAreAddedOnceAndReviewPeriodsNameThem() {
    service.addResolution(
        STAFF, new Resolution("05-NQ/ĐUK", LocalDate.of(2023, 3, 1), "công tác cán bộ"));

    assertThat(service.resolutions())
        .extracting(Resolution::number)
        .containsExactly("05-NQ/ĐUK", "04-NQ/ĐUK");
    assertThatThrownBy(
            () ->
                service.addResolution(
                    STAFF, new Resolution("04-NQ/ĐUK", LocalDate.of(2021, 1, 22), "lần nữa")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Đã có Nghị quyết 04-NQ/ĐUK.");
    assertThatThrownBy(
            () ->
                service.addResolution(
                    BTV, new Resolution("06-NQ/ĐUK", LocalDate.of(2024, 1, 1), "khác")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(service.period("04-NQ/ĐUK+2Y").code()).isEqualTo("04-NQ/ĐUK+2Y");
    assertThat(service.period("2021Q3").code()).isEqualTo("2021Q3");
    assertThatThrownBy(() -> service.period("99-NQ/ĐUK+1Y"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Không có Nghị quyết 99-NQ/ĐUK.");
    assertThatThrownBy(() -> ReportService.reviewYears("04-NQ/ĐUK+0Y"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Số năm sơ kết phải từ 1 đến");
    assertThatThrownBy(() -> ReportService.reviewYears("04-NQ/ĐUK+Y"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Số năm sơ kết không hợp lệ: \"Y\"");
  }

  @Test
  void openingMakesOneDraftFromTheFormsOfTheOrganizationsSubtreeOnly() {
    reports.narratives.add(
        new FormNarrative(
            "DBCS-A", "Đảng bộ Công ty A", "Kết nạp tốt.\n\nMở lớp.", "Ít người", null));
    reports.narratives.add(new FormNarrative("CB-B", "Chi bộ Công ty B", "Ở chỗ khác.", null, "x"));

    ReportView draft = service.open(STAFF, "DBCS-A", "2021");
    ReportView again = service.open(BTV, "DBCS-A", "2021");

    assertThat(again.id()).isEqualTo(draft.id());
    assertThat(reports.count()).isEqualTo(1);
    assertThat(draft.status()).isEqualTo("DRAFT");
    assertThat(draft.organizationName()).isEqualTo("Đảng bộ Công ty A");
    assertThat(draft.periodLabel()).isEqualTo("Năm 2021");
    assertThat(draft.number()).isEmpty();
    assertThat(draft.date()).isEqualTo(LocalDate.of(2022, 1, 20));
    assertThat(draft.sections().get(Narratives.Section.DISSEMINATION))
        .isEqualTo("- Đảng bộ Công ty A: Kết nạp tốt.\n- Đảng bộ Công ty A: Mở lớp.\n");
    assertThat(draft.sections().get(Narratives.Section.LIMITATIONS))
        .isEqualTo("- Đảng bộ Công ty A: Ít người\n");
    assertThat(draft.sections().get(Narratives.Section.TASKS)).isEmpty();
    assertThat(draft.issued()).isEmpty();
    assertThat(draft.changedSinceIssued()).isFalse();
  }

  @Test
  void aReviewDraftIsLabelledWithItsResolution() {
    ReportView draft = service.open(STAFF, "DUK", "04-NQ/ĐUK+1Y");

    assertThat(draft.periodCode()).isEqualTo("04-NQ/ĐUK+1Y");
    assertThat(draft.periodLabel()).isEqualTo("Sơ kết 01 năm Nghị quyết 04-NQ/ĐUK");
  }

  @Test
  void theLatestReportIsTheOneWorkedOnLastWhateverItsPeriodAndOnlyReadersSeeIt() {
    assertThat(service.latest(BTV, "DUK")).isEmpty();

    service.open(STAFF, "DUK", "04-NQ/ĐUK+1Y");
    ReportView year = draftWithNumber("DUK", "2021", "25");
    service.open(STAFF, "DBCS-A", "2021");

    ReportSummary latest = service.latest(BTV, "DUK").orElseThrow();
    assertThat(latest.id()).isEqualTo(year.id());
    assertThat(latest.status()).isEqualTo("DRAFT");
    assertThat(latest.isIssued()).isFalse();
    assertThat(latest.periodCode()).isEqualTo("2021");
    assertThat(latest.periodLabel()).isEqualTo(year.periodLabel());
    assertThat(latest.number()).isEqualTo("25");
    assertThat(latest.organizationCode()).isEqualTo("DUK");
    assertThatThrownBy(() -> service.latest(REPORTER, "DBCS-A"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void findingMakesNothingAndTheDraftFileOfNoDraftIsNotStored() {
    assertThat(service.find(BTV, "DUK", "2021")).isEmpty();

    ReportService.ReportFile file = service.draftFile(BTV, "DUK", "2021", "xlsx");

    assertThat(file.name()).isEqualTo("bao-cao-du-thao-duk-phu-luc.xlsx");
    assertThat(file.bytes()).isNotEmpty();
    assertThat(reports.count()).isZero();
    ReportView draft = service.open(STAFF, "DUK", "2021");
    assertThat(service.find(BTV, "DUK", "2021"))
        .get()
        .extracting(ReportView::id)
        .isEqualTo(draft.id());
  }

  @Test
  void savingChecksTheInputAndKeepsTheDraft() {
    ReportView draft = service.open(STAFF, "DUK", "2021");
    ReportInput input = ReportInput.of(draft);
    input.setNumber("25/BC");

    assertThatThrownBy(() -> service.save(STAFF, draft.id(), draft.version(), input))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Số văn bản");
    input.setNumber("31");
    input.setDate(null);
    assertThatThrownBy(() -> service.save(STAFF, draft.id(), draft.version(), input))
        .hasMessage("Ngày ban hành là bắt buộc.");
    assertThatThrownBy(() -> service.save(BTV, draft.id(), draft.version(), ReportInput.of(draft)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(reports.saves).isZero();

    ReportView saved = draftWithNumber("DUK", "2021", "31");

    assertThat(saved.number()).isEqualTo("31");
    assertThat(saved.version()).isEqualTo(draft.version() + 1);
    assertThat(saved.sections().get(Narratives.Section.STRENGTHS))
        .isEqualTo("Chi bộ hoàn thành chỉ tiêu.");
  }

  @Test
  void aSecondEditorAtAnOldVersionIsToldWhoSavedAndChangesNothing() {
    ReportView draft = service.open(STAFF, "DUK", "2021");
    ReportInput first = ReportInput.of(draft);
    first.setNumber("31");
    service.save(STAFF, draft.id(), draft.version(), first);
    ReportInput second = ReportInput.of(draft);
    second.setNumber("32");

    assertThatThrownBy(() -> service.save(STAFF, draft.id(), draft.version(), second))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Dự thảo vừa được bantochuc lưu lúc 10:00 20/01/2022.");
    assertThat(service.open(STAFF, "DUK", "2021").number()).isEqualTo("31");
  }

  @Test
  void aSaveThatLosesTheRaceInTheRepositoryIsAConflict() {
    ReportView draft = service.open(STAFF, "DUK", "2021");
    ReportInput input = ReportInput.of(draft);
    input.setNumber("31");
    InMemoryReports racing =
        new InMemoryReports() {
          @Override
          public Report save(Report report) {
            savedBehindTheBack(report.id());
            return super.save(report);
          }
        };
    ReportService raced =
        new ReportService(
            racing,
            settings,
            sentences,
            resolutions,
            organizations,
            new FixedUsers(organizations).user(STAFF, 1, Role.STAFF),
            figures,
            new PortalClock(Clock.systemUTC()));
    ReportView d = raced.open(STAFF, "DUK", "2021");

    assertThatThrownBy(() -> raced.save(STAFF, d.id(), d.version(), input))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageStartingWith("Dự thảo vừa được người khác lưu.");
  }

  @Test
  void aDraftWithoutANumberIsNotIssued() {
    ReportView draft = service.open(STAFF, "DUK", "2021");

    assertThatThrownBy(() -> service.issue(STAFF, draft.id(), draft.version()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Hãy điền số văn bản và lưu dự thảo trước khi ban hành.");
    assertThatThrownBy(() -> service.issue(BTV, draft.id(), draft.version()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anIssuedReportKeepsItsFiguresAndALaterChangeOnlyReachesANewDraft() {
    figures.admitted("DUK", 3);
    ReportView draft = draftWithNumber("DUK", "2021", "12");

    ReportView issued = service.issue(STAFF, draft.id(), draft.version());
    byte[] pdf = service.file(BTV, issued.id(), "pdf").bytes();
    String text = service.text(BTV, issued.id());

    assertThat(issued.status()).isEqualTo("ISSUED");
    assertThat(issued.issued()).extracting(ReportView.Issued::number).containsExactly("12");
    assertThat(issued.issued().get(0).issuedBy()).isEqualTo(STAFF);
    assertThat(issued.changedSinceIssued()).isFalse();
    assertThat(text).contains("kết nạp được 03 đảng viên mới");
    assertThat(service.file(BTV, issued.id(), "docx").name()).isEqualTo("bao-cao-12-duk.docx");

    figures.admitted("DUK", 7);

    assertThat(service.text(BTV, issued.id())).isEqualTo(text);
    assertThat(service.file(BTV, issued.id(), "pdf").bytes()).isEqualTo(pdf);
    assertThat(service.find(BTV, "DUK", "2021"))
        .get()
        .extracting(ReportView::id)
        .isEqualTo(issued.id());
    ReportView next = service.open(STAFF, "DUK", "2021");
    assertThat(next.id()).isNotEqualTo(issued.id());
    assertThat(next.status()).isEqualTo("DRAFT");
    assertThat(next.changedSinceIssued()).isTrue();
    assertThat(next.changes())
        .containsExactly("Kết nạp đảng viên: 3 → 7", "Phụ lục, Chi bộ A: kết nạp: 3 → 7");
    assertThat(next.sections().get(Narratives.Section.STRENGTHS))
        .isEqualTo("Chi bộ hoàn thành chỉ tiêu.");
    assertThat(service.text(BTV, next.id())).contains("kết nạp được 07 đảng viên mới");
    assertThatThrownBy(
            () -> service.save(STAFF, issued.id(), issued.version(), ReportInput.of(issued)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Báo cáo số 12 đã ban hành; không sửa được báo cáo đã ban hành.");
    assertThatThrownBy(() -> service.issue(STAFF, issued.id(), issued.version()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDraftsFilesAreWrittenNowAndAnUnknownFormatIsRefused() {
    ReportView draft = draftWithNumber("DUK", "2021", "31");

    assertThat(service.file(BTV, draft.id(), "pdf").contentType()).isEqualTo("application/pdf");
    assertThat(service.document(BTV, draft.id()).plainText()).contains("Chi bộ hoàn thành");
    assertThatThrownBy(() -> service.file(BTV, draft.id(), "odt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Định dạng \"odt\" không được hỗ trợ: chọn docx, pdf hoặc xlsx.");
  }

  @Test
  void reportersOtherOrganizationsAndUnknownReportsAreKeptOut() {
    ReportView draft = service.open(STAFF, "DUK", "2021");

    assertThatThrownBy(() -> service.open(REPORTER, "DUK", "2021"))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.open(REPORTER, "DBCS-A", "2021"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Chỉ Ban Thường vụ và Ban Tổ chức phụ trách tổ chức này được xem báo cáo.");
    assertThatThrownBy(() -> service.text(OTHER_STAFF, draft.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.open(STAFF, "KHONG-CO", "2021"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền lập báo cáo này.");
    assertThatThrownBy(() -> service.text(STAFF, 999))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Bạn không có quyền xem báo cáo này.");
  }
}
