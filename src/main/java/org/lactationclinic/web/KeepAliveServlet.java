package org.lactationclinic.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in" in the session warning: touching the session restarts its idle timeout. A request that costs nothing
 * else, so the warning never has to post a page (and its form) to keep her signed in. Answers 401 when the session has
 * already ended, so the page can say so instead of pretending.
 */
@WebServlet("/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        boolean signedIn = request.getSession(false) != null && request.getRemoteUser() != null;
        response.setStatus(signedIn ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
