/*
 * Mounts Stripe's Payment Element (card, Alipay, WeChat Pay) on the confirmation page with the PaymentIntent's
 * client secret and the publishable key the server put on #payment-element, and confirms the payment with
 * Stripe.js. The order is marked paid by Stripe's webhook, never by this page. When Stripe.js cannot load
 * (no network, blocked), the page says so rather than showing an empty form.
 */
(function () {
    var WAIT_FOR_STRIPE_MS = 15000;

    function unavailable(host) {
        if (host.getAttribute('data-state') === 'mounted') {
            return;
        }
        document.getElementById('payment-message').textContent = host.getAttribute('data-unavailable');
        document.getElementById('pay-button').disabled = true;
        host.setAttribute('data-state', 'no-stripe-js');
    }

    function mount(host) {
        if (host.getAttribute('data-state') === 'mounted') {
            return;
        }
        var message = document.getElementById('payment-message');
        var button = document.getElementById('pay-button');
        var stripe = window.Stripe(host.getAttribute('data-publishable-key'), {locale: host.getAttribute('data-locale') || 'auto'});
        var elements = stripe.elements({clientSecret: host.getAttribute('data-client-secret')});
        elements.create('payment').mount(host);
        host.setAttribute('data-state', 'mounted');
        button.disabled = false;
        button.addEventListener('click', function () {
            button.disabled = true;
            stripe.confirmPayment({elements: elements, confirmParams: {return_url: host.getAttribute('data-return-url')}})
                .then(function (result) {
                    if (result.error) {
                        message.textContent = result.error.message;
                        button.disabled = false;
                    }
                });
        });
    }

    function start() {
        var host = document.getElementById('payment-element');
        if (!host) {
            return;
        }
        if (typeof window.Stripe === 'function') {
            mount(host);
            return;
        }
        host.setAttribute('data-state', 'waiting');
        document.getElementById('pay-button').disabled = true;
        var script = document.querySelector('script[src^="https://js.stripe.com/"]');
        if (script) {
            script.addEventListener('load', function () {
                if (typeof window.Stripe === 'function') {
                    mount(host);
                } else {
                    unavailable(host);
                }
            });
            script.addEventListener('error', function () {
                unavailable(host);
            });
        }
        window.setTimeout(function () {
            if (typeof window.Stripe === 'function') {
                mount(host);
            } else {
                unavailable(host);
            }
        }, WAIT_FOR_STRIPE_MS);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
