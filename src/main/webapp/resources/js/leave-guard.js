/*
 * For forms that do not autosave (the family and the care plan): leaving with changes not yet saved asks
 * first (issue 11). A change is any input or widget change on the form; a save the server accepted clears it.
 */
var LcLeaveGuard = (function ($) {
    'use strict';

    var settings = null;
    var dirty = false;
    var submitting = false;

    $(function () {
        var element = document.getElementById('leaveGuardSettings');
        if (!element) {
            return;
        }
        settings = {form: element.getAttribute('data-form'), leave: element.getAttribute('data-leave')};
        $(document).on('input change', 'form[id="' + settings.form + '"] :input', function () {
            dirty = true;
        });
        window.addEventListener('beforeunload', function (event) {
            if (dirty && !submitting) {
                event.preventDefault();
                event.returnValue = settings.leave; // older browsers show nothing without it
                return settings.leave;
            }
            return undefined;
        });
    });

    return {
        /** A save is on its way; if it answers with a redirect, that is not leaving unsaved. */
        saving: function () {
            submitting = true;
        },
        saved: function (xhr, status, args) {
            submitting = false;
            if (status === 'success' && !(args && args.validationFailed)) {
                dirty = false;
            }
        }
    };
})(jQuery);
