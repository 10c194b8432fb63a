package se.lagesbild.ledger;

/**
 * Accounts {@code first}..{@code last} (one account when equal) summed into a kostnadsslag. Bounds
 * compare as prefixes, so 4500–4599 holds 4500, 4599 and the sub-account 45991, and the single
 * account 4511 holds 45110.
 */
public record AccountRange(String first, String last, String costTypeCode) {

    /** Accounts are at most ten digits. */
    static final int DIGITS = 10;

    public AccountRange {
        first = first.strip();
        last = last == null || last.isBlank() ? first : last.strip();
    }

    public static boolean validAccount(String account) {
        return account != null && account.matches("[0-9]{1,10}");
    }

    boolean valid() {
        return validAccount(first) && validAccount(last) && low(first) <= high(last);
    }

    boolean contains(String account) {
        long value = low(account);
        return low(first) <= value && value <= high(last);
    }

    boolean overlaps(AccountRange other) {
        return low(first) <= high(other.last) && low(other.first) <= high(last);
    }

    /** As the file and the view write it: "4500–4599" or "4511". */
    public String label() {
        return first.equals(last) ? first : first + "–" + last;
    }

    static long low(String account) {
        return Long.parseLong(pad(account, '0'));
    }

    static long high(String account) {
        return Long.parseLong(pad(account, '9'));
    }

    private static String pad(String account, char with) {
        StringBuilder padded = new StringBuilder(account);
        while (padded.length() < DIGITS) {
            padded.append(with);
        }
        return padded.toString();
    }
}
