package vn.khoidn.portal.application.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.khoidn.domain.period.Resolution;

/** Resolutions in a list. */
final class InMemoryResolutions implements Resolutions {

  private final List<Resolution> all = new ArrayList<>();

  @Override
  public List<Resolution> all() {
    return all.stream().sorted(Comparator.comparing(Resolution::date).reversed()).toList();
  }

  @Override
  public Optional<Resolution> byNumber(String number) {
    return all.stream().filter(r -> r.number().equals(number)).findFirst();
  }

  @Override
  public void add(Resolution resolution) {
    all.add(resolution);
  }
}
