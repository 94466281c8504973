package cn.longyuan.market.shop.interfaces.web.order;

import cn.longyuan.market.application.buyers.BuyerAccounts;
import cn.longyuan.market.application.ordering.ReturnRequests;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The photo a buyer attached to a return request, for her alone ({@code /return-photos/7-thumb.jpg?number=…&token=…}):
 * as the order page, it is reached with the order's token, or without it by the logged-in buyer whose order it is.
 * Anything else — a wrong token, another order's request, a request without photo — is 404, the same for all, so the
 * address tells nothing. Never cached by shared caches. Always the re-encoded JPEG, never the uploaded bytes.
 */
@WebServlet("/return-photos/*")
public class ReturnPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(-thumb)?\\.jpg");

    @Inject
    private ReturnRequests returns;

    @Inject
    private BuyerAccounts accounts;

    /** The thumbnail's address on the order page (relative to the shop's root); without a token for her own order. */
    static String thumbnailUrl(long requestId, String number, String tokenOrNull) {
        return "/return-photos/" + requestId + "-thumb.jpg?number=" + encode(number)
                + (tokenOrNull == null ? "" : "&token=" + encode(tokenOrNull));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        String number = blankToNull(request.getParameter("number"));
        String token = blankToNull(request.getParameter("token"));
        Optional<byte[]> bytes = Optional.empty();
        if (m.matches() && number != null) {
            long id = Long.parseLong(m.group(1));
            boolean thumbnail = m.group(2) != null;
            Principal caller = request.getUserPrincipal();
            if (token != null) {
                bytes = returns.photoForToken(number, token, id, thumbnail);
            } else if (caller != null) {
                bytes = accounts.byLogin(caller.getName())
                        .flatMap(b -> returns.photoForBuyer(b.accountId(), number, id, thumbnail));
            }
        }
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(bytes.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
