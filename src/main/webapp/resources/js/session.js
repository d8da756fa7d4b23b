/*
 * The idle-timeout warning (issue 11). The server ends a session 30 minutes (web.xml) after its last request;
 * this counts from the last request the page made (loading, or any AJAX request, autosaves included) and,
 * two minutes before the end, offers to stay signed in, which costs one tiny request (KeepAliveServlet).
 * Typing alone does not keep the session: the autosaves it causes do.
 */
var LcSession = (function ($) {
    'use strict';

    var WARN_BEFORE_MS = 2 * 60 * 1000;
    var settings = null;
    var warnTimer = null;
    var endTimer = null;

    function text(value) {
        document.getElementById('sessionWarningText').textContent = value;
    }

    function dialog() {
        return PF('sessionWarning');
    }

    /** The server heard from the page just now: the idle time starts again. */
    function touched() {
        if (!settings) {
            return;
        }
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        var endsAt = Date.now() + settings.timeoutMs;
        warnTimer = setTimeout(function () {
            warn(endsAt);
        }, Math.max(0, settings.timeoutMs - WARN_BEFORE_MS));
        endTimer = setTimeout(ended, settings.timeoutMs);
        if (dialog()) {
            dialog().hide();
        }
    }

    function warn(endsAt) {
        var end = new Date(endsAt);
        var time = String(end.getHours()).padStart(2, '0') + ':' + String(end.getMinutes()).padStart(2, '0');
        text(settings.warning.replace('{0}', time));
        document.getElementById('staySignedIn').style.display = '';
        dialog().show();
    }

    function ended() {
        text(settings.ended);
        document.getElementById('staySignedIn').style.display = 'none';
        dialog().show();
    }

    function stay() {
        fetch(settings.keepAlive, {method: 'POST', credentials: 'same-origin', cache: 'no-store', redirect: 'manual'})
            .then(function (response) {
                if (response.status === 204) {
                    touched();
                } else {
                    ended();
                }
            })
            .catch(ended);
    }

    $(function () {
        var element = document.getElementById('sessionSettings');
        if (!element) {
            return;
        }
        settings = {
            timeoutMs: Number(element.getAttribute('data-timeout-seconds')) * 1000,
            keepAlive: element.getAttribute('data-keep-alive'),
            warning: element.getAttribute('data-text'),
            ended: element.getAttribute('data-ended')
        };
        if (!(settings.timeoutMs > 0)) {
            settings = null; // no idle timeout: nothing to warn about
            return;
        }
        touched();
        $(document).on('pfAjaxComplete', touched);
    });

    return {stay: stay, touched: touched};
})(jQuery);
