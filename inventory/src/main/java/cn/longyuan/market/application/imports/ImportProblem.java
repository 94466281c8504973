package cn.longyuan.market.application.imports;

import cn.longyuan.market.application.shared.FieldViolation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with one cell of a file: its row as a spreadsheet numbers it (the header is row 1; 0 for the file as
 * a whole), its column, and the problem as a code with its values, which the pages say in their language
 * ({@code import.problem.<code>}) and {@link #message()} in English for the API. It never repeats the cell's value,
 * so no private data travels in a report.
 */
public record ImportProblem(int row, String column, String code, List<String> args) implements java.io.Serializable {

    public static final String FILE = "file";

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int row, String column, String code, Object... args) {
        return new ImportProblem(
                row,
                column,
                code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The field as the API names it: {@code rows[12].phone}, or {@code file}. */
    public String field() {
        return row == 0 ? FILE : "rows[" + row + "]." + column;
    }

    private record Form(Pattern pattern, String code) {}

    /** The services' own messages as codes: the same rules as entry by hand, said in the page's language. */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("required"), "required"),
            new Form(Pattern.compile("choose a craft"), "required"),
            new Form(Pattern.compile("no such craft"), "noSuchCraft"),
            new Form(Pattern.compile("at most (\\d+) characters"), "tooLong"),
            new Form(Pattern.compile("too long"), "tooLongText"),
            new Form(Pattern.compile("must be more than 0"), "positive"),
            new Form(Pattern.compile("at most ([\\d.]+)"), "atMost"),
            new Form(Pattern.compile("a price in yuan.*"), "price"),
            new Form(Pattern.compile("a mainland mobile number.*"), "phone"),
            new Form(Pattern.compile("not a valid resident ID number.*"), "idNumber"),
            new Form(Pattern.compile("a public profile needs her story.*"), "storyForConsent"));

    /** A service's violation of a row's field, as a problem of that row and column. */
    public static ImportProblem fromViolation(int row, FieldViolation violation) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(violation.message());
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = m.group(i + 1);
                }
                return of(row, violation.field(), form.code(), values);
            }
        }
        return of(row, violation.field(), "invalid", violation.message());
    }

    /** The problem in English, for the API's violation message. */
    public String message() {
        String a0 = args.isEmpty() ? "" : args.get(0);
        return switch (code) {
            case "required" -> "required";
            case "tooLong" -> "at most " + a0 + " characters";
            case "tooLongText" -> "too long";
            case "positive" -> "must be more than 0";
            case "atMost" -> "at most " + a0;
            case "price" -> "a price in yuan with at most two decimals, such as 68.00";
            case "phone" -> "a mainland mobile number (11 digits, 13x–19x) or a landline with its area code";
            case "idNumber" -> "not a valid resident ID number (18 characters, date of birth and check digit)";
            case "storyForConsent" -> "a public profile needs her story in at least one language";
            case "noSuchCraft" -> "no such craft (a craft code such as sachet, or its name)";
            case "yesNo" -> "yes or no";
            case "household" -> "one of NOT_RECORDED, NOT_POOR, REGISTERED_POOR, LIFTED_OUT";
            case "control" -> "contains a character that cannot be stored";
            case "otherCooperative" -> "names another cooperative than the one imported into";
            case "duplicateInFile" -> "the same as row " + a0;
            case "exists" -> "already recorded in the cooperative";
            case "noSuchProduct" -> "no product of the cooperative with that id or name";
            case "ambiguousProduct" -> "several products have that name: give the product's id";
            case "noSuchPlace" -> "no place of the cooperative with that id or name";
            case "quantity" -> "a whole number from 1 to " + a0;
            case "hasStock" -> "the product already has stock there: correct it with a stock adjustment";
            case "unknownColumn" -> "unknown column";
            case "duplicateColumn" -> "the column appears twice";
            case "missingColumn" -> "required column missing";
            case "extraCells" -> "more cells than the header has columns";
            case "noRows" -> "the file has no rows below its header";
            case "empty" -> "the file is empty";
            case "tooLarge" -> "the file is larger than " + a0 + " bytes";
            case "tooManyRows" -> "more than " + a0 + " rows";
            case "notUtf8" -> "not UTF-8 text: save the CSV as \"CSV UTF-8\" or upload the Excel file";
            case "malformed" -> "not a readable CSV file (near row " + a0 + ")";
            case "notWorkbook" -> "not a readable Excel workbook (.xlsx)";
            default -> a0.isEmpty() ? code : a0;
        };
    }
}
