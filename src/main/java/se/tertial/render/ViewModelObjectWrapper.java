package se.tertial.render;

import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import se.tertial.model.Messages;
import se.tertial.view.KindViewModel;
import se.tertial.view.SafeHtml;

/**
 * The only bridge between Java and templates: strings, numbers, booleans, lists, and the view
 * records — those of {@code se.tertial.view} and those of a kind's {@link KindViewModel} (the
 * record itself and the records nested in it) — with their component accessors and declared
 * zero-argument methods. Everything else — {@code getClass()}, other classes, static members,
 * constructors, fields — is invisible, so a template cannot reach beyond the view model. {@link
 * SafeHtml} becomes XHTML markup that is printed unescaped.
 */
final class ViewModelObjectWrapper extends DefaultObjectWrapper {
  private static final Messages.Bundle TEXT = new Messages.Bundle("se.tertial.render.messages");

  private static final String VIEW_PACKAGE = KindViewModel.class.getPackageName();
  private static final Set<String> HIDDEN = Set.of("hashCode", "toString", "equals", "getClass");

  ViewModelObjectWrapper() {
    super(configuration(), true);
  }

  private static DefaultObjectWrapperBuilder configuration() {
    DefaultObjectWrapperBuilder builder =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    builder.setExposeFields(false);
    builder.setMemberAccessPolicy(new ViewModelPolicy());
    builder.setForceLegacyNonListCollections(false);
    builder.setIterableSupport(false);
    return builder;
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    if (obj == null
        || obj instanceof TemplateModel
        || obj instanceof String
        || obj instanceof Number
        || obj instanceof Boolean
        || obj instanceof Collection<?>
        || obj instanceof Map<?, ?>) {
      return super.wrap(obj);
    }
    if (obj instanceof SafeHtml safe) {
      return XHTMLOutputFormat.INSTANCE.fromMarkup(safe.html());
    }
    if (isViewModel(obj.getClass())) {
      return super.wrap(obj);
    }
    throw new TemplateModelException(
        TEXT.get("template.notInViewModel", obj.getClass().getSimpleName()));
  }

  private static boolean isViewModel(Class<?> type) {
    if (!type.isRecord()) {
      return false;
    }
    if (type.getPackageName().equals(VIEW_PACKAGE)) {
      return true;
    }
    // A kind's view model lives in the kind's package, next to its data records, which templates
    // must not see: only the view model record and the records nested in it are exposed.
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (KindViewModel.class.isAssignableFrom(c)) {
        return true;
      }
    }
    return false;
  }

  /** Exposes the view model's records' own accessors and nothing else. */
  private static final class ViewModelPolicy implements MemberAccessPolicy {
    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
      boolean viewModel = isViewModel(contextClass);
      return new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return viewModel
              && method.getDeclaringClass() == contextClass
              && method.getParameterCount() == 0
              && !Modifier.isStatic(method.getModifiers())
              && Modifier.isPublic(method.getModifiers())
              && !HIDDEN.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
      return false;
    }
  }
}
