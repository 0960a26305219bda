-- wrk script: everyday commands from MEMBERS members (emulator channel, u0..u{MEMBERS-1}), real member ids cycled.
-- TEXTS is a |-separated list sent in turn (one text: that command alone; several: the mix).
-- With STEP_BY_MEMBER=1 each member goes through the texts in order, as one conversation (谈心, four answers, 提交):
--   * members are staggered (member m first sends 帮助 m mod N times), so at any moment they are spread over every
--     step rather than all answering, then all submitting, together;
--   * STEP_STATE names a file that carries the turn counter from one wrk run to the next (warm-up, then the measured
--     run), so each member's conversation continues where the previous run left it instead of starting over mid-dialog.
-- With STOP_AFTER=N and STEP_STATE the thread stops sending once N requests have been sent over the runs sharing that
-- file (wrk itself still waits out -d): run-organisation.sh repeats short runs until every member has spoken once,
-- however slowly the server records their first chat addresses.
counter = 0 -- global: done() reads it from the thread
local connector = os.getenv("CONNECTOR_URL") or "http://127.0.0.1:3981/"
local members = tonumber(os.getenv("MEMBERS") or "1000")
local by_member = os.getenv("STEP_BY_MEMBER") == "1"
local state_file = os.getenv("STEP_STATE")
local stop_after = tonumber(os.getenv("STOP_AFTER") or "0")
local texts = {}
for text in string.gmatch(os.getenv("TEXTS") or "帮助", "[^|]+") do texts[#texts + 1] = text end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  if (by_member or stop_after > 0) and state_file then
    local file = io.open(state_file, "r")
    if file then
      counter = tonumber(file:read("*l") or "0") or 0
      file:close()
    end
  end
end

local function text_for(member, turn)
  if not by_member then
    return texts[(counter % #texts) + 1]
  end
  local step = turn - (member % #texts)
  if step < 0 then
    return "帮助"
  end
  return texts[(step % #texts) + 1]
end

request = function()
  if stop_after > 0 and counter >= stop_after then
    wrk.thread:stop()
  end
  local member = counter % members
  local user = "u" .. member
  local text = text_for(member, math.floor(counter / members))
  counter = counter + 1
  local body = string.format(
    '{"type":"message","id":"a%d","channelId":"emulator","serviceUrl":"%s","text":"%s",' ..
    '"from":{"id":"%s","name":"党员%s"},"recipient":{"id":"bot","name":"BranchBot"},' ..
    '"conversation":{"id":"conv-%s"},"locale":"zh-CN"}',
    counter, connector, text, user, user, user)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  if (by_member or stop_after > 0) and state_file then
    local file = io.open(state_file, "w")
    file:write(tostring(threads[1]:get("counter")) .. "\n")
    file:close()
  end
end
