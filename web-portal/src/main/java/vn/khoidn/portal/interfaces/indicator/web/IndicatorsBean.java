package vn.khoidn.portal.interfaces.indicator.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.khoidn.domain.indicator.Indicator;
import vn.khoidn.domain.indicator.Source;
import vn.khoidn.domain.indicator.Unit;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.indicator.CatalogueService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/** The indicator catalogue page: the indicators, and new ones added as data. */
@Named
@ViewScoped
public class IndicatorsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueService catalogue;

  private List<Indicator> indicators;
  private String code;
  private String labelVi;
  private String labelEn;
  private Unit unit = Unit.COUNT;
  private boolean bySector;

  @PostConstruct
  void load() {
    indicators = List.copyOf(catalogue.current().indicators());
  }

  /** Adds the indicator typed in the form. */
  public void add() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      catalogue.add(
          new Indicator(
              code == null ? "" : code.strip().toUpperCase(Locale.ROOT),
              labelVi,
              labelEn == null || labelEn.isBlank() ? labelVi : labelEn,
              unit,
              bySector,
              Source.ENTERED),
          CurrentUser.name());
      Messages.info(context, "indicators.added", code);
      load();
      code = null;
      labelVi = null;
      labelEn = null;
    } catch (IllegalArgumentException | NullPointerException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  public Unit[] getUnits() {
    return new Unit[] {Unit.COUNT, Unit.PERSON};
  }

  public List<Indicator> getIndicators() {
    return indicators;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelVi() {
    return labelVi;
  }

  public void setLabelVi(String labelVi) {
    this.labelVi = labelVi;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public boolean isBySector() {
    return bySector;
  }

  public void setBySector(boolean bySector) {
    this.bySector = bySector;
  }
}
