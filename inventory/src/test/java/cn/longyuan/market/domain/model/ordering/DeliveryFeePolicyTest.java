package cn.longyuan.market.domain.model.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class DeliveryFeePolicyTest {

    static final ShippingAddress JINCHANG = new ShippingAddress("CN", "甘肃省", "金昌市", "金川区", "北京路 18 号", "737100");
    static final ShippingAddress HAMBURG =
            new ShippingAddress("DE", "Hamburg", "Hamburg", null, "Elbchaussee 1", "22763");

    @Test
    void aDomesticPartBelowTheThresholdPaysTheFlatFee() {
        assertEquals(Money.parse("12.00"), DeliveryFeePolicy.feeForPart(Money.parse("68.00"), JINCHANG));
        assertEquals(Money.parse("12.00"), DeliveryFeePolicy.feeForPart(Money.parse("198.99"), JINCHANG));
    }

    @Test
    void aDomesticPartShipsFreeFrom199Yuan() {
        assertEquals(Money.ZERO, DeliveryFeePolicy.feeForPart(Money.parse("199.00"), JINCHANG));
        assertEquals(Money.ZERO, DeliveryFeePolicy.feeForPart(Money.parse("1000.00"), JINCHANG));
    }

    @Test
    void aPartGoingAbroadPays90YuanWhateverItsSubtotal() {
        assertEquals(Money.parse("90.00"), DeliveryFeePolicy.feeForPart(Money.parse("68.00"), HAMBURG));
        assertEquals(Money.parse("90.00"), DeliveryFeePolicy.feeForPart(Money.parse("5000.00"), HAMBURG));
    }

    @Test
    void onlyChinaIsDomestic() {
        assertEquals(
                Money.parse("90.00"),
                DeliveryFeePolicy.feeForPart(
                        Money.parse("68.00"), new ShippingAddress("HK", "香港", "香港", null, "皇后大道中 1 号", null)));
    }
}
