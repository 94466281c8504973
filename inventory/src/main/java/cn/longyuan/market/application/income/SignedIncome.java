package cn.longyuan.market.application.income;

import cn.longyuan.market.domain.model.income.IncomeEntry.Kind;
import java.util.function.ToIntFunction;

/**
 * The ledger's signs in SQL, for native queries over {@code income_entry}: written from {@link Kind}'s signs, so
 * that "a reversal counts negative, a piece rate is no sale" is said once, in the domain.
 */
public final class SignedIncome {

    private SignedIncome() {}

    /** The row's pieces as sold: a sale's add, a reversal's subtract, piecework's are 0. */
    public static String pieces(String alias) {
        return signed(alias, "quantity", Kind::saleSign);
    }

    /** The row's sale value, signed as its pieces. */
    public static String saleFen(String alias) {
        return signed(alias, "sale_fen", Kind::saleSign);
    }

    /** A share of the row ({@code artisan_fen}, {@code cooperative_fen}, {@code broker_fen}): a reversal's subtract. */
    public static String share(String alias, String column) {
        return signed(alias, column, Kind::earningSign);
    }

    /** {@code case when kind = 'SALE' then x when …}, for the table aliased {@code alias} (empty for none). */
    private static String signed(String alias, String column, ToIntFunction<Kind> sign) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        StringBuilder sql = new StringBuilder("(case");
        for (Kind kind : Kind.values()) {
            int s = sign.applyAsInt(kind);
            sql.append(" when ")
                    .append(prefix)
                    .append("kind = '")
                    .append(kind.name())
                    .append("' then ")
                    .append(s == 0 ? "0" : (s < 0 ? "-" : "") + prefix + column);
        }
        return sql.append(" end)").toString();
    }
}
