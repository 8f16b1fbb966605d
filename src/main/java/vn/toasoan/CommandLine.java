package vn.toasoan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.toasoan.platform.OperatorText;

/**
 * What the jar was asked to do, checked before anything starts: a mistyped command or option is refused with the list
 * of commands and exit status 2, rather than taken for "serve" with the web server started on port 8080.
 */
final class CommandLine {

    /** Exit status for a command line the jar does not understand, as shells and getopt use it. */
    static final int USAGE = 2;

    /**
     * The commands besides serving, each with the options of its own ({@code --section=…}); their one-line summaries
     * are {@code command.list.NAME} in the operator's bundle.
     */
    static final Map<String, Set<String>> COMMANDS = commands();

    /**
     * The settings any run takes as {@code --name=value}: the properties of Spring Boot and of Tòa Soạn, known by the
     * first part of their name, so that {@code --prot=9090} or {@code --data-dir=…} is refused instead of ignored.
     */
    private static final Set<String> SETTING_ROOTS =
            Set.of("toasoan", "server", "spring", "logging", "management", "springdoc", "debug", "trace");

    private static final Set<String> HELP = Set.of("help", "--help", "-h", "-help", "-?");

    /** The command and its problem, if any: {@code problem} is null when the line is good. */
    record Parsed(String command, String problem, boolean help) {

        boolean serve() {
            return command.isEmpty() && problem == null && !help;
        }
    }

    private CommandLine() {}

    private static Map<String, Set<String>> commands() {
        Map<String, Set<String>> commands = new LinkedHashMap<>();
        commands.put("import-page", Set.of("section"));
        commands.put("import-archive", Set.of("uploads", "report", "section", "no-download"));
        commands.put("reset-password", Set.of());
        commands.put("move-media-to-s3", Set.of());
        return Map.copyOf(commands);
    }

    static Parsed parse(String[] args) {
        List<String> words = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            if (HELP.contains(arg)) {
                return new Parsed("", null, true);
            }
            if (arg.startsWith("-")) {
                options.add(arg);
            } else {
                words.add(arg);
            }
        }
        String command = words.isEmpty() ? "" : words.get(0);
        if (!command.isEmpty() && !COMMANDS.containsKey(command)) {
            return new Parsed(command, OperatorText.get("command.unknown", command), false);
        }
        if (command.isEmpty() && !words.isEmpty()) {
            return new Parsed(command, OperatorText.get("command.unknown", words.get(0)), false);
        }
        Set<String> own = command.isEmpty() ? Set.of() : COMMANDS.get(command);
        for (String option : options) {
            Optional<String> problem = optionProblem(option, own);
            if (problem.isPresent()) {
                return new Parsed(command, problem.get(), false);
            }
        }
        return new Parsed(command, null, false);
    }

    private static Optional<String> optionProblem(String option, Set<String> own) {
        if (!option.startsWith("--") || option.length() == 2) {
            return Optional.of(OperatorText.get("command.unknownOption", option));
        }
        String name = option.substring(2).split("=", 2)[0].toLowerCase(Locale.ROOT);
        String root = name.split("\\.", 2)[0];
        boolean setting = name.contains(".")
                ? SETTING_ROOTS.contains(root)
                : Set.of("debug", "trace").contains(name);
        if (setting || own.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(OperatorText.get("command.unknownOption", option));
    }

    /** The list of commands, in the operator's language. */
    static void printUsage(PrintStream out) {
        out.println(OperatorText.get("command.usage"));
        out.println(OperatorText.get("command.serve"));
        out.println(OperatorText.get("command.list"));
        COMMANDS.keySet().stream().sorted().forEach(name -> out.println(OperatorText.get("command.list." + name)));
        out.println(OperatorText.get("command.settings"));
    }
}
