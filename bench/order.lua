-- wrk script: every request places a new order through the public API (a unique Idempotency-Key per request), one
-- piece of a product drawn from the ids in the file named by PRODUCT_IDS (one per line), paid by bank transfer (its
-- stock is held until it expires), so the load exercises stock reservation as buyers do.
local ids = {}
local counter = 0
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("tid", thread_id)
end

function init(args)
    for line in io.lines(os.getenv("PRODUCT_IDS")) do
        ids[#ids + 1] = line
    end
    math.randomseed(os.time() + tid * 7919)
end

function request()
    counter = counter + 1
    local product = ids[math.random(#ids)]
    local body = '{"lines":[{"productId":"' .. product .. '","quantity":1}],'
        .. '"contact":{"name":"压测买家","phone":"13900000000"},'
        .. '"shippingAddress":{"province":"甘肃省","city":"金昌市","line":"北京路 1 号"},'
        .. '"paymentMethod":"BANK_TRANSFER"}'
    local headers = {}
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = (key_prefix or "bench-") .. os.time() .. "-" .. tid .. "-" .. counter
    return wrk.format("POST", "/api/v1/orders", headers, body)
end

function done(summary, latency, requests)
end
