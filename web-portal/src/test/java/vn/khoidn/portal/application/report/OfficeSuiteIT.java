package vn.khoidn.portal.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.testsupport.FixedUsers;
import vn.khoidn.reporting.document.HouseStyle;

/**
 * Opens the portal's DOCX in a real office suite: LibreOffice (headless) converts it to PDF, and
 * the result has the pages, the header lines, the page numbers and the draft mark of the portal's
 * own PDF. The build installs LibreOffice Writer and Poppler before the integration tests ({@code
 * src/test/scripts/ensure-chromium.sh}).
 */
class OfficeSuiteIT {

  private static final String STAFF = "bantochuc";
  private static final HouseStyle STYLE = HouseStyle.partyDocument2018();

  /** LibreOffice's profile, made once: its first start is most of a conversion's time. */
  @TempDir static Path profile;

  @TempDir Path work;

  private final InMemoryReportSettings settings = new InMemoryReportSettings();
  private ReportService service;

  @BeforeEach
  void setUp() {
    InMemoryOrganizations organizations = new InMemoryOrganizations();
    organizations.add(1, "DUK", "Đảng ủy Khối Doanh nghiệp tỉnh", OrganizationKind.BLOC, null);
    InMemoryResolutions resolutions = new InMemoryResolutions();
    resolutions.add(
        new Resolution(
            "04-NQ/ĐUK",
            LocalDate.of(2021, 1, 22),
            "tăng cường công tác phát triển đảng viên, tổ chức đảng, các đoàn thể chính trị-xã hội"
                + " trong doanh nghiệp ngoài khu vực Nhà nước và các tổ chức tín dụng"));
    FixedFigures figures = new FixedFigures();
    figures.admitted("DUK", 95);
    service =
        new ReportService(
            new InMemoryReports(),
            settings,
            new InMemorySentenceTemplateStore(),
            resolutions,
            organizations,
            new FixedUsers(organizations).user(STAFF, 1, Role.STAFF),
            figures,
            new PortalClock(
                Clock.fixed(Instant.parse("2022-01-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"))));
    Map<String, String> duk = new LinkedHashMap<>(service.settings(STAFF, "DUK"));
    duk.put("superior_body", "ĐẢNG BỘ TỈNH LÂM ĐỒNG");
    duk.put("issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP");
    duk.put("place", "Lâm Đồng");
    duk.put("signer_name", "Hoàng Xuân Hường");
    service.saveSettings(STAFF, "DUK", duk);
  }

  @Test
  void libreOfficeLaysTheDraftOutAsThePortalsPdf() throws Exception {
    ReportView draft = demoDraft();
    byte[] docx = service.file(STAFF, draft.id(), "docx").bytes();
    byte[] pdf = service.file(STAFF, draft.id(), "pdf").bytes();

    try (PDDocument portal = Loader.loadPDF(pdf);
        PDDocument office = Loader.loadPDF(convert(docx, "draft"))) {
      assertThat(portal.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      assertThat(office.getNumberOfPages()).isEqualTo(portal.getNumberOfPages());
      for (PDDocument doc : new PDDocument[] {portal, office}) {
        assertThat(flat(area(doc, 1, 30, 20, 74, 38)))
            .as("the left column of the header")
            .isEqualTo("ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG ỦY KHỐI DOANH NGHIỆP * Số 25-BC/ĐUK");
        assertThat(flat(page(doc, 1)))
            .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Lâm Đồng, ngày 20 tháng 01 năm 2022");
        assertThat(top(doc, 1, 90, 60)).as("no number on page 1").isEmpty();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          assertThat(top(doc, p, 150, 60)).as("page " + p).isEqualTo("DỰ THẢO");
          if (p > 1) {
            assertThat(top(doc, p, 90, 60)).as("page " + p).isEqualTo(Integer.toString(p));
          }
        }
      }
    }
  }

  @Test
  void libreOfficeShowsNoDraftMarkOnTheIssuedReport() throws Exception {
    ReportView draft = demoDraft();
    ReportView issued = service.issue(STAFF, draft.id(), draft.version());
    byte[] docx = service.file(STAFF, issued.id(), "docx").bytes();

    try (PDDocument office = Loader.loadPDF(convert(docx, "issued"))) {
      assertThat(new PDFTextStripper().getText(office)).doesNotContain("DỰ THẢO");
      assertThat(top(office, 2, 90, 60)).isEqualTo("2");
    }
  }

  /** The demo's draft: the reference report's narratives, numbered 25. */
  private ReportView demoDraft() throws IOException {
    ReportView draft = service.open(STAFF, "DUK", "04-NQ/ĐUK+1Y");
    ReportInput input = ReportInput.of(draft);
    input.setNumber("25");
    input.getSections().putAll(demoNarratives());
    return service.save(STAFF, draft.id(), draft.version(), input);
  }

  private static Map<String, String> demoNarratives() throws IOException {
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    StringBuilder current = null;
    try (InputStream in =
        OfficeSuiteIT.class.getClassLoader().getResourceAsStream("demo/report_narratives.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.startsWith("## ")) {
          current = sections.computeIfAbsent(line.substring(3).strip(), k -> new StringBuilder());
        } else if (current != null) {
          current.append(line).append('\n');
        }
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    sections.forEach((k, v) -> texts.put(k, v.toString().strip()));
    return texts;
  }

  /** The DOCX as LibreOffice prints it to PDF. */
  private byte[] convert(byte[] docx, String name) throws IOException, InterruptedException {
    Path in = Files.write(work.resolve(name + ".docx"), docx);
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work.toString(),
                in.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve(name + ".log").toFile())
            .start();
    assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path out = work.resolve(name + ".pdf");
    assertThat(out)
        .as("LibreOffice said: " + Files.readString(work.resolve(name + ".log")))
        .exists();
    return Files.readAllBytes(out);
  }

  private static String page(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  /** The text in a part of the top margin of a page, from and over some millimetres. */
  private static String top(PDDocument doc, int page, double fromMm, double widthMm)
      throws IOException {
    return area(doc, page, fromMm, 0, widthMm, STYLE.marginTopMm());
  }

  /** The text in a rectangle of a page, in millimetres from its top left corner. */
  private static String area(
      PDDocument doc, int page, double xMm, double yMm, double widthMm, double heightMm)
      throws IOException {
    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
    stripper.addRegion(
        "area",
        new Rectangle2D.Float(
            HouseStyle.points(xMm),
            HouseStyle.points(yMm),
            HouseStyle.points(widthMm),
            HouseStyle.points(heightMm)));
    stripper.extractRegions(doc.getPage(page - 1));
    return stripper.getTextForRegion("area").strip();
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
