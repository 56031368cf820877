package nl.dordrecht.triage.fact;

/** A line for the helper that holds in the advice given, e.g. how to speak about a fear. Said once. */
public record Guidance(String line) {
}
