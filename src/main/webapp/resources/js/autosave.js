/*
 * Autosave of a draft form (issue 11): a consultant must never lose typed charting.
 *
 * The form is posted through the page's remote command (the same save path as the Save button, with the
 * version the form was loaded at) a few seconds after she stops typing, when she leaves a field, when the tab
 * is hidden, and before she follows a link; the server decides whether that writes a revision or keeps a
 * scratch copy and, for a scratch copy, says when to post again so the record catches up within the minute.
 * While something typed has not reached the server, leaving the page asks first.
 *
 * Changes are counted rather than flagged: a change made while a save is on its way is not marked saved
 * by that save's answer.
 */
var LcAutosave = (function ($) {
    'use strict';

    var PAUSE_MS = 3000;
    var settings = null;
    var changes = 0;      // changes made on the form so far
    var sending = 0;      // the count the request on its way carries
    var saved = 0;        // the count the server has
    var inFlight = false;
    var recordDue = false; // the server kept a scratch copy: post again when it asks, changed or not
    var leaving = false;
    var pauseTimer = null;
    var recordTimer = null;
    var afterSave = null;

    function enabled() {
        return settings !== null && typeof window.lcAutosave === 'function';
    }

    function unsaved() {
        return changes > saved || inFlight;
    }

    function formSelector() {
        return 'form[id="' + settings.form + '"]';
    }

    function status(text) {
        var element = document.getElementById(settings.form + ':autosave');
        if (element) {
            element.textContent = text;
        }
    }

    function schedule() {
        clearTimeout(pauseTimer);
        pauseTimer = setTimeout(saveNow, PAUSE_MS);
    }

    function changed() {
        changes++;
        schedule();
    }

    function saveNow() {
        clearTimeout(pauseTimer);
        if (!enabled() || inFlight || !(changes > saved || recordDue)) {
            return;
        }
        sending = changes;
        recordDue = false;
        window.lcAutosave();
    }

    /** A save is on its way (autosave, Save or Sign). */
    function saving() {
        inFlight = true;
        sending = changes;
        if (settings) {
            status(settings.saving);
        }
    }

    /** Its answer: the server redrew the status; this notes what is saved and what comes next. */
    function savedAnswer(xhr, result, args) {
        inFlight = false;
        var ok = result === 'success' && !(args && args.validationFailed);
        if (ok) {
            saved = Math.max(saved, sending);
            clearTimeout(recordTimer);
            if (args && args.autosaveAgainInMs !== undefined) {
                recordTimer = setTimeout(function () {
                    recordDue = true;
                    saveNow();
                }, args.autosaveAgainInMs + 500);
            }
        } else if (result !== 'success' && settings) {
            status(settings.unreachable);
        }
        var next = afterSave;
        if (next && ok && changes > saved) {
            saveNow(); // a link waits: what she typed while this save was on its way goes first
            return;
        }
        afterSave = null;
        if (next) {
            next(ok);
        } else if (ok && changes > saved) {
            schedule(); // she typed on while this save was on its way
        }
    }

    function leaveTo(href) {
        leaving = true;
        window.location.href = href;
    }

    /** A link followed with changes not yet saved: save first, then go; ask when the save failed. */
    function beforeFollowing(event) {
        var link = event.currentTarget;
        var href = link.getAttribute('href');
        if (!enabled() || leaving || !unsaved() || !href || href.charAt(0) === '#' || href.indexOf('javascript:') === 0
            || link.target === '_blank'
            || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        afterSave = function (ok) {
            if (ok || window.confirm(settings.leave)) {
                leaveTo(link.href);
            }
        };
        if (!inFlight) {
            saveNow(); // otherwise the answer on its way leads on (and sends what was typed since)
        }
    }

    function init() {
        var element = document.getElementById('autosaveSettings');
        if (!element) {
            return;
        }
        settings = {
            form: element.getAttribute('data-form'),
            saving: element.getAttribute('data-saving'),
            unreachable: element.getAttribute('data-unreachable'),
            leave: element.getAttribute('data-leave')
        };
        var form = formSelector();
        // Delegated to the document: most buttons redraw the whole form, and PrimeFaces widgets signal their
        // changes through jQuery events, which native listeners would miss.
        $(document).on('input change', form + ' :input', changed);
        $(document).on('focusout', form + ' :input', function () {
            if (changes > saved) {
                saveNow();
            }
        });
        // Rows added or removed change the form on the server only; and such buttons redraw the whole form,
        // so what was typed must reach the server before, not after, the redraw.
        document.addEventListener('click', function (event) {
            var button = event.target.closest && event.target.closest('button[id*=":add"], button[id*=":remove"]');
            if (button && button.closest(form)) {
                if (changes > saved) {
                    saveNow(); // queued by PrimeFaces ahead of the button's own request
                }
                changed();
            }
        }, true);
        $(document).on('click', 'a[href]', beforeFollowing);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') {
                saveNow();
            }
        });
        window.addEventListener('pagehide', saveNow);
        window.addEventListener('beforeunload', function (event) {
            if (enabled() && !leaving && unsaved()) {
                saveNow();
                event.preventDefault();
                event.returnValue = settings.leave; // older browsers show nothing without it
                return settings.leave;
            }
            return undefined;
        });
        if (element.getAttribute('data-pending') === 'true') {
            recordDue = true; // the form shows an autosaved copy the record does not have yet
            recordTimer = setTimeout(saveNow, PAUSE_MS);
        }
    }

    /** After a reload of the stored version: nothing on the form is unsaved any more. */
    function reset() {
        saved = changes;
        recordDue = false;
        clearTimeout(pauseTimer);
        clearTimeout(recordTimer);
    }

    $(init);

    /** The server saved the form and sends her on (a redirect answer): no "leave unsaved?" question on the way. */
    function leavingSaved(data) {
        if (data && data.getElementsByTagName && data.getElementsByTagName('redirect').length > 0) {
            leaving = true;
        }
    }

    return {saving: saving, saved: savedAnswer, reset: reset, saveNow: saveNow, hasUnsavedChanges: unsaved,
        leavingSaved: leavingSaved};
})(jQuery);
