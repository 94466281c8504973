/*
 * A message next to a field that was refused for being empty ("必填", "required") goes away as soon as she fills
 * the field; every other message stays until the form is sent again and the server checks it once more.
 *
 * Which messages are about an empty field needs no list of texts: a field that was empty as the server wrote the
 * page (its defaultValue, the option or radio written as selected) can only have been refused for being empty, since
 * nothing else is checked on a field left empty. A password is never written back, so its message (required, too
 * short, not the same) goes once she types a new one. The listeners sit on the document, so forms redrawn by an
 * ajax update (the checkout's, the address book's) are served without setting anything up again. Runs under the
 * page's CSP as a script resource of the shop's own address.
 */
(function () {
    'use strict';

    var CONTROLS = 'input, select, textarea';

    function writtenEmpty(control) {
        if (control.type === 'radio' || control.type === 'checkbox') {
            var group = (control.form || document).querySelectorAll('input[name="' + control.name + '"]');
            return !Array.prototype.some.call(group, function (c) { return c.defaultChecked; });
        }
        if (control.tagName === 'SELECT') {
            var written = Array.prototype.find.call(control.options, function (o) { return o.defaultSelected; })
                || control.options[0];
            return !written || written.value === '';
        }
        return control.defaultValue.trim() === '';
    }

    function nowEmpty(control) {
        if (control.type === 'radio' || control.type === 'checkbox') {
            var group = (control.form || document).querySelectorAll('input[name="' + control.name + '"]');
            return !Array.prototype.some.call(group, function (c) { return c.checked; });
        }
        return control.value.trim() === '';
    }

    function filled(event) {
        var control = event.target;
        if (!control.matches || !control.matches(CONTROLS) || control.type === 'hidden') {
            return;
        }
        var field = control.closest('.field');
        if (!field || nowEmpty(control) || !writtenEmpty(control)) {
            return;
        }
        field.querySelectorAll('.ui-message, .field-error').forEach(function (message) {
            message.textContent = '';
            message.classList.remove('ui-message-error', 'ui-widget', 'ui-corner-all');
        });
        field.querySelectorAll('.ui-state-error').forEach(function (marked) {
            marked.classList.remove('ui-state-error');
        });
        field.querySelectorAll('[aria-invalid="true"]').forEach(function (marked) {
            marked.removeAttribute('aria-invalid');
        });
    }

    document.addEventListener('input', filled);
    document.addEventListener('change', filled);
})();
