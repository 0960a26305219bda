-- wrk script: the everyday mix from 1,000 members (emulator channel, u0..u999): a rules question, 近期安排, 我的信息,
-- 帮助, 签到, in turn. Replies go to the loopback connector.
local counter = 0
local connector = os.getenv("CONNECTOR_URL") or "http://127.0.0.1:3981/"
local members = tonumber(os.getenv("MEMBERS") or "1000")
local texts = { "问 三会一课是什么", "近期安排", "我的信息", "帮助", "签到" }

request = function()
  counter = counter + 1
  local user = "u" .. (counter % members)
  local text = texts[(counter % #texts) + 1]
  local body = string.format(
    '{"type":"message","id":"a%d","channelId":"emulator","serviceUrl":"%s","text":"%s",' ..
    '"from":{"id":"%s","name":"党员%s"},"recipient":{"id":"bot","name":"BranchBot"},' ..
    '"conversation":{"id":"conv-%s"},"locale":"zh-CN"}',
    counter, connector, text, user, user, user)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end
