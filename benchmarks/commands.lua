-- wrk script: everyday commands from MEMBERS members (emulator channel, u0..u{MEMBERS-1}), real member ids cycled.
-- TEXTS is a |-separated list sent in turn (one text: that command alone; several: the mix). With STEP_BY_MEMBER=1
-- each member goes through the texts in order (a dialog: 谈心 then an answer) instead of the texts rotating by turn.
local counter = 0
local connector = os.getenv("CONNECTOR_URL") or "http://127.0.0.1:3981/"
local members = tonumber(os.getenv("MEMBERS") or "1000")
local by_member = os.getenv("STEP_BY_MEMBER") == "1"
local texts = {}
for text in string.gmatch(os.getenv("TEXTS") or "帮助", "[^|]+") do texts[#texts + 1] = text end

request = function()
  counter = counter + 1
  local user = "u" .. (counter % members)
  local step = by_member and math.floor(counter / members) or counter
  local text = texts[(step % #texts) + 1]
  local body = string.format(
    '{"type":"message","id":"a%d","channelId":"emulator","serviceUrl":"%s","text":"%s",' ..
    '"from":{"id":"%s","name":"党员%s"},"recipient":{"id":"bot","name":"BranchBot"},' ..
    '"conversation":{"id":"conv-%s"},"locale":"zh-CN"}',
    counter, connector, text, user, user, user)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end
