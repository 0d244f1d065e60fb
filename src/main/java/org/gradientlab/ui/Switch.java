package org.gradientlab.ui;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import org.controlsfx.control.ToggleSwitch;

/**
 * A ControlsFX {@link ToggleSwitch} that a screen reader can use: it says it is a toggle, its text
 * and whether it is on (ControlsFX's own reports no role, so it was read as a bare group). Space
 * flips it, as ControlsFX does.
 */
public final class Switch extends ToggleSwitch {

  public Switch(String text) {
    super(text);
    setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
    selectedProperty().addListener((o, a, b) -> notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED));
  }

  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    if (attribute == AccessibleAttribute.SELECTED) {
      return isSelected();
    }
    if (attribute == AccessibleAttribute.TEXT) {
      return getAccessibleText() != null && !getAccessibleText().isBlank() ? getAccessibleText() : getText();
    }
    return super.queryAccessibleAttribute(attribute, parameters);
  }

  @Override
  public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
    if (action == AccessibleAction.FIRE) {
      setSelected(!isSelected());
    } else {
      super.executeAccessibleAction(action, parameters);
    }
  }
}
