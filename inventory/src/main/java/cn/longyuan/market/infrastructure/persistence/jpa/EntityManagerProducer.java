package cn.longyuan.market.infrastructure.persistence.jpa;

import cn.longyuan.market.application.shared.MarketDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The classic container-managed, transaction-scoped entity manager: a thread-safe proxy that joins the
 * current JTA transaction, or reads in a short-lived one without — in request threads and in the managed
 * executor's threads alike.
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @MarketDatabase
    @PersistenceContext(unitName = "longyuan")
    private EntityManager entityManager;
}
