package org.lactationclinic.web.consultation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.lactationclinic.application.PhotoService;
import org.lactationclinic.domain.photo.PhotoBytes;
import org.lactationclinic.domain.shared.RecordNotFoundException;

/**
 * GET /consultation/photo?photo=UUID[&amp;size=thumb]: a consultation's photograph, or its thumbnail, as stored (the
 * re-encoded pixels, no metadata). Under /consultation/, so only a signed-in consultant reaches it; every answer is on
 * record as a view (PhotoService). Never cached by the browser or a proxy, shown inline and never sniffed as anything
 * but the image it is; SecurityHeadersFilter adds the policy of every page that is not a Faces page.
 */
@WebServlet("/consultation/photo")
public class PhotoServlet extends HttpServlet {

    @Inject
    private PhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID photo;
        try {
            photo = UUID.fromString(String.valueOf(request.getParameter("photo")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhotoBytes bytes;
        try {
            bytes = photos.view(photo, "thumb".equals(request.getParameter("size")));
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // no-store and nosniff come from SecurityHeadersFilter, like every answer that is not a static file
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"photograph-" + photo + (bytes.mediaType().equals("image/png") ? ".png" : ".jpg")
                        + "\"");
        response.setContentType(bytes.mediaType());
        response.setContentLength(bytes.content().length);
        response.getOutputStream().write(bytes.content());
    }
}
