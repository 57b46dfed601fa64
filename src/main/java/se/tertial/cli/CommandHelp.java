package se.tertial.cli;

import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help in which a shared option ({@link InputOptions}) keeps the label each command has always
 * shown: {@code tertial.<command>.<descriptionKey>.label} in {@code usage.properties} overrides the
 * annotation's {@code paramLabel} (picocli takes descriptions, but not labels, from the bundle).
 */
final class CommandHelp implements IHelpFactory {

  @Override
  public Help create(CommandSpec spec, ColorScheme colorScheme) {
    return new Help(spec, colorScheme) {
      @Override
      public IParamLabelRenderer parameterLabelRenderer() {
        return new Labels(spec, super.parameterLabelRenderer());
      }
    };
  }

  /** The bundle's label where it has one, else picocli's. */
  private record Labels(CommandSpec spec, IParamLabelRenderer plain)
      implements IParamLabelRenderer {
    @Override
    public Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<IStyle> styles) {
      ResourceBundle bundle = spec.resourceBundle();
      String key = spec.qualifiedName(".") + "." + arg.descriptionKey() + ".label";
      if (bundle == null || arg.descriptionKey().isEmpty() || !bundle.containsKey(key)) {
        return plain.renderParameterLabel(arg, ansi, styles);
      }
      String separator = arg.isOption() ? separator() : "";
      return ansi.text(separator).concat(ansi.apply(bundle.getString(key), styles));
    }

    @Override
    public String separator() {
      return plain.separator();
    }
  }
}
