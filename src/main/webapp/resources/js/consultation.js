/*
 * The consultation page (issue 12): sections she can collapse, twins as tabs on a narrow screen, links from the
 * flags summary and the error list to the field concerned, focus on what she just added, and a question before a
 * row is removed. What the page shows after an AJAX redraw is
 * re-applied here, since the server draws every section open and the first baby's tab chosen.
 */
var LcConsultation = (function ($) {
    'use strict';

    var closed = {};      // ids of the sections she collapsed
    var activeChart = 0;  // the baby shown when twins are tabs
    var FOCUSABLE = 'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

    function byId(id) {
        return document.getElementById(id);
    }

    function chartIndexOf(element) {
        var chart = element.closest && element.closest('.lc-chart');
        if (!chart) {
            return -1;
        }
        var match = /:charts:(\d+):infant$/.exec(chart.id);
        return match ? parseInt(match[1], 10) : -1;
    }

    /** Opens what hides an element: a collapsed section, or the other twin's tab. */
    function reveal(element) {
        var index = chartIndexOf(element);
        if (index >= 0 && index !== activeChart) {
            showInfant(index);
        }
        for (var details = element.closest('details'); details; details = details.parentElement.closest('details')) {
            details.open = true;
        }
    }

    function firstFocusable(element) {
        if (element.matches(FOCUSABLE)) {
            return element;
        }
        return element.querySelector(FOCUSABLE);
    }

    /** Moves the focus to a field named by its client id (a widget's own input when it has one). */
    function goTo(clientId) {
        var element = byId(clientId) || byId(clientId + '_input') || byId(clientId + '_focus');
        if (!element) {
            return true; // let the link do what links do
        }
        reveal(element);
        var target = firstFocusable(element) || element;
        if (!target.matches(FOCUSABLE)) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus({preventScroll: true});
        (element.closest('.field, .row-entry, fieldset, .epds-item') || element).scrollIntoView({block: 'center'});
        return false;
    }

    /** After an Add: the focus goes to the first empty field of the row just added, or its first field. */
    function focusAdded(chartSelector, rowSelector) {
        var rows = document.querySelectorAll(chartSelector + ' ' + rowSelector);
        if (rows.length === 0) {
            return;
        }
        var row = rows[rows.length - 1];
        var empty = Array.prototype.filter.call(row.querySelectorAll('input[type=text]:not(:disabled)'), function (input) {
            return !input.value;
        });
        var target = empty[0] || firstFocusable(row);
        if (target) {
            target.focus({preventScroll: true});
            row.scrollIntoView({block: 'center'});
        }
    }

    function confirmRemove(button) {
        return window.confirm(button.getAttribute('data-confirm'));
    }

    /** After Save, Sign or Save amendment: when refused, the focus goes to the first reason, beside the buttons. */
    function afterSubmit(args) {
        if (args && args.validationFailed) {
            var first = document.querySelector('.action-errors-list a, .action-errors-list');
            if (first) {
                if (!first.matches('a')) {
                    first.setAttribute('tabindex', '-1');
                }
                first.focus({preventScroll: true});
            }
        }
    }

    function showInfant(index) {
        activeChart = index;
        apply();
    }

    /** Names each error link after its field's label, which the server's message does not always say. */
    function labelErrors() {
        document.querySelectorAll('.lc-error-link:not([data-labelled])').forEach(function (link) {
            var id = link.getAttribute('data-target');
            var label = document.querySelector('label[for="' + id + '"], label[for="' + id + '_input"], label[for="' + id + '_focus"]');
            link.setAttribute('data-labelled', 'true');
            if (label) {
                var text = label.textContent.replace(/\*/g, '').trim();
                if (text && link.textContent.indexOf(text) < 0) {
                    link.textContent = text + ': ' + link.textContent;
                }
            }
        });
    }

    var barObserver = window.ResizeObserver ? new ResizeObserver(function (entries) {
        var bar = entries[entries.length - 1].target;
        document.body.style.setProperty('--lc-bar-height', bar.getBoundingClientRect().height + 'px');
    }) : null;
    var observedBar = null;

    /** The page scrolls above the action bar (consultation.css), whose height changes with what it shows. */
    function observeBar() {
        var bar = document.querySelector('.action-bar');
        if (barObserver && bar && bar !== observedBar) {
            if (observedBar) {
                barObserver.unobserve(observedBar);
            }
            barObserver.observe(bar);
            observedBar = bar; // a redraw of the form replaces the bar
        }
    }

    function apply() {
        observeBar();
        Object.keys(closed).forEach(function (id) {
            var details = byId(id);
            if (details) {
                details.open = false;
            }
        });
        var many = document.querySelector('.infants-many');
        if (many) {
            many.querySelectorAll('.lc-chart').forEach(function (chart) {
                chart.classList.toggle('lc-tab-hidden', chartIndexOf(chart) !== activeChart);
            });
            many.querySelectorAll('.infant-tab').forEach(function (tab) {
                var selected = parseInt(tab.getAttribute('data-chart'), 10) === activeChart;
                tab.setAttribute('aria-selected', String(selected));
                tab.setAttribute('tabindex', selected ? '0' : '-1');
            });
        }
        labelErrors();
    }

    function init() {
        document.addEventListener('toggle', function (event) {
            var details = event.target;
            if (details.matches && details.matches('details.lc-section') && details.id) {
                if (details.open) {
                    delete closed[details.id];
                } else {
                    closed[details.id] = true;
                }
            }
        }, true); // toggle does not bubble
        $(document).on('click', '.infant-tab', function () {
            showInfant(parseInt(this.getAttribute('data-chart'), 10));
        });
        $(document).on('keydown', '.infant-tab', function (event) {
            var tabs = $('.infant-tab');
            var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (step !== 0) {
                var next = (activeChart + step + tabs.length) % tabs.length;
                showInfant(next);
                tabs.get(next).focus();
                event.preventDefault();
            }
        });
        // A choice list marked lc-recomputes (radio buttons or check boxes) sends its change through the form's
        // "recompute" command (edit.xhtml): the list processed, the live flags redrawn, as a p:ajax on the list would
        // (see edit.xhtml for why not). PrimeFaces' check boxes trigger the change on their hidden input, which bubbles.
        $(document).on('change', '.lc-recomputes input[type=radio], .lc-recomputes input[type=checkbox]', function () {
            if (typeof window.lcRecompute !== 'function') {
                return; // a read-only page: edit.xhtml renders no command
            }
            var command = this.form.id + ':recompute';
            PrimeFaces.ab({s: command, f: this.form.id, p: command + ' ' + this.name, u: '@(.lc-live)'});
        });
        // A scored item's answers begin with their score ("2 · Grasps breast"; a HATLFF item's are the score alone):
        // typing that digit chooses the answer, as the arrow keys would, one key instead of up to four, and sends the
        // same change a click does.
        $(document).on('keydown', '.scored-item input[type=radio], .hatlff-item input[type=radio]', function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) {
                return;
            }
            var group = document.getElementsByName(this.name);
            var answer = Array.prototype.find.call(group, function (radio) {
                var label = document.querySelector('label[for="' + radio.id + '"]');
                return label && (/^\s*(\d+)\s*(?:·|$)/.exec(label.textContent) || [])[1] === event.key;
            });
            if (answer) {
                event.preventDefault();
                answer.focus();
                if (!answer.checked) {
                    answer.click();
                }
            }
        });
        $(document).on('click', '.section-index a[data-chart]', function () {
            showInfant(parseInt(this.getAttribute('data-chart'), 10));
        });
        // A section's link (or its Alt shortcut) opens the section and puts the focus on its first field.
        $(document).on('click', '.section-index a', function (event) {
            var section = byId(this.getAttribute('href').substring(1));
            if (!section) {
                return;
            }
            if (section.tagName === 'DETAILS') {
                section.open = true;
            }
            var field = Array.prototype.find.call(section.querySelectorAll(FOCUSABLE), function (candidate) {
                return !candidate.closest('summary') && candidate.offsetParent !== null || candidate.type === 'radio';
            });
            if (field) {
                event.preventDefault();
                field.focus({preventScroll: true});
                (field.closest('.field, fieldset, .epds-item') || field).scrollIntoView({block: 'center'});
            }
        });
        $(document).on('click', 'a.lc-goto', function (event) {
            if (goTo(this.getAttribute('data-target')) === false) {
                event.preventDefault();
            }
        });
        $(document).on('pfAjaxComplete', apply);
        apply();
        // The visit starts with the scales: a draft opens with the focus in the first baby's weight.
        var weight = document.querySelector('.lc-chart-0 input[id$=":weight"]:not(:disabled)');
        if (weight && !window.location.hash && document.activeElement === document.body) {
            weight.focus({preventScroll: true});
        }
    }

    $(init);

    return {goTo: goTo, focusAdded: focusAdded, confirmRemove: confirmRemove, afterSubmit: afterSubmit, showInfant: showInfant};
})(jQuery);
