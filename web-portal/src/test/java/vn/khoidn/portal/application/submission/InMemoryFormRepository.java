package vn.khoidn.portal.application.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.figure.FigureRepository;
import vn.khoidn.portal.testsupport.InMemoryFigures;

/**
 * The forms port over maps: each read is a copy of what is stored, each save checks and bumps the
 * version, as the JPA adapter does. Figures are read from the in-memory figure repository.
 */
final class InMemoryFormRepository implements FormRepository {

  private final Map<Long, Round> rounds = new LinkedHashMap<>();
  private final Map<Long, Form> forms = new LinkedHashMap<>();
  final Map<Long, List<PlanFigure>> plansByOrganization = new LinkedHashMap<>();
  private final InMemoryFigures figures;
  private final InMemoryOrganizations organizations;
  int saves;
  private long next = 1;

  InMemoryFormRepository(InMemoryFigures figures, InMemoryOrganizations organizations) {
    this.figures = figures;
    this.organizations = organizations;
  }

  /** Another session's save, straight into the store, e.g. to make a page stale. */
  void storeBehindTheBack(Form form) {
    forms.put(form.id(), copy(form, form.version() + 1));
  }

  @Override
  public Optional<Form> byId(long id) {
    return Optional.ofNullable(forms.get(id)).map(f -> copy(f, f.version()));
  }

  @Override
  public Form reread(long id) {
    return byId(id).orElseThrow();
  }

  @Override
  public List<Form> ofOrganizations(Collection<Long> organizationIds) {
    return forms.values().stream()
        .filter(f -> organizationIds.contains(f.organizationId()))
        .sorted(
            Comparator.comparing((Form f) -> f.round().deadline())
                .reversed()
                .thenComparing(Form::organizationName))
        .map(f -> copy(f, f.version()))
        .toList();
  }

  @Override
  public List<Form> ofRound(long roundId) {
    return forms.values().stream()
        .filter(f -> f.round().id() == roundId)
        .sorted(Comparator.comparing(Form::organizationName, VietnameseText.order()))
        .map(f -> copy(f, f.version()))
        .toList();
  }

  @Override
  public List<Round> rounds() {
    List<Round> newestFirst = new ArrayList<>(rounds.values());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Override
  public List<Round> roundsOf(String periodCode) {
    return rounds.values().stream().filter(r -> r.periodCode().equals(periodCode)).toList();
  }

  @Override
  public Round addRound(
      String periodCode,
      String title,
      LocalDate deadline,
      List<String> indicatorCodes,
      String openedBy) {
    Round r = new Round(next++, periodCode, title, deadline, indicatorCodes);
    rounds.put(r.id(), r);
    return r;
  }

  @Override
  public Form addForm(Round round, long organizationId) {
    var o = organizations.byId(organizationId).orElseThrow();
    Form f = Form.notStarted(next++, round, o.id(), o.code(), o.name());
    forms.put(f.id(), f);
    return copy(f, 0);
  }

  @Override
  public Form save(Form form) {
    Form stored = forms.get(form.id());
    if (stored == null || stored.version() != form.version()) {
      throw new ConcurrentEditException("Biểu mẫu vừa được người khác lưu.");
    }
    saves++;
    Form saved = copy(form, form.version() + 1);
    forms.put(form.id(), saved);
    return copy(saved, saved.version());
  }

  @Override
  public List<FormFigure> figuresOn(long formId) {
    return figures.stored.values().stream()
        .filter(s -> s.formId() == formId)
        .map(
            s ->
                new FormFigure(
                    organizations.byId(s.organizationId()).orElseThrow().code(),
                    s.indicatorCode(),
                    s.sector(),
                    s.value(),
                    s.explanation()))
        .toList();
  }

  @Override
  public List<PastFigure> acceptedHistory(
      long organizationId, String indicatorCode, String exceptPeriod) {
    return figures.stored.values().stream()
        .filter(s -> s.organizationId() == organizationId)
        .filter(s -> s.indicatorCode().equals(indicatorCode) && s.sector() == null)
        .filter(s -> !s.periodCode().equals(exceptPeriod))
        .filter(
            s ->
                s.formId() == 0
                    || (forms.containsKey(s.formId())
                        && forms.get(s.formId()).status() == FormStatus.ACCEPTED))
        .sorted(Comparator.comparing(FigureRepository.Stored::periodCode))
        .map(s -> new PastFigure(s.periodCode(), s.value()))
        .toList();
  }

  @Override
  public List<PlanFigure> plansOf(long organizationId) {
    return plansByOrganization.getOrDefault(organizationId, List.of());
  }

  static Form copy(Form f, long version) {
    return new Form(
        f.id(),
        version,
        f.round(),
        f.organizationId(),
        f.organizationCode(),
        f.organizationName(),
        f.status(),
        f.narratives(),
        f.returnComment(),
        f.submittedAt(),
        f.firstSubmittedAt(),
        f.acceptedAt(),
        f.acceptedBy(),
        f.deadlineException(),
        f.changesSinceAccepted(),
        f.updatedAt(),
        f.updatedBy());
  }
}
