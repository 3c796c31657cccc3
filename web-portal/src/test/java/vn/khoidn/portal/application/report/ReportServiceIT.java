package vn.khoidn.portal.application.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.submission.SubmissionService;
import vn.khoidn.portal.testsupport.PortalDeployment;
import vn.khoidn.portal.testsupport.Rounds;

/** Reports written from the stored data, inside Payara Micro on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class ReportServiceIT {

  private static final String STAFF = "bantochuc";
  private static final String BTV = "btv";
  private static final String ADMIN = "admin";

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.withHelpers(Rounds.class);
  }

  @Inject ReportService reports;
  @Inject SubmissionService submissions;
  @Inject OrganizationService organizations;
  @Inject AccountService accounts;

  @Test
  void theDemoReviewReportSaysWhatTheReferenceReportSays() {
    ReportView view = reports.open(BTV, "DUK", "04-NQ/ĐUK+1Y");

    String text = reports.text(BTV, view.id()).replaceAll("\\s+", " ");

    assertTrue(
        text.contains(
            "Trong năm 2021, toàn Đảng bộ Khối kết nạp được 95 đảng viên mới (118,75% kế hoạch),"
                + " trong đó có 11/95 (11,58%) đảng viên trong doanh nghiệp ngoài khu vực nhà nước;"
                + " mở 05 lớp bồi dưỡng nhận thức về Đảng cho 110 quần chúng ưu tú, trong đó có 13"
                + " quần chúng trong các doanh nghiệp ngoài khu vực Nhà nước; thành lập mới 02 chi"
                + " bộ cơ sở cụ thể như sau:"),
        text);
    assertTrue(text.contains("(1) Chi bộ Công ty TNHH Minh Tiến (Công ty TNHH)."), text);
    assertTrue(text.contains("Số 25-BC/ĐUK"), text);
    assertTrue(text.contains("Lâm Đồng, ngày 20 tháng 01 năm 2022"), text);
    assertTrue(text.contains("Hoàng Xuân Hường"), text);
    assertTrue(
        text.contains("Thành lập mới 01 Chi đoàn cơ sở trong Công ty TNHH An Thịnh Lâm Đồng"),
        text);
    byte[] annex = reports.file(BTV, view.id(), "xlsx").bytes();
    assertEquals(95.0, totalsRow(annex, 3));
  }

  @Test
  void anIssuedReportKeepsItsFiguresAndALaterChangeOnlyReachesANewDraft() throws Exception {
    organizations.create(
        new OrganizationRow(
            "IT-RP-CB",
            "Chi bộ Công ty Báo Cáo",
            OrganizationKind.GRASSROOTS_CELL,
            Sector.NON_STATE,
            "DUK",
            LocalDate.of(2015, 1, 1),
            null),
        ADMIN);
    accounts.createUserAsAdmin(
        new NewUser("it.rp", "Người báo cáo", "Mat-khau-2070", "IT-RP-CB", Set.of(Role.REPORTER)),
        ADMIN);
    acceptFigure(CalendarPeriod.quarter(2070, 1), 3);
    ReportView draft = reports.open(STAFF, "IT-RP-CB", "2070");
    ReportInput input = ReportInput.of(draft);
    input.setNumber("12");
    input.getSections().put("STRENGTHS", "Chi bộ hoàn thành chỉ tiêu.");
    draft = reports.save(STAFF, draft.id(), draft.version(), input);
    ReportView issued = reports.issue(STAFF, draft.id(), draft.version());
    byte[] pdf = reports.file(BTV, issued.id(), "pdf").bytes();
    assertTrue(reports.text(BTV, issued.id()).contains("kết nạp được 03 đảng viên mới"));

    assertEquals("ISSUED", issued.status());

    acceptFigure(CalendarPeriod.quarter(2070, 2), 4);

    String after = reports.text(BTV, issued.id());
    assertTrue(after.contains("kết nạp được 03 đảng viên mới"), after);
    assertArrayEquals(pdf, reports.file(BTV, issued.id(), "pdf").bytes(), "the issued file");
    ReportView next = reports.open(STAFF, "IT-RP-CB", "2070");
    assertFalse(next.id() == issued.id());
    assertEquals("DRAFT", next.status());
    assertTrue(next.changedSinceIssued());
    assertEquals(
        "Chi bộ hoàn thành chỉ tiêu.",
        next.sections().get(vn.khoidn.reporting.review.Narratives.Section.STRENGTHS));
    assertTrue(reports.text(BTV, next.id()).contains("kết nạp được 07 đảng viên mới"));
    assertThrows(
        IllegalArgumentException.class,
        () -> reports.save(STAFF, issued.id(), issued.version(), ReportInput.of(issued)));
  }

  @Test
  void badInputAndSecondEditorsAreRefusedAndChangeNothing() {
    ReportView draft = reports.open(STAFF, "DUK", "2021");
    ReportInput input = ReportInput.of(draft);
    input.setNumber("25/BC");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reports.save(STAFF, draft.id(), draft.version(), input));
    assertTrue(e.getMessage().contains("Số văn bản"), e.getMessage());

    ReportInput first = ReportInput.of(draft);
    first.setNumber("31");
    reports.save(STAFF, draft.id(), draft.version(), first);
    ReportInput second = ReportInput.of(draft);
    second.setNumber("32");
    assertThrows(
        ConcurrentEditException.class,
        () -> reports.save(ADMIN, draft.id(), draft.version(), second));
    assertEquals("31", reports.open(STAFF, "DUK", "2021").number());
    assertThrows(IllegalArgumentException.class, () -> reports.file(BTV, draft.id(), "odt"));
  }

  @Test
  void aRewordedSentenceIsSavedTheFirstTime() {
    reports.saveTemplate(STAFF, "members", "đã kết nạp được ${admitted} đảng viên mới");

    assertEquals(
        "đã kết nạp được ${admitted} đảng viên mới", reports.templates().all().get("members"));
    reports.saveTemplate(STAFF, "members", "");
  }

  @Test
  void aMistypedPlaceholderIsRefusedWhenStaffSaveTheSentence() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reports.saveTemplate(STAFF, "members", "kết nạp ${admited} đảng viên"));
    assertTrue(e.getMessage().contains("${admited}"), e.getMessage());
    assertThrows(
        AccessDeniedException.class,
        () -> reports.saveTemplate(BTV, "members", "kết nạp ${admitted} đảng viên"));
  }

  @Test
  void reportersAndOtherOrganizationsCannotReadReports() {
    assertThrows(AccessDeniedException.class, () -> reports.open("dienluc", "DUK", "2021"));
    assertThrows(
        AccessDeniedException.class, () -> reports.open("dienluc", "DBCS-DIENLUC", "2021"));
  }

  private void acceptFigure(CalendarPeriod period, long value) {
    Rounds.accept(submissions, period, STAFF, "IT-RP-CB", "it.rp", "IT-RP-CB", value);
  }

  private static double totalsRow(byte[] xlsx, int column) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      return sheet.getRow(sheet.getLastRowNum()).getCell(column).getNumericCellValue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
