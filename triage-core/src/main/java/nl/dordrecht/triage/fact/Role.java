package nl.dordrecht.triage.fact;

/**
 * The part an offer plays in the rules, as the catalogue says ({@code role:}). Rules ask {@code offer.tailoredCare}
 * or {@code offer.socialBroker} instead of naming offer ids, so a municipality can rename or replace the offer.
 */
public enum Role {
    /** Access to tailored care: the Sociaal Wijkteam (S1 §4.3 route 3). */
    TAILORED_CARE,
    /** Knows the sociale kaart, visits and hands over warmly: the sociaal makelaar (S1 §4.4). */
    SOCIAL_BROKER,
    /** A phone line that answers and refers onward: the Hulplijn Dordt (S2 §5.4 punt 2). */
    HELPLINE,
    /** Guides statushouders in their first months: VluchtelingenWerk (S1 §5.3). */
    NEWCOMER_GUIDANCE,
    /** Independent client support, formal (MEE) or informal (the Ouderplatform) (S2 §6.5 punt 2). */
    CLIENT_SUPPORT,
    /** Guided first steps towards taking part, for whom a participation place is a step too far: the Snuffelstages
     * of De Buitenwacht (S2 §5.3). */
    STEPPING_STONE,
    /** The information point for the digital government: DigiD, online forms (Bibliotheek AanZet, S2 §5.4 punt 2). */
    DIGITAL_HELP,
    /** Goes out to residents nobody reaches yet, who do not ask themselves: HIP Helpt (S1 §7.2.1). */
    OUTREACH_TEAM,
    /** Free access to sport, culture and leisure for residents with a low income, with a kindtegoed for children: the
     * Dordtpas (S2 §7.2.1 punt 2, §6.1 punt 3). It pays for joining in; it does not guide anyone towards it. */
    MINIMA_PASS,
    /** Guides a resident intensively on several life domains at once, a chain approach: Jongeren op de Rit (S2 §6.4,
     * §6.5 punt 5). Not a first step for what lies in one life domain. */
    INTENSIVE_GUIDANCE
}
