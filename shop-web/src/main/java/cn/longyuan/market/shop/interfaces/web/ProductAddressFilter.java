package cn.longyuan.market.shop.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable address of a product, {@code /products/7}, served by the product page {@code product.xhtml?id=7}
 * (a forward: the address bar keeps {@code /products/7}, and the language switch and the page's forms post back to
 * it). The other readable addresses ({@code /search}, {@code /crafts/…}, {@code /cooperatives/…}, {@code /artisans/…},
 * {@code /trace/…}) are OmniFaces MultiViews of pages named so; the product page keeps its older file name because
 * other pages link to it by outcome, and those links keep working.
 */
@WebFilter(urlPatterns = "/products/*", dispatcherTypes = DispatcherType.REQUEST)
public class ProductAddressFilter extends HttpFilter {

    /** The request attribute that carries the id of {@code /products/{id}} to the page. */
    public static final String ID_ATTRIBUTE = "cn.longyuan.market.shop.productId";

    private static final Pattern PRODUCT = Pattern.compile("/products/(\\d{1,18})/?");

    /** The readable address of a product, without the context path. */
    public static String of(long productId) {
        return "/products/" + productId;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher product = PRODUCT.matcher(path);
        if (!product.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // the id travels as an attribute, not as ?id=: the language switch posts back to the address with the
        // request's query string, which would otherwise gain the forward's
        request.setAttribute(ID_ATTRIBUTE, product.group(1));
        request.getRequestDispatcher("/product.xhtml").forward(request, response);
    }
}
