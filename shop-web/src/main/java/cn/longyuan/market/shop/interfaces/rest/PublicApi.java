package cn.longyuan.market.shop.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public REST API. Mounted at {@code /api} (resources live under {@code v1/}) so that every path
 * below {@code /api/}, known or not, is answered by JAX-RS with a JSON body, never by a Faces error page.
 */
@ApplicationPath("/api")
public class PublicApi extends Application {}
