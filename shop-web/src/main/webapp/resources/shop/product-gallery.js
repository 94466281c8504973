/*
 * The product page's pictures open large: a click (or Enter) on a picture of the strip shows it in PrimeFaces'
 * full-screen galleria (widgetVar "photos") instead of following the link to the image itself, which stays what
 * happens without this script. Focus goes to the galleria's close button while it is open, Escape closes it, and
 * focus then returns to the picture she opened. A script resource of the shop's own address: nothing inline, so it
 * runs under the page's CSP.
 */
(function () {
    'use strict';

    var opener = null;

    function galleria() {
        return window.PF && document.querySelector('.gallery-large') ? PF('photos') : null;
    }

    function visibleMask() {
        return document.querySelector('.ui-galleria-mask.ui-galleria-visible');
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a.gallery-open');
        var widget = link && galleria();
        if (!widget || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        opener = link;
        widget.show(parseInt(link.getAttribute('data-index'), 10) || 0);
        var close = document.querySelector('.gallery-large .ui-galleria-close');
        if (close) {
            close.focus();
        }
    });

    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('.gallery-large .ui-galleria-close') && opener) {
            opener.focus();
        }
    });

    document.addEventListener('keydown', function (event) {
        var widget = galleria();
        if (!widget || !visibleMask()) {
            return;
        }
        if (event.key === 'Escape') {
            widget.hide();
            if (opener) {
                opener.focus();
            }
        } else if (event.key === 'ArrowRight') {
            widget.next();
        } else if (event.key === 'ArrowLeft') {
            widget.prev();
        }
    });
})();
