package cn.longyuan.market.application.payment;

import cn.longyuan.market.application.shared.DemoDataWanted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The account a buyer pays a bank transfer into: the platform's account run by the federation, from
 * {@code BANK_TRANSFER_PAYEE}, {@code BANK_TRANSFER_BANK} and {@code BANK_TRANSFER_ACCOUNT}. All three or none:
 * a transfer to an account holder without a number cannot be made. An empty value counts as missing (an unset
 * variable in a compose file). With the demo data and nothing configured, invented demo details stand in, so that
 * a demo shows what a buyer reads.
 */
@ApplicationScoped
public class BankTransferPayee {

    /** What the buyer types into her bank's transfer form. */
    public record Details(String accountHolder, String bank, String accountNumber) {}

    static final Details DEMO = new Details("金川区妇女联合会（陇原巧手集市演示账户）", "中国农业银行金昌金川支行（演示）", "6228 4800 0000 0000 000");

    private static final Logger LOG = Logger.getLogger(BankTransferPayee.class.getName());

    private Optional<Details> details;

    protected BankTransferPayee() {
        // for CDI proxies
    }

    @Inject
    public BankTransferPayee(Config config) {
        this(
                read(config, "BANK_TRANSFER_PAYEE"),
                read(config, "BANK_TRANSFER_BANK"),
                read(config, "BANK_TRANSFER_ACCOUNT"),
                DemoDataWanted.by(config));
    }

    public BankTransferPayee(Optional<String> holder, Optional<String> bank, Optional<String> account, boolean demo) {
        if (holder.isPresent() && bank.isPresent() && account.isPresent()) {
            details = Optional.of(new Details(holder.get(), bank.get(), account.get()));
        } else if (holder.isEmpty() && bank.isEmpty() && account.isEmpty() && demo) {
            details = Optional.of(DEMO);
        } else {
            // a half-configured payee would send buyers' money nowhere: show none rather than a part
            details = Optional.empty();
            if (holder.isPresent() || bank.isPresent() || account.isPresent()) {
                LOG.warning("BANK_TRANSFER_PAYEE, BANK_TRANSFER_BANK and BANK_TRANSFER_ACCOUNT must be set together; "
                        + "buyers are shown no account to transfer to");
            }
        }
    }

    public static BankTransferPayee of(Details details) {
        return new BankTransferPayee(
                Optional.of(details.accountHolder()),
                Optional.of(details.bank()),
                Optional.of(details.accountNumber()),
                false);
    }

    public static BankTransferPayee none() {
        return new BankTransferPayee(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** The payee, when configured (or the demo's); empty: the buyer is told to wait for the details by mail or phone. */
    public Optional<Details> details() {
        return details;
    }

    private static Optional<String> read(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
