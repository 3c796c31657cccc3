package vn.khoidn.reporting.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.period.ReviewPeriod;
import vn.khoidn.domain.rollup.Ratio;
import vn.khoidn.reporting.model.Block;
import vn.khoidn.reporting.model.DocumentHeader;
import vn.khoidn.reporting.model.ReportDocument;
import vn.khoidn.reporting.model.Signature;
import vn.khoidn.reporting.review.Narratives.Section;
import vn.khoidn.reporting.text.SentenceTemplates;

/**
 * Writes a review report ("Báo cáo sơ kết") in the reference report's words: the introduction
 * citing the resolution, the figure sentences, the new organizations as a numbered list, staff's
 * narratives, recipients and signature.
 */
public final class ReviewReportWriter {

  private final SentenceTemplates templates;

  /**
   * A writer with these sentences.
   *
   * @param templates the sentences
   */
  public ReviewReportWriter(SentenceTemplates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /**
   * Writes the report.
   *
   * @param issuer who issues it
   * @param period a resolution's review period or a calendar period
   * @param number the document's number, e.g. "25"
   * @param date the date of issue
   * @param figures the figures
   * @param narratives staff's sections
   * @return the document
   */
  public ReportDocument write(
      IssuerSettings issuer,
      Period period,
      String number,
      LocalDate date,
      ReviewFigures figures,
      Narratives narratives) {
    Map<String, String> common = new HashMap<>();
    common.put("periodText", PeriodText.of(period));
    common.put("scope", issuer.scope());
    common.put("issuer", issuer.issuer());
    common.put("committee", issuer.committee());
    String summary;
    String introduction;
    if (period instanceof ReviewPeriod review) {
      common.put("years", VietnameseFormat.count(review.years()));
      String label = review.vietnameseLabel();
      common.put("review", Character.toUpperCase(label.charAt(0)) + label.substring(1));
      Map<String, String> v = new HashMap<>(common);
      v.put("resolutionNumber", review.resolution().number());
      v.put("resolutionDate", VietnameseFormat.date(review.resolution().date()));
      v.put("resolutionTitle", review.resolution().title());
      summary = templates.render("summary.resolution", v);
      introduction = templates.render("introduction.resolution", v);
    } else {
      common.put("years", "");
      common.put("review", "");
      summary = templates.render("summary.period", common);
      introduction = templates.render("introduction.period", common);
    }
    List<Block> body = new ArrayList<>();
    body.add(new Block.Paragraph(introduction));
    body.add(heading(1, "heading.results", common));
    body.add(heading(2, "heading.dissemination", common));
    narrative(body, narratives, Section.DISSEMINATION);
    body.add(heading(2, "heading.development", common));
    body.addAll(development(figures, common));
    body.add(heading(2, "heading.youth", common));
    body.add(new Block.Paragraph(units("youth", figures.newYouthUnions(), common)));
    narrative(body, narratives, Section.YOUTH);
    body.add(heading(2, "heading.trade", common));
    body.add(new Block.Paragraph(units("trade", figures.newTradeUnions(), common)));
    narrative(body, narratives, Section.TRADE);
    body.add(heading(1, "heading.assessment", common));
    body.add(heading(2, "heading.strengths", common));
    narrative(body, narratives, Section.STRENGTHS);
    body.add(heading(2, "heading.limitations", common));
    narrative(body, narratives, Section.LIMITATIONS);
    body.add(heading(2, "heading.causes", common));
    narrative(body, narratives, Section.CAUSES);
    body.add(heading(1, "heading.tasks", common));
    narrative(body, narratives, Section.TASKS);
    return new ReportDocument(
        new DocumentHeader(
            issuer.superiorBody(),
            issuer.issuingBody(),
            "Số " + number + "-" + issuer.symbol(),
            issuer.place(),
            date),
        "BÁO CÁO",
        summary,
        body,
        issuer.recipients(),
        new Signature(issuer.onBehalfOf(), issuer.signerPosition(), issuer.signerName()));
  }

  /**
   * The figure sentences of section 1.2 and the numbered list of new organizations.
   *
   * @param figures the figures
   * @param common the names every sentence may use
   * @return the paragraphs
   */
  List<Block> development(ReviewFigures figures, Map<String, String> common) {
    Map<String, String> v = new HashMap<>(common);
    String members;
    if (figures.admitted() == 0) {
      members = templates.render("members.none", v);
    } else {
      v.put("admitted", VietnameseFormat.count(figures.admitted()));
      members = templates.render("members", v);
      Ratio ofPlan = new Ratio(figures.admitted(), figures.plan().orElse(0));
      if (ofPlan.isDefined()) {
        v.put("percentOfPlan", VietnameseFormat.percent(ofPlan));
        members += templates.render("members.plan", v);
      }
      if (figures.nonStateAdmitted() > 0) {
        v.put(
            "nonStateFraction",
            VietnameseFormat.fraction(figures.nonStateAdmitted(), figures.admitted()));
        members += templates.render("members.nonState", v);
      } else {
        members += templates.render("members.nonState.none", v);
      }
    }
    String classes;
    if (figures.classes() == 0) {
      classes = templates.render("classes.none", v);
    } else {
      v.put("classes", VietnameseFormat.count(figures.classes()));
      v.put("trainees", VietnameseFormat.count(figures.trainees()));
      classes = templates.render("classes", v);
      if (figures.nonStateTrainees() > 0) {
        v.put("nonStateTrainees", VietnameseFormat.count(figures.nonStateTrainees()));
        classes += templates.render("classes.nonState", v);
      } else {
        classes += templates.render("classes.nonState.none", v);
      }
    }
    List<ReviewFigures.NewOrganization> created = figures.newPartyOrganizations();
    String organizations;
    if (created.isEmpty()) {
      organizations = templates.render("newOrganizations.none", v);
    } else {
      v.put("count", VietnameseFormat.count(created.size()));
      v.put("kind", templates.render(kindKey(created), v));
      organizations = templates.render("newOrganizations", v);
    }
    v.put("members", members);
    v.put("classes", classes);
    v.put("newOrganizations", organizations);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(templates.render("development", v)));
    for (int i = 0; i < created.size(); i++) {
      Map<String, String> item = new HashMap<>(common);
      item.put("number", Integer.toString(i + 1));
      item.put("name", created.get(i).name());
      blocks.add(new Block.Paragraph(templates.render("newOrganizations.item", item)));
    }
    owners(figures, common).ifPresent(blocks::add);
    return blocks;
  }

  /**
   * The sentence on private-enterprise owners admitted to the Party (the task of section 3.1 of the
   * reference report), only where a figure of it was reported: no figure, no sentence.
   */
  private Optional<Block> owners(ReviewFigures figures, Map<String, String> common) {
    if (figures.ownersAdmitted().isEmpty()) {
      return Optional.empty();
    }
    long owners = figures.ownersAdmitted().getAsLong();
    Map<String, String> v = new HashMap<>(common);
    if (owners == 0) {
      return Optional.of(new Block.Paragraph(templates.render("owners.none", v)));
    }
    v.put("owners", VietnameseFormat.count(owners));
    return Optional.of(new Block.Paragraph(templates.render("owners", v)));
  }

  private String units(String key, List<ReviewFigures.NewUnit> units, Map<String, String> common) {
    Map<String, String> v = new HashMap<>(common);
    if (units.isEmpty()) {
      return templates.render(key + ".none", v);
    }
    List<String> names = new ArrayList<>();
    for (ReviewFigures.NewUnit u : units) {
      if (u.hasPartyOrganization()) {
        names.add(u.unitName());
      } else {
        Map<String, String> n = new HashMap<>(common);
        n.put("name", u.unitName());
        names.add(templates.render("unit.withoutParty", n));
      }
    }
    v.put("count", VietnameseFormat.count(units.size()));
    v.put("units", joinVietnamese(names));
    return templates.render(key, v);
  }

  private static String kindKey(List<ReviewFigures.NewOrganization> created) {
    boolean cells = created.stream().allMatch(o -> o.kind() == OrganizationKind.GRASSROOTS_CELL);
    boolean committees =
        created.stream().allMatch(o -> o.kind() == OrganizationKind.GRASSROOTS_COMMITTEE);
    return cells ? "kind.cells" : committees ? "kind.committees" : "kind.mixed";
  }

  /** "A", "A và B", "A, B và C". */
  static String joinVietnamese(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " và "
        + items.get(items.size() - 1);
  }

  private Block heading(int level, String key, Map<String, String> common) {
    return new Block.Heading(level, templates.render(key, common));
  }

  private static void narrative(List<Block> body, Narratives narratives, Section section) {
    narratives.paragraphs(section).forEach(p -> body.add(new Block.Paragraph(p)));
  }
}
