package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;

/**
 * A synthetic national tree of five levels: the centre, 63 provinces, two blocs each, grassroots
 * organizations, and subordinate cells; with one value per organization and indicator in one
 * quarter, and host units spread over the four sectors.
 */
final class NationalTree {

  static final Period QUARTER = CalendarPeriod.quarter(2021, 3);
  static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  final OrganizationTree tree;
  final Registry registry;
  final List<DataValue> values;
  final List<String> indicators;

  NationalTree(int organizations, int indicatorCount, long seed) {
    Random random = new Random(seed);
    Sector[] sectors = Sector.values();
    indicators = new ArrayList<>();
    for (int i = 0; i < indicatorCount; i++) {
      indicators.add("INDICATOR_" + i);
    }
    OrganizationTree.Builder b = OrganizationTree.builder();
    List<HostUnit> units = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    b.add(Organization.of("TW", "Trung ương", OrganizationKind.SUPERIOR_COMMITTEE, null, LONG_AGO));
    codes.add("TW");
    List<String> blocs = new ArrayList<>();
    for (int p = 0; p < 63; p++) {
      String province = "T" + p;
      b.add(
          Organization.of(
              province, "Tỉnh ủy " + p, OrganizationKind.SUPERIOR_COMMITTEE, null, LONG_AGO),
          "TW");
      codes.add(province);
      for (int k = 0; k < 2; k++) {
        String bloc = province + "-K" + k;
        b.add(
            Organization.of(bloc, "Đảng ủy Khối " + bloc, OrganizationKind.BLOC, null, LONG_AGO),
            province);
        codes.add(bloc);
        blocs.add(bloc);
      }
    }
    int remaining = organizations - codes.size();
    int grassroots = remaining / 5;
    List<String> committees = new ArrayList<>();
    for (int g = 0; g < grassroots; g++) {
      String code = "G" + g;
      boolean committee = g % 2 == 0;
      String unit = "U-" + code;
      units.add(
          HostUnit.of(
              unit,
              "Đơn vị " + code,
              LegalForm.JOINT_STOCK,
              sectors[random.nextInt(sectors.length)]));
      b.add(
          Organization.of(
              code,
              "Tổ chức " + code,
              committee ? OrganizationKind.GRASSROOTS_COMMITTEE : OrganizationKind.GRASSROOTS_CELL,
              unit,
              LONG_AGO),
          blocs.get(random.nextInt(blocs.size())));
      codes.add(code);
      if (committee) {
        committees.add(code);
      }
    }
    for (int c = 0; codes.size() < organizations; c++) {
      String parent = committees.get(random.nextInt(committees.size()));
      String code = "C" + c;
      b.add(
          Organization.of(
              code, "Chi bộ " + code, OrganizationKind.SUBORDINATE_CELL, "U-" + parent, LONG_AGO),
          parent);
      codes.add(code);
    }
    tree = b.build();
    registry = Registry.of(units);
    values = new ArrayList<>(codes.size() * indicatorCount);
    for (String code : codes) {
      for (String indicator : indicators) {
        Sector named = random.nextInt(10) == 0 ? sectors[random.nextInt(sectors.length)] : null;
        values.add(new DataValue(code, QUARTER, indicator, named, random.nextInt(20)));
      }
    }
  }

  Dataset dataset() {
    return Dataset.of(tree, registry, values);
  }

  RollupQuery query(String top) {
    return new RollupQuery(top, QUARTER, indicators, Breakdown.SECTOR, null);
  }
}
