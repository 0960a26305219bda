-- wrk script: 帮助 from 200 distinct users (emulator channel, u0..u199), replies go to the loopback connector.
local counter = 0
local connector = os.getenv("CONNECTOR_URL") or "http://127.0.0.1:3981/"

request = function()
  counter = counter + 1
  local user = "u" .. (counter % 200)
  local body = string.format(
    '{"type":"message","id":"a%d","channelId":"emulator","serviceUrl":"%s","text":"帮助",' ..
    '"from":{"id":"%s","name":"党员%s"},"recipient":{"id":"bot","name":"BranchBot"},' ..
    '"conversation":{"id":"conv-%s"},"locale":"zh-CN"}',
    counter, connector, user, user, user)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end
