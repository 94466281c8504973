package cn.longyuan.market.shop.interfaces.web.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.longyuan.market.shop.interfaces.web.cart.CartAddition.Outcome;
import org.junit.jupiter.api.Test;

class CartAdditionTest {

    @Test
    void allSheAskedForWhenThereAreEnough() {
        assertEquals(Outcome.ADDED, new CartAddition(2, 1, 3, 5).outcome());
    }

    @Test
    void fewerThanSheAskedForWhenNotEnoughAreLeft() {
        assertEquals(Outcome.LIMITED, new CartAddition(4, 1, 3, 3).outcome());
        assertEquals(Outcome.LIMITED, new CartAddition(4, 0, 2, 2).outcome());
    }

    @Test
    void noneWhenNoneIsLeftOrAllThatAreAreInHerCart() {
        assertEquals(Outcome.NONE_AVAILABLE, new CartAddition(1, 0, 0, 0).outcome());
        assertEquals(Outcome.ALL_IN_CART, new CartAddition(1, 3, 3, 3).outcome());
    }
}
