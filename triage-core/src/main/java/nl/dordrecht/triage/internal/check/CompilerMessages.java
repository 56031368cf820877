package nl.dordrecht.triage.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dordrecht.triage.Labelled;
import nl.dordrecht.triage.Problem;
import nl.dordrecht.triage.SourceFile;

/**
 * The Drools compiler's messages as a rule author can act on them: what is wrong in the author's words, at the line
 * and column of the name that is wrong, with the nearest known name ("did you mean"). A message it does not know
 * stays as Drools wrote it, so nothing is lost.
 */
public final class CompilerMessages {
    /** {@code Unable to Analyse Expression E: [Error: unable to resolve method using strict-mode: a.b.Type.name(args)]}. */
    private static final Pattern UNRESOLVED = Pattern.compile(
            "^Unable to Analyse Expression (.+?): \\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)]");
    private static final Pattern OBJECT_TYPE = Pattern.compile("^Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern NOT_A_TYPE = Pattern.compile("^Rule Compilation error (\\w+) cannot be resolved to a type");
    private static final Pattern NOT_A_VARIABLE = Pattern.compile("^Rule Compilation error (\\$?\\w+) cannot be resolved to a variable");
    private static final Pattern PARSER = Pattern.compile("^\\[ERR (\\d+)] Line \\d+:\\d+ (.*)$");

    private CompilerMessages() {
    }

    /** The problem in the author's words, or the same problem when its message is not one it knows. */
    public static Problem translate(Problem raw, List<SourceFile> rules) {
        SourceFile file = rules.stream().filter(r -> r.name().equals(raw.file())).findFirst().orElse(null);
        if (file == null) {
            return raw;
        }
        RuleText text = new RuleText(file.content());
        String m = raw.message();
        Matcher x;
        if ((x = UNRESOLVED.matcher(m)).find()) {
            return unresolved(raw, text, x.group(1).strip(), x.group(2), x.group(3), x.group(4));
        }
        if ((x = OBJECT_TYPE.matcher(m)).find()) {
            String name = x.group(1);
            return text.at(raw, name, "there is no fact type " + name + DidYouMean.hint(name, RuleVocabulary.factTypes(rules))
                    + " (a pattern names a fact: Question, Offer, or a type declared with `declare`)");
        }
        if ((x = NOT_A_TYPE.matcher(m)).find()) {
            String name = x.group(1);
            return text.at(raw, name, "there is no type " + name + DidYouMean.hint(name, RuleVocabulary.factTypes(rules))
                    + " (used after `then`)");
        }
        if ((x = NOT_A_VARIABLE.matcher(m)).find()) {
            String name = x.group(1);
            return text.at(raw, name, name + " is not bound: after `then` use only variables the conditions bind ("
                    + name + " : …)");
        }
        if ((x = PARSER.matcher(m)).find()) {
            return ParserMessages.translate(raw, text, x.group(2));
        }
        return raw;
    }

    private static Problem unresolved(Problem raw, RuleText text, String expression, String typeName, String name, String args) {
        Class<?> type = RuleVocabulary.type(typeName);
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        if (type == null) {
            return text.at(raw, name, "cannot resolve " + name + " in `" + expression + "`");
        }
        if (type.isEnum()) {
            Optional<String> near = DidYouMean.nearest(name, RuleVocabulary.members(type));
            String hint = near.map(n -> "; did you mean " + simple + "." + n + label(type, n) + "?").orElse("; the codes are "
                    + RuleVocabulary.members(type));
            return text.at(raw, simple + "." + name, simple + "." + name + " is not a code" + hint);
        }
        String what = args.isBlank() ? "no field " + name : "no function " + name + "(" + simpleNames(args) + ")";
        return text.at(raw, name, simple + " has " + what + DidYouMean.hint(name, RuleVocabulary.members(type)));
    }

    private static String label(Class<?> type, String constant) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(constant) && c instanceof Labelled l) {
                return " (" + l.label() + ")";
            }
        }
        return "";
    }

    private static String simpleNames(String args) {
        List<String> names = new ArrayList<>();
        for (String a : args.split(",")) {
            names.add(a.strip().substring(a.strip().lastIndexOf('.') + 1));
        }
        return String.join(", ", names);
    }

    /** A parser error: the first of them is real; after it the compiler's other messages follow from it. */
    public static boolean isSyntaxError(Problem p) {
        return p.message().startsWith("syntax error") || PARSER.matcher(p.message()).find();
    }
}
