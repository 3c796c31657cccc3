package vn.khoidn.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationKindTest {

  @Test
  void grassrootsOrganizationsSitDirectlyUnderTheBloc() {
    assertThat(OrganizationKind.GRASSROOTS_COMMITTEE.mayBeChildOf(OrganizationKind.BLOC)).isTrue();
    assertThat(OrganizationKind.GRASSROOTS_CELL.mayBeChildOf(OrganizationKind.BLOC)).isTrue();
  }

  @Test
  void subordinateCellsSitOnlyUnderAGrassrootsCommittee() {
    assertThat(
            OrganizationKind.SUBORDINATE_CELL.mayBeChildOf(OrganizationKind.GRASSROOTS_COMMITTEE))
        .isTrue();
    assertThat(OrganizationKind.SUBORDINATE_CELL.mayBeChildOf(OrganizationKind.GRASSROOTS_CELL))
        .isFalse();
    assertThat(OrganizationKind.SUBORDINATE_CELL.mayBeChildOf(OrganizationKind.BLOC)).isFalse();
  }

  @Test
  void theBlocSitsOnlyUnderASuperiorCommittee() {
    for (OrganizationKind kind : OrganizationKind.values()) {
      assertThat(OrganizationKind.BLOC.mayBeChildOf(kind))
          .isEqualTo(kind == OrganizationKind.SUPERIOR_COMMITTEE);
    }
  }

  @Test
  void onlyCommitteesAndCellsDirectlyUnderTheBlocAreGrassroots() {
    assertThat(OrganizationKind.GRASSROOTS_COMMITTEE.isGrassroots()).isTrue();
    assertThat(OrganizationKind.GRASSROOTS_CELL.isGrassroots()).isTrue();
    assertThat(OrganizationKind.SUBORDINATE_CELL.isGrassroots()).isFalse();
    assertThat(OrganizationKind.BLOC.isGrassroots()).isFalse();
  }

  @Test
  void labelsAreVietnameseWithFullDiacritics() {
    assertThat(OrganizationKind.SUBORDINATE_CELL.vietnameseLabel()).isEqualTo("Chi bộ trực thuộc");
    assertThat(OrganizationKind.BLOC.vietnameseLabel()).isEqualTo("Đảng ủy Khối");
  }
}
