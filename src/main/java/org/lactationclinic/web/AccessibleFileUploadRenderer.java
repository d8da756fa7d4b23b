package org.lactationclinic.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple file upload without the {@code aria-hidden="true"} it writes on its native file field: the field
 * is the visible, focusable control, so hiding it left a screen reader on an unnamed element (axe-core:
 * aria-hidden-focus). Registered for PrimeFaces' renderer type in faces-config.xml.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleMarkup(FacesContext context, FileUpload upload) throws IOException {
        if (upload.isSkinSimple()) {
            super.encodeSimpleMarkup(context, upload);
            return;
        }
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(AriaFixingWriter.dropping(original, "input", "aria-hidden"));
        try {
            super.encodeSimpleMarkup(context, upload);
        } finally {
            context.setResponseWriter(original);
        }
    }
}
