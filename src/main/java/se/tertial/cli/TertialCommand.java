package se.tertial.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.tertial.text.TerminalWriter;

/**
 * The {@code tertial} command: its subcommands (the list {@code SUBCOMMANDS}) do the work; this
 * class sets up error handling.
 */
@Command(
    name = "tertial",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    resourceBundle = "se.tertial.cli.usage",
    exitCodeListHeading = "%nSlutkoder:%n",
    exitCodeList = {
      "0:allt gick bra",
      "1:klart, men med varningar och --strict",
      "2:fel i indata eller felaktigt anrop",
      "3:internt fel (kör igen med --debug för detaljer)"
    })
public final class TertialCommand implements Runnable {

  /** The subcommands, in the order {@code tertial --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CheckCommand.class,
          EvaluateCommand.class,
          DiffCommand.class,
          InitCommand.class,
          NextPeriodCommand.class,
          RenderCommand.class,
          BatchCommand.class,
          OverviewCommand.class,
          RuleCommand.class,
          CompletionCommand.class,
          HelpCommand.class);

  /** Subcommands that need the whole command tree (they list or describe the others). */
  private static final Set<Class<?>> NEED_ALL = Set.of(CompletionCommand.class, HelpCommand.class);

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Visa stackspår vid internt fel.")
  boolean debug;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), CliMessages.get("usage.missingCommand"));
  }

  public static void main(String[] args) {
    StandardStreams streams = new StandardStreams();
    PrintWriter out = streams.out();
    PrintWriter err = streams.err();
    int exit = streams.exitCode(execute(args, out, err), out, err);
    StartupTraining.runIfAsked();
    System.exit(exit);
  }

  /**
   * Runs the command line with the given streams; tests call this in-process. A JVM error (out of
   * memory, stack overflow) escapes picocli, so it is caught here: one Swedish line, the stack
   * trace only with {@code --debug}, exit 3.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    LibraryLogging.quiet();
    // Everything printed goes through the escaping writers: cell text never reaches the terminal
    // as control sequences. picocli's own help (maybe coloured) is printed unescaped.
    TerminalWriter safeOut = new TerminalWriter(out);
    TerminalWriter safeErr = new TerminalWriter(err);
    try {
      CommandLine cmd = newCommandLine(safeOut, safeErr, args);
      cmd.setExecutionStrategy(new HelpUnescaped(safeOut, safeErr));
      return execute(cmd, args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /** Runs a configured command line (tests add a command of their own to it). */
  static int execute(CommandLine cmd, String[] args) {
    try {
      return cmd.execute(args);
    } catch (Error e) {
      // A JVM error escapes picocli's handlers (they catch exceptions only).
      return fatal(e, args, cmd.getErr());
    }
  }

  /**
   * A JVM error (out of memory, stack overflow) escaped a command: one Swedish line and exit 3, the
   * stack trace only with {@code --debug}. Never exit 1, which means "warnings under --strict".
   */
  static int fatal(Error error, String[] args, PrintWriter err) {
    err.println(ExitCodeMapper.describe(error));
    if (Arrays.asList(args).contains("--debug")) {
      error.printStackTrace(err);
    }
    err.flush();
    return new ExitCodeMapper().getExitCode(error);
  }

  /** A configured command line with every subcommand: Swedish errors, documented exit codes. */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    return configured(SUBCOMMANDS, out, err);
  }

  /**
   * The command line for {@code args}: with only the subcommand {@code args[0]} names, else (help,
   * version, completion, a mistyped name) with all of them. picocli reflects over every registered
   * command when it builds its model; with one instead of ten a cold command starts 20–40 ms
   * sooner, and nothing it prints changes.
   */
  static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
    List<Class<?>> alone =
        SUBCOMMANDS.stream()
            .filter(c -> !NEED_ALL.contains(c))
            .filter(c -> args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0]))
            .toList();
    return configured(alone.isEmpty() ? SUBCOMMANDS : alone, out, err);
  }

  private static CommandLine configured(
      List<Class<?>> subcommands, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new TertialCommand());
    // Added before the settings below: picocli applies them to the subcommands present.
    subcommands.forEach(cmd::addSubcommand);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(new UsageErrorHandler());
    cmd.setExecutionExceptionHandler(new FailureHandler());
    cmd.setExitCodeExceptionMapper(new ExitCodeMapper());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    SwedishConverters.register(cmd);
    cmd.setHelpFactory(new CommandHelp());
    return cmd;
  }
}
