package nl.dordrecht.triage.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How {@code --help} lays out the commands' descriptions, so no sentence is cut off: picocli prints each element of
 * a description on a line of its own and lists a command by its first element, which breaks a sentence that the
 * source wrapped over two elements. Here an element that does not end a sentence continues in the next, and the
 * command list shows each command's first sentence, whole.
 */
final class HelpLayout {
    private HelpLayout() {
    }

    /** Applies the layout to this command and every command under it. */
    static void apply(CommandLine cli) {
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.description(paragraphs(usage.description()));
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commandList);
        cli.getSubcommands().values().forEach(HelpLayout::apply);
    }

    /** The description's elements joined into whole sentences: an element ending mid-sentence takes the next one. */
    static String[] paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line.strip());
            if (endsSentence(current)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs.toArray(String[]::new);
    }

    /** The text up to and with the first full stop that ends a sentence (one followed by a space or the end). */
    static String firstSentence(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String text = description[0];
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
        return last == '.' || last == ':' || last == '!' || last == '?';
    }

    private static String commandList(Help help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        help.subcommands().forEach((name, sub) -> {
            if (!sub.commandSpec().usageMessage().hidden()) {
                summaries.put(name, firstSentence(sub.commandSpec().usageMessage().description()));
            }
        });
        return summaries.isEmpty() ? "" : help.createTextTable(summaries).toString();
    }
}
