package vn.khoidn.domain.rollup;

import static vn.khoidn.domain.indicator.IndicatorCatalogue.NEW_MEMBERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;

/** A bloc of random shape with a year of random quarterly figures and plans, made from a seed. */
final class RandomBloc {

  static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

  final long seed;
  final List<String> committees = new ArrayList<>();
  final List<String> subordinateCells = new ArrayList<>();
  final List<String> grassrootsCells = new ArrayList<>();
  final List<HostUnit> units = new ArrayList<>();
  final List<DataValue> values = new ArrayList<>();
  final List<Plan> plans = new ArrayList<>();
  final List<String[]> links = new ArrayList<>();

  RandomBloc(long seed, int committeeCount, int cellCount) {
    this.seed = seed;
    Random random = new Random(seed);
    Sector[] sectors = Sector.values();
    for (int c = 0; c < committeeCount; c++) {
      String code = "DB-" + c;
      committees.add(code);
      links.add(new String[] {code, "DUK"});
      int subs = random.nextInt(4);
      for (int s = 0; s < subs; s++) {
        String cell = code + "-CB-" + s;
        subordinateCells.add(cell);
        links.add(new String[] {cell, code});
      }
    }
    for (int g = 0; g < cellCount; g++) {
      String code = "CBCS-" + g;
      grassrootsCells.add(code);
      links.add(new String[] {code, "DUK"});
    }
    for (String[] link : links) {
      units.add(
          HostUnit.of(
              "U-" + link[0],
              "Đơn vị " + link[0],
              LegalForm.JOINT_STOCK,
              sectors[random.nextInt(sectors.length)]));
      for (int q = 1; q <= 4; q++) {
        if (random.nextInt(3) > 0) {
          Sector named = random.nextInt(5) == 0 ? sectors[random.nextInt(sectors.length)] : null;
          values.add(
              new DataValue(
                  link[0], CalendarPeriod.quarter(2021, q), NEW_MEMBERS, named, random.nextInt(6)));
        }
      }
      if (!link[0].contains("-CB-") && random.nextBoolean()) {
        plans.add(new Plan(link[0], NEW_MEMBERS, CalendarPeriod.year(2021), random.nextInt(12)));
      }
    }
    values.add(
        DataValue.of(
            "DUK",
            CalendarPeriod.quarter(2021, 1 + random.nextInt(4)),
            NEW_MEMBERS,
            random.nextInt(3)));
    if (random.nextBoolean()) {
      plans.add(new Plan("DUK", NEW_MEMBERS, CalendarPeriod.year(2021), random.nextInt(60)));
    }
  }

  /** The tree, optionally with one organization moved under another parent on a day. */
  OrganizationTree tree(String moved, String newParent, LocalDate on) {
    OrganizationTree.Builder b =
        OrganizationTree.builder()
            .add(Organization.of("DUK", "Đảng ủy Khối", OrganizationKind.BLOC, null, LONG_AGO));
    for (String[] link : links) {
      OrganizationKind kind =
          link[0].contains("-CB-")
              ? OrganizationKind.SUBORDINATE_CELL
              : link[0].startsWith("DB-")
                  ? OrganizationKind.GRASSROOTS_COMMITTEE
                  : OrganizationKind.GRASSROOTS_CELL;
      b.add(
          Organization.of(link[0], "Tổ chức " + link[0], kind, "U-" + link[0], LONG_AGO), link[1]);
    }
    if (moved != null) {
      b.move(moved, newParent, on);
    }
    return b.build();
  }

  OrganizationTree tree() {
    return tree(null, null, null);
  }

  Registry registry() {
    return Registry.of(units);
  }

  Dataset dataset(OrganizationTree tree, List<Submission> submissions) {
    return new Dataset(tree, registry(), values, plans, submissions);
  }

  @Override
  public String toString() {
    return "RandomBloc[seed="
        + seed
        + ", committees="
        + committees.size()
        + ", cells="
        + grassrootsCells.size()
        + "]";
  }
}
