package cn.longyuan.market.admin.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The back-office REST API for scripts and integrations, at {@code /admin/api} (resources under
 * {@code v1/}); every path below it answers JSON.
 */
@ApplicationPath("/api")
public class BackOfficeApi extends Application {}
