package nl.dordrecht.triage;

import java.util.Optional;

/**
 * How the resident or helper reaches an offer, as far as the catalogue knows it (the contract's {@code contact}).
 * Every part is optional and never invented: the catalogue fills only what a seed document gives.
 *
 * @param phone   a phone number as written, e.g. {@code 112}
 * @param email   an e-mail address
 * @param url     an http(s) web address
 * @param address a postal or visiting address as one line of text
 * @param hours   opening or walk-in hours as text, e.g. {@code dag en nacht}
 */
public record Contact(Optional<String> phone, Optional<String> email, Optional<String> url, Optional<String> address,
                      Optional<String> hours) {
    /** No contact details known. */
    public static final Contact NONE = of(null, null, null, null, null);

    public Contact {
        phone = present(phone);
        email = present(email);
        url = present(url);
        address = present(address);
        hours = present(hours);
    }

    /** Contact details from plain values, {@code null} or blank for a part that is not known. */
    public static Contact of(String phone, String email, String url, String address, String hours) {
        return new Contact(Optional.ofNullable(phone), Optional.ofNullable(email), Optional.ofNullable(url),
                Optional.ofNullable(address), Optional.ofNullable(hours));
    }

    /** Whether no part is known (the contract then leaves {@code contact} out). */
    public boolean isEmpty() {
        return phone.isEmpty() && email.isEmpty() && url.isEmpty() && address.isEmpty() && hours.isEmpty();
    }

    private static Optional<String> present(Optional<String> part) {
        return part == null ? Optional.empty() : part.map(String::strip).filter(s -> !s.isEmpty());
    }
}
