/*
 * The idle-timeout warning (issue 11). The server ends a session 30 minutes (web.xml) after its last request;
 * this counts from the last request the page made (loading, or any AJAX request, autosaves included) and,
 * two minutes before the end, offers to stay signed in, which costs one tiny request (KeepAliveServlet).
 * Typing alone does not keep the session: the autosaves it causes do. Another tab's requests count too.
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

    /*
     * Every tab of the clinic shares one session, so the idle time counts from the last request of any of
     * them: each tab notes its requests in localStorage, and a tab whose own timer runs out first checks that
     * note before it warns or says the session ended.
     */
    var LAST_REQUEST_KEY = 'lactationClinic.lastRequestAt';

    function lastRequestAt() {
        try {
            var noted = Number(localStorage.getItem(LAST_REQUEST_KEY));
            return noted > 0 ? noted : 0;
        } catch (e) {
            return 0; // storage off (private mode): this tab counts on its own
        }
    }

    /** Plans the warning and the end from the last request of any tab. */
    function schedule(lastAt) {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        var endsAt = lastAt + settings.timeoutMs;
        warnTimer = setTimeout(function () {
            whenStillIdle(lastAt, function () {
                warn(endsAt);
            });
        }, Math.max(0, endsAt - WARN_BEFORE_MS - Date.now()));
        endTimer = setTimeout(function () {
            whenStillIdle(lastAt, ended);
        }, Math.max(0, endsAt - Date.now()));
        if (dialog()) {
            dialog().hide();
        }
    }

    /** Runs {@code then} unless another tab has made a request since {@code lastAt}; then plans again. */
    function whenStillIdle(lastAt, then) {
        var latest = lastRequestAt();
        if (latest > lastAt) {
            schedule(latest);
        } else {
            then();
        }
    }

    /** The server heard from the page just now: the idle time starts again, for every tab. */
    function touched() {
        if (!settings) {
            return;
        }
        var now = Date.now();
        try {
            localStorage.setItem(LAST_REQUEST_KEY, String(now));
        } catch (e) {
            // storage off (private mode): this tab counts on its own
        }
        schedule(now);
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
        // A listener, not an onclick attribute: the Content-Security-Policy allows no inline handlers (issue 15).
        var stayButton = document.getElementById('staySignedIn');
        if (stayButton) {
            stayButton.addEventListener('click', stay);
        }
        $(document).on('pfAjaxComplete', touched);
        window.addEventListener('storage', function (event) {
            if (event.key === LAST_REQUEST_KEY && settings) {
                schedule(lastRequestAt());
            }
        });
    });

    return {stay: stay, touched: touched};
})(jQuery);
