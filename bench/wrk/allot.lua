-- wrk script for Allot's HTTP workloads. Usage:
--   wrk -t2 -c32 -d15s -s bench/wrk/allot.lua http://127.0.0.1:PORT -- MODE key=value ...
-- MODE: book   (POST /api/v1/bookings; rmin, nres, base (epoch s), slots: random resource and half-hour slot)
--       search (GET /api/v1/resources?minCapacity=8&amenity=projector&freeFrom&freeTo; base, slots)
--       read   (GET /api/v1/resources/{id} and GET /api/v1/bookings?after= (the first slice by cursor,
--               nothing counted), half each; rmin, nres)
-- Environment: BENCH_TOKENS (file, one bearer token per line: real users, picked at random per request),
-- BENCH_OUT (file the summary is written to, as key=value lines), BENCH_IDS (prefix of the files
-- that receive the id of every booking answered 201, one file per thread).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local mode, opt, tokens, idfile
n201, n2xx, n409, n4xx, n5xx, nother = 0, 0, 0, 0, 0, 0

function init(args)
  mode = args[1]
  opt = {}
  for i = 2, #args do
    local k, v = string.match(args[i], "([^=]+)=(.*)")
    opt[k] = tonumber(v) or v
  end
  tokens = {}
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then table.insert(tokens, line) end
  end
  math.randomseed(os.time() * 1000 + tid)
  if mode == "book" and os.getenv("BENCH_IDS") then
    idfile = io.open(os.getenv("BENCH_IDS") .. "." .. tid, "w")
  end
end

local function iso(epoch)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", epoch)
end

local function headers()
  return { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
           ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
end

function request()
  if mode == "book" then
    local r = opt.rmin + math.random(0, opt.nres - 1)
    local s = opt.base + math.random(0, opt.slots - 1) * 1800
    local body = string.format(
      '{"resourceId": %d, "startsAt": "%s", "endsAt": "%s", "title": "%s", "attendees": 1}',
      r, iso(s), iso(s + 1800), opt.title or "wrk")
    return wrk.format("POST", "/api/v1/bookings", headers(), body)
  elseif mode == "search" then
    local f = opt.base + math.random(0, opt.slots - 2) * 1800
    local path = string.format("/api/v1/resources?minCapacity=8&amenity=projector&freeFrom=%s&freeTo=%s",
      iso(f), iso(f + 3600))
    return wrk.format("GET", path, headers())
  else
    if math.random(2) == 1 then
      return wrk.format("GET", "/api/v1/resources/" .. (opt.rmin + math.random(0, opt.nres - 1)), headers())
    end
    return wrk.format("GET", "/api/v1/bookings?after=", headers())
  end
end

function response(status, hdrs, body)
  if status == 201 then
    n201 = n201 + 1
    if idfile then
      local loc = hdrs["Location"] or hdrs["location"] or ""
      local id = string.match(loc, "(%d+)$")
      if id then idfile:write(id, "\n"); idfile:flush() end
    end
  elseif status >= 200 and status < 300 then n2xx = n2xx + 1
  elseif status == 409 then n409 = n409 + 1
  elseif status >= 500 then n5xx = n5xx + 1
  elseif status >= 400 then n4xx = n4xx + 1
  else nother = nother + 1 end
end

function done(summary, latency, requests)
  local c = { n201 = 0, n2xx = 0, n409 = 0, n4xx = 0, n5xx = 0, nother = 0 }
  for _, t in ipairs(threads) do
    for k, _ in pairs(c) do c[k] = c[k] + (t:get(k) or 0) end
  end
  local e = summary.errors
  local out = {
    string.format("requests=%d", summary.requests),
    string.format("duration_s=%.3f", summary.duration / 1e6),
    string.format("rps=%.1f", summary.requests / (summary.duration / 1e6)),
    string.format("p50_ms=%.2f", latency:percentile(50) / 1000),
    string.format("p99_ms=%.2f", latency:percentile(99) / 1000),
    string.format("socket_errors=%d", e.connect + e.read + e.write + e.timeout),
  }
  for k, v in pairs(c) do table.insert(out, string.format("%s=%d", k, v)) end
  local text = table.concat(out, "\n") .. "\n"
  io.write(text)
  if os.getenv("BENCH_OUT") then
    local f = io.open(os.getenv("BENCH_OUT"), "w"); f:write(text); f:close()
  end
end
