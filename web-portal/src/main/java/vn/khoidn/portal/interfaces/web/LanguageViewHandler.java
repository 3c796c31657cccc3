package vn.khoidn.portal.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every view the language the user chose (Vietnamese unless they switched), from the start of
 * the request rather than only when the page renders, so that messages and files made in actions
 * and view actions are in that language too, whatever the browser's Accept-Language says.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  /**
   * Wraps the standard handler.
   *
   * @param wrapped the handler
   */
  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LanguageBean.class).get().getLocale();
  }
}
