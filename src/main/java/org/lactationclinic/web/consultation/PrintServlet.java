package org.lactationclinic.web.consultation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.lactationclinic.application.PrintService;
import org.lactationclinic.domain.shared.RecordNotFoundException;

/**
 * GET
 * /consultation/print?consultation=UUID&amp;document=plan|letter[&amp;format=pdf][&amp;mother=1[&amp;mentalHealth=1]][&amp;photos=1]:
 * the take-home plan or the provider letter (with the mother's findings, and her mental-health items, when chosen for
 * this letter and her consent allows; the photographs likewise), as the print view (the browser prints it) or as a PDF
 * download. Under /consultation/, so only a signed-in consultant reaches it. The address names the consultation by its
 * uuid only, never a name. Not cached by the browser or a proxy: the document holds health data.
 */
@WebServlet("/consultation/print")
public class PrintServlet extends HttpServlet {

    @Inject
    private PrintService printing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID consultation;
        try {
            consultation = UUID.fromString(String.valueOf(request.getParameter("consultation")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String document = request.getParameter("document");
        if (!"plan".equals(document) && !"letter".equals(document)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean pdf = "pdf".equals(request.getParameter("format"));
        // the letter's per-letter choice of the mother's details; PrintService still checks her consent
        boolean motherFindings = "1".equals(request.getParameter("mother"));
        boolean mentalHealth = motherFindings && "1".equals(request.getParameter("mentalHealth"));
        boolean photographs = "1".equals(request.getParameter("photos"));
        String base =
                request.getContextPath() + "/consultation/print?consultation=" + consultation + "&document=" + document
                        + (motherFindings ? "&mother=1" : "") + (mentalHealth ? "&mentalHealth=1" : "")
                        + (photographs ? "&photos=1" : "");
        PrintService.Links links = pdf
                ? null
                : new PrintService.Links(
                        base + "&format=pdf",
                        request.getContextPath() + "/consultation/care-plan.xhtml?consultation=" + consultation);
        PrintService.PrintedDocument printed;
        try {
            printed = "plan".equals(document)
                    ? printing.takeHomePlan(consultation, links)
                    : printing.providerLetter(consultation, links, motherFindings, mentalHealth, photographs);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(printed.mediaType());
        if (pdf) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"");
        }
        response.setContentLength(printed.content().length);
        response.getOutputStream().write(printed.content());
    }
}
