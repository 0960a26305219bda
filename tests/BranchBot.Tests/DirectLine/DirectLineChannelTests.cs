using Moq;
using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Tests.DirectLine.Support;

namespace BranchBot.Tests.DirectLine;

public sealed class DirectLineChannelTests
{
    [Fact]
    public async Task A_proactive_send_reaches_a_live_conversation_and_answers_its_id()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var conversation = await client.StartAsync();
        var reference = app.Bot.Received.Single().GetConversationReference();

        var response = await app.Service<ProactiveSender>().SendAsync(reference, Activity.CreateMessage("明天上午九点开支委会。"), SendAttempts.ClientRetries, CancellationToken.None);

        var last = DirectLineTestClient.Activities(await client.GetActivitiesAsync(conversation)).Last();
        Assert.Equal("明天上午九点开支委会。", DirectLineTestClient.Text(last));
        Assert.Equal(response.Id, last.GetProperty("id").GetString());
        app.Connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_proactive_send_to_a_conversation_no_longer_in_memory_recreates_it()
    {
        await using var app = new DirectLineApp();
        using var client = app.CreateDirectLineClient();
        var tokens = app.Service<BotFramework.DirectLine.Security.DirectLineTokenService>();
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            // Saved before a restart under another public URL: still this channel.
            ServiceUrl = "https://old-name.example:8443/v3/directline/",
            Conversation = new ConversationAccount { Id = "webchat-remembered" },
            User = new ChannelAccount { Id = "web-remembered" },
            Bot = new ChannelAccount { Id = "branchbot" },
        };

        var response = await app.Service<ProactiveSender>().SendAsync(reference, Activity.CreateMessage("提醒：本月党费请按时缴纳。"), SendAttempts.ClientRetries, CancellationToken.None);

        var token = tokens.Issue("webchat-remembered", "web-remembered").Token;
        using var reconnect = await client.SendAsync(HttpMethod.Get, "/conversations/webchat-remembered", token);
        var activity = DirectLineTestClient.Activities(await client.GetActivitiesAsync(new TestConversation("webchat-remembered", token, null))).Single();
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(response.Id, activity.GetProperty("id").GetString());
        Assert.Equal("提醒：本月党费请按时缴纳。", DirectLineTestClient.Text(activity));
        Assert.Equal("http://bot.test/v3/directline/", activity.GetProperty("serviceUrl").GetString());
        app.Connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Sends_to_other_channels_still_go_through_the_connector()
    {
        await using var app = new DirectLineApp();
        app.Connector
            .Setup(c => c.SendToConversationAsync("https://smba.trafficmanager.net/cn/", "teams-1", It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse("teams-activity"));
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/cn/",
            Conversation = new ConversationAccount { Id = "teams-1" },
        };

        var response = await app.Service<ProactiveSender>().SendAsync(reference, Activity.CreateMessage("你好"), SendAttempts.ClientRetries, CancellationToken.None);

        Assert.Equal("teams-activity", response.Id);
    }

    [Fact]
    public async Task A_send_to_a_conversation_id_that_cannot_be_direct_line_is_a_final_failure()
    {
        await using var app = new DirectLineApp();
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            ServiceUrl = "http://bot.test/v3/directline/",
            Conversation = new ConversationAccount { Id = "../../etc" },
        };

        var failure = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            app.Service<ProactiveSender>().SendAsync(reference, Activity.CreateMessage("你好"), SendAttempts.ClientRetries, CancellationToken.None));

        Assert.True(failure.IsFinal);
        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
    }
}
