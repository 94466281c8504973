-- wrk script: orders placed AND paid, as a bank transfer's life goes. A request places an order through the public
-- API (one piece of a product drawn from PRODUCT_IDS, bank transfer, a unique Idempotency-Key); the next request of
-- the same wrk thread has federation staff confirm its payment through the back-office API (HTTP Basic, STAFF_AUTH =
-- base64 of "user:password"), which sells the held piece and traces it to production batches first in, first out
-- (the cost that grows with a product's batch history). done() prints the orders paid per second; wrk's own figures
-- mix both calls.
-- the order is bench/order.lua's (read from the directory bench/run runs wrk in): its setup, init and request
key_prefix = "bench-paid-"
dofile("bench/order.lua")
local place = request
local setup_thread = setup
local threads = {}
local to_pay = {}
-- globals of each thread's state, which done() reads with thread:get
paid = 0
refused = 0

function setup(thread)
    setup_thread(thread)
    table.insert(threads, thread)
end

local function pay(order)
    local headers = {}
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = "Basic " .. os.getenv("STAFF_AUTH")
    local body = '{"amount":"' .. order.total .. '","method":"BANK_TRANSFER","receivedOn":"' .. os.date("!%Y-%m-%d") .. '"}'
    return wrk.format("POST", "/admin/api/v1/orders/" .. order.number .. "/payment-received", headers, body)
end

function request()
    local order = table.remove(to_pay, 1)
    if order then
        return pay(order)
    end
    return place()
end

function response(status, headers, body)
    local number = body:match('"number"%s*:%s*"(LY[^"]+)"')
    if status == 201 and number then
        to_pay[#to_pay + 1] = { number = number, total = body:match('"total"%s*:%s*"([^"]+)"') }
    elseif status == 200 and number then
        paid = paid + 1
    else
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local total_paid, total_refused = 0, 0
    for _, thread in ipairs(threads) do
        total_paid = total_paid + (thread:get("paid") or 0)
        total_refused = total_refused + (thread:get("refused") or 0)
    end
    io.write(string.format("paid orders/s: %.2f (%d paid in %.1f s), refused answers: %d\n",
        total_paid / (summary.duration / 1e6), total_paid, summary.duration / 1e6, total_refused))
end
