-- wrk script for run-talk-steps.sh: each member walks through TEXTS (|-separated) as one conversation, like
-- commands.lua with STEP_BY_MEMBER=1, and each kind of turn is timed on its own. Run with as many threads as
-- connections (wrk -tN -cN): a thread then has one request in flight at a time, so the time from request() to
-- response() is that request's latency. Thread i speaks for members i, i+N, i+2N, ... (a member's turns never overlap);
-- members are staggered over the steps (member m first sends 帮助 m mod #TEXTS times). Only responses received
-- after WARMUP_SECONDS count, until MEASURED_SECONDS later (run wrk a little longer than both); each thread then writes
-- its figures to OUT_DIR (wrk cannot hand a thread's tables to done()), and done() prints turns/s and p50/p90/p99 per
-- text and over all.
local ffi = require("ffi")
ffi.cdef [[ typedef struct { long tv_sec; long tv_nsec; } bb_timespec; int clock_gettime(int clk_id, bb_timespec *tp); ]]
local clock = ffi.new("bb_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local connector = os.getenv("CONNECTOR_URL") or "http://127.0.0.1:3981/"
local members = tonumber(os.getenv("MEMBERS") or "1000")
local warmup_ms = tonumber(os.getenv("WARMUP_SECONDS") or "15") * 1000
local texts = {}
for text in string.gmatch(os.getenv("TEXTS") or "帮助", "[^|]+") do texts[#texts + 1] = text end

local threads = {}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

local out_dir = os.getenv("OUT_DIR") or "/tmp"
local measured_ms = tonumber(os.getenv("MEASURED_SECONDS") or "10") * 1000
local started_at, sent_at, sent_text, counter, mine, stride, written
local latencies = {} -- text index -> list of ms

function init(args)
  stride = tonumber(os.getenv("THREADS") or "32")
  mine = math.floor((members - 1 - id) / stride) + 1
  counter = 0
  started_at = now_ms()
  for i = 1, #texts do latencies[i] = {} end
end

request = function()
  local member = id + stride * (counter % mine)
  local step = math.floor(counter / mine) - (member % #texts)
  counter = counter + 1
  local text = step < 0 and "帮助" or texts[(step % #texts) + 1]
  sent_text = step >= 0 and (step % #texts) + 1 or nil
  local user = "u" .. member
  local body = string.format(
    '{"type":"message","id":"s%d-%d","channelId":"emulator","serviceUrl":"%s","text":"%s",' ..
    '"from":{"id":"%s","name":"党员%s"},"recipient":{"id":"bot","name":"BranchBot"},' ..
    '"conversation":{"id":"conv-%s"},"locale":"zh-CN"}',
    id, counter, connector, text, user, user, user)
  sent_at = now_ms()
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

local function write_figures()
  local file = io.open(string.format("%s/steps-%d.txt", out_dir, id), "w")
  for i, list in ipairs(latencies) do
    for _, ms in ipairs(list) do file:write(i, " ", ms, "\n") end
  end
  file:close()
  written = true
end

response = function(status, headers, body)
  local done_at = now_ms()
  if written then return end
  if done_at - started_at >= warmup_ms + measured_ms then
    write_figures()
  elseif sent_text and sent_at - started_at >= warmup_ms then
    local list = latencies[sent_text]
    list[#list + 1] = done_at - sent_at
  end
end

local function percentile(sorted, share)
  if #sorted == 0 then return 0 end
  return sorted[math.max(1, math.min(#sorted, math.ceil(share * #sorted)))]
end

local function line(name, list, seconds)
  table.sort(list)
  return string.format("  %-14s %7d turns  %7.0f/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms",
    name, #list, #list / seconds, percentile(list, 0.5), percentile(list, 0.9), percentile(list, 0.99))
end

function done(summary, latency, requests)
  local seconds = tonumber(os.getenv("MEASURED_SECONDS") or "10")
  local all, per_text = {}, {}
  for _, thread in ipairs(threads) do
    local file = io.open(string.format("%s/steps-%d.txt", out_dir, thread:get("id")), "r")
    if file then
      for line_read in file:lines() do
        local index, ms = string.match(line_read, "^(%d+) (.+)$")
        local text = texts[tonumber(index)]
        per_text[text] = per_text[text] or {}
        table.insert(per_text[text], tonumber(ms))
        all[#all + 1] = tonumber(ms)
      end
      file:close()
    end
  end
  print(line("all", all, seconds))
  for _, text in ipairs(texts) do
    if per_text[text] then
      local shown = text
      if #text > 24 then shown = string.sub(text, 1, 12) .. "…" end
      print(line(shown, per_text[text], seconds))
      per_text[text] = nil
    end
  end
end
