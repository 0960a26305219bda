using System.Net;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Tests.DirectLine.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DirectLine;

/// <summary>
/// Several instances and the shared database out of reach: clients get 503 with a Chinese message (they retry), the
/// outbox a failure it retries, never a 500 and never an activity numbered in memory where other instances cannot see it.
/// </summary>
public sealed class SharedLogUnavailableTests
{
    [Fact]
    public async Task Starting_reconnecting_and_posting_answer_503_while_the_shared_database_is_unreachable()
    {
        await using var app = new DirectLineApp { ExtraServices = services => services.AddSingleton<IDirectLineSharedLog>(new UnreachableLog()) };
        using var client = app.CreateDirectLineClient();
        var generated = await client.GenerateTokenAsync();

        using var started = await client.SendAsync(HttpMethod.Post, "/conversations", generated.Token);
        using var reconnected = await client.SendAsync(HttpMethod.Get, $"/conversations/{generated.Id}", generated.Token);
        using var posted = await client.PostMessageAsync(generated, "在吗");

        await ErrorAssert.IsErrorAsync(started, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        await ErrorAssert.IsErrorAsync(reconnected, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        await ErrorAssert.IsErrorAsync(posted, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
    }

    [Fact]
    public async Task A_send_to_the_chat_page_fails_for_the_outbox_to_retry()
    {
        await using var app = new DirectLineApp { ExtraServices = services => services.AddSingleton<IDirectLineSharedLog>(new UnreachableLog()) };
        var channel = app.Services.GetServices<ILocalChannel>().OfType<DirectLineChannel>().Single();

        var failure = await Assert.ThrowsAsync<ChannelDeliveryException>(() => channel.DeliverAsync(
            new Activity { Type = ActivityTypes.Message, Text = "开会提醒", Conversation = new ConversationAccount { Id = "some-conversation" } }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.False(failure.IsFinal);
    }

    private sealed class UnreachableLog : IDirectLineSharedLog
    {
        public bool IsShared => true;

        public Task<bool> StartAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken) => throw Unreachable();

        public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) => throw Unreachable();

        public Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, (string ActivityId, byte[] Json)> write, DateTimeOffset now, int keep, CancellationToken cancellationToken) => throw Unreachable();

        public Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);

        public ValueTask AnnounceAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public IDisposable Watch(string conversationId, Action appended) => new CancellationTokenSource();

        private static DirectLineStoreUnavailableException Unreachable() => new("connection refused", new TimeoutException());
    }
}
