package cn.longyuan.market.domain.model.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The rules of a mainland resident identity card number (GB 11643-1999): 17 digits — region, date of birth,
 * sequence — and a check character computed over them (ISO 7064 MOD 11-2), {@code X} standing for 10.
 */
public final class ChineseIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdNumber() {}

    /** The number as stored: stripped, with an upper-case X. */
    public static String normalise(String idNumber) {
        return idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether it is 18 characters with a real date of birth and the right check character. */
    public static boolean isValid(String idNumber) {
        String id = normalise(idNumber);
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return id.charAt(17) == checkCharacter(id.substring(0, 17));
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
