package vn.khoidn.portal.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Vietnamese by default, English on request. Holds one short string. */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private String language = "vi";

  /** The locale the pages render in. */
  public Locale getLocale() {
    return Locale.forLanguageTag(language);
  }

  /** The current language tag, {@code vi} or {@code en}. */
  public String getLanguage() {
    return language;
  }

  /**
   * Switches the language and shows the same page again.
   *
   * @param tag {@code vi} or {@code en}; anything else means Vietnamese
   * @return the current view, redirected so that a reload does not resubmit
   */
  public String switchTo(String tag) {
    language = "en".equals(tag) ? "en" : "vi";
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(getLocale());
    return context.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
