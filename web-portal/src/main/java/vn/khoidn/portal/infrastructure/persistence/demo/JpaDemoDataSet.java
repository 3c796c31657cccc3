package vn.khoidn.portal.infrastructure.persistence.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Resolution;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.figure.FigureRepository;
import vn.khoidn.portal.application.startup.DemoDataSet;
import vn.khoidn.portal.application.startup.DemoFiles;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.jpa.HostUnitEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaHostUnitRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaReportRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaSubmissionRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.PlanTargetEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportFormEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportSettingEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportingRoundEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ResolutionEntity;
import vn.khoidn.reporting.review.Narratives;

/**
 * The demo installation's tree, registry, plans, rounds, forms and report, stored on the JPA
 * entities in the caller's transaction; users and figures are stored by the application ({@link
 * vn.khoidn.portal.application.startup.DemoDataLoader}) through its services.
 */
@ApplicationScoped
public class JpaDemoDataSet implements DemoDataSet {

  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaSubmissionRepository submissions;
  @Inject private PortalClock today;
  @Inject private JpaHostUnitRepository hostUnits;
  @Inject private JpaReportRepository reports;

  @Override
  public DemoDataSet.Seeded seed() {
    Map<String, OrganizationEntity> byCode = new HashMap<>();
    for (String[] row : DemoFiles.read("demo/organizations.csv", 6)) {
      OrganizationEntity parent = row[3].isEmpty() ? null : byCode.get(row[3]);
      OrganizationEntity org =
          new OrganizationEntity(
              row[0],
              row[1],
              OrganizationKind.valueOf(row[2]),
              Sector.valueOf(row[4]),
              parent,
              row[5].isEmpty() ? null : LocalDate.parse(row[5]));
      byCode.put(row[0], organizations.add(org));
    }
    for (String[] row : DemoFiles.read("demo/host_units.csv", 15)) {
      HostUnit unit =
          new HostUnit(
              row[0],
              row[1],
              LegalForm.valueOf(row[2]),
              Sector.valueOf(row[3]),
              row[4].isEmpty() ? null : TaxCode.parse(row[4]),
              row[5],
              Integer.parseInt(row[6]),
              Integer.parseInt(row[7]),
              Integer.parseInt(row[8]),
              Integer.parseInt(row[9]),
              Integer.parseInt(row[10]),
              Boolean.parseBoolean(row[11]),
              List.of());
      HostUnitEntity entity = new HostUnitEntity(row[0]);
      entity.update(unit, DemoFiles.date(row[12]), DemoFiles.date(row[13]), "demo");
      hostUnits.add(entity);
      if (!row[14].isEmpty()) {
        byCode.get(row[14]).placeIn(entity);
      }
    }
    for (String[] row : DemoFiles.read("demo/plans.csv", 4)) {
      submissions.add(
          new PlanTargetEntity(byCode.get(row[0]), row[1], row[2], Long.parseLong(row[3])));
    }
    Map<String, ReportFormEntity> forms = new HashMap<>();
    for (int q = 1; q <= 4; q++) {
      CalendarPeriod quarter = CalendarPeriod.quarter(2021, q);
      ReportingRoundEntity round =
          submissions.add(
              new ReportingRoundEntity(
                  quarter.code(),
                  roundTitle(quarter),
                  quarter.end().plusDays(15),
                  FORM_INDICATORS,
                  "bantochuc"));
      for (OrganizationEntity o : byCode.values()) {
        if (o.getKind().isGrassroots() && o.existsOn(quarter.end())) {
          ReportFormEntity form = submissions.add(new ReportFormEntity(round, o));
          // Most reports arrive in the last days before the deadline, a few one or two days late.
          int daysEarly = Math.floorMod(o.getCode().hashCode() + q * 7, 13) - 2;
          form.markSubmitted(
              round
                  .getDeadline()
                  .minusDays(daysEarly)
                  .atTime(16, 30)
                  .atZone(today.zone())
                  .toInstant());
          form.setStatus(FormStatus.ACCEPTED);
          form.markAccepted("bantochuc", today.now());
          form.touch("bantochuc");
          forms.put(quarter.code() + "|" + o.getCode(), form);
        }
      }
    }
    List<String[]> figures = DemoFiles.read("demo/figures.csv", 5);
    java.util.Set<String> figurePeriods = new java.util.HashSet<>();
    // The organizations and forms get their ids: the figure store refers to them.
    submissions.flush();
    List<FigureRepository.NewFigure> demo = new ArrayList<>();
    for (String[] row : figures) {
      figurePeriods.add(row[1]);
      OrganizationEntity org = byCode.get(row[0]);
      OrganizationEntity grassroots = org.getKind().isGrassroots() ? org : org.getParent();
      ReportFormEntity form =
          grassroots == null ? null : forms.get(row[1] + "|" + grassroots.getCode());
      Sector sector = row[3].isEmpty() ? null : Sector.valueOf(row[3]);
      BigDecimal value = new BigDecimal(row[4]);
      demo.add(
          new FigureRepository.NewFigure(
              org.getId(), row[1], row[2], sector, value, form == null ? 0 : form.getId(), null));
    }
    CalendarPeriod current =
        CalendarPeriod.parse(
            String.format(
                "%dQ%d", today.today().getYear(), (today.today().getMonthValue() + 2) / 3));
    ReportingRoundEntity open =
        submissions.add(
            new ReportingRoundEntity(
                current.code(),
                roundTitle(current),
                current.end().plusDays(15),
                FORM_INDICATORS,
                "bantochuc"));
    for (OrganizationEntity o : byCode.values()) {
      if (o.getKind().isGrassroots() && o.existsOn(current.end())) {
        submissions.add(new ReportFormEntity(open, o));
      }
    }
    for (String line : DemoFiles.lines("demo/form_narratives.txt")) {
      String[] cells = line.split("\\|", -1);
      ReportFormEntity form = forms.get(cells[1] + "|" + cells[0]);
      form.setNarratives(cells[2], cells[3], cells[4]);
    }
    loadReport(byCode.get("DUK"));
    return new DemoDataSet.Seeded(byCode.size(), demo, figurePeriods);
  }

  private static final List<String> FORM_INDICATORS =
      List.of("NEW_MEMBERS", "AWARENESS_CLASSES", "AWARENESS_TRAINEES", "OWNERS_ADMITTED");

  private static String roundTitle(CalendarPeriod quarter) {
    String[] roman = {"I", "II", "III", "IV"};
    return "Báo cáo quý "
        + roman[quarter.index() - 1]
        + "/"
        + quarter.year()
        + " về phát triển đảng viên, tổ chức đảng trong doanh nghiệp";
  }

  /**
   * The resolution the demo report reviews, the issuing body's settings and the demo's draft report
   * with the reference report's narratives.
   */
  private void loadReport(OrganizationEntity bloc) {
    ResolutionEntity nq04 =
        reports.add(
            new ResolutionEntity(
                new Resolution(
                    "04-NQ/ĐUK",
                    LocalDate.of(2021, 1, 22),
                    "tăng cường công tác phát triển đảng viên, tổ chức đảng, các đoàn thể chính"
                        + " trị-xã hội trong doanh nghiệp ngoài khu vực Nhà nước và các tổ chức tín"
                        + " dụng")));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("superior_body", "ĐẢNG BỘ TỈNH LÂM ĐỒNG");
    settings.put("issuing_body", "ĐẢNG ỦY KHỐI DOANH NGHIỆP");
    settings.put("issuer", "Đảng ủy Khối");
    settings.put("committee", "Đảng bộ Khối Doanh nghiệp tỉnh");
    settings.put("scope", "Đảng bộ Khối");
    settings.put("symbol", "BC/ĐUK");
    settings.put("place", "Lâm Đồng");
    settings.put("on_behalf_of", "T/M BAN THƯỜNG VỤ");
    settings.put("signer_position", "BÍ THƯ");
    settings.put("signer_name", "Hoàng Xuân Hường");
    settings.put(
        "recipients",
        "- Ban Thường vụ TU (b/c),\n- Ban Tổ chức TU (b/c),\n- Các đồng chí ĐUVĐUK,\n"
            + "- Các TCCSĐ trực thuộc,\n- Lưu TC, VP.");
    settings.forEach(
        (k, v) -> {
          ReportSettingEntity setting = new ReportSettingEntity(bloc.getId(), k);
          setting.change(v, "demo");
          reports.add(setting);
        });
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : DemoFiles.lines("demo/report_narratives.txt")) {
      if (line.startsWith("## ")) {
        current = sections.computeIfAbsent(line.substring(3).strip(), k -> new StringBuilder());
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    String[] texts = new String[Narratives.Section.values().length];
    for (Narratives.Section s : Narratives.Section.values()) {
      StringBuilder b = sections.get(s.name());
      texts[s.ordinal()] = b == null ? "" : b.toString().strip();
    }
    LocalDate issuedOn = LocalDate.of(2022, 1, 20);
    ReportEntity draft = new ReportEntity(bloc, "04-NQ/ĐUK+1Y", nq04, 1, "25", issuedOn);
    draft.edit(texts, "25", issuedOn, "bantochuc");
    reports.add(draft);
  }
}
