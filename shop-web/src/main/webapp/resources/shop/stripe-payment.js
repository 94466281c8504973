/*
 * Mounts Stripe's Payment Element (card, Alipay, WeChat Pay) on the confirmation page with the PaymentIntent's
 * client secret and the publishable key the server put on #payment-element, and confirms the payment with
 * Stripe.js. The order is marked paid by Stripe's webhook, never by this page.
 */
(function () {
    function start() {
        var host = document.getElementById('payment-element');
        if (!host) {
            return;
        }
        var message = document.getElementById('payment-message');
        var button = document.getElementById('pay-button');
        if (typeof window.Stripe !== 'function') {
            message.textContent = host.getAttribute('data-unavailable');
            button.disabled = true;
            host.setAttribute('data-state', 'no-stripe-js');
            return;
        }
        var stripe = window.Stripe(host.getAttribute('data-publishable-key'), {locale: host.getAttribute('data-locale') || 'auto'});
        var elements = stripe.elements({clientSecret: host.getAttribute('data-client-secret')});
        elements.create('payment').mount(host);
        host.setAttribute('data-state', 'mounted');
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
    // Stripe.js loads asynchronously: wait for the whole page (scripts included) before mounting
    if (document.readyState === 'complete') {
        start();
    } else {
        window.addEventListener('load', start);
    }
})();
