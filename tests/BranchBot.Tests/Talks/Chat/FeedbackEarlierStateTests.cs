using System.Text.Json.Nodes;
using BranchBot.Core.Conversations;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Engine;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

/// <summary>
/// A 谈心 in progress when the server is updated goes on: the stack the step-by-step dialog saved (a step number, its
/// form under its own key) is taken up by the form dialog. The update is a second server over the same database file.
/// </summary>
public sealed class FeedbackEarlierStateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("branchbot-feedback-state-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "branchbot.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private BotHarness Server() => new(services => services.AddSingleton(_ => LiteDbContext.Open($"Filename={DatabaseFile};Connection=direct")));

    [Fact]
    public async Task A_conversation_saved_by_the_step_by_step_dialog_takes_the_next_answer_after_the_update()
    {
        await using (var bot = Server())
        {
            new TalkBranch(bot).Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
                .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到");
        }

        await using var updated = Server();
        var zhang = updated.User("zhang");
        await SaveEarlierStackAsync(updated, zhang);

        zhang.Send("项目进度有点紧").ExpectReply("生活上有没有需要组织帮忙")
            .Send("没有").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("1. 近期思想和学习情况：最近在学习党章");
        Assert.Contains("2. 工作上的困难：项目进度有点紧", zhang.LastReplyText, StringComparison.Ordinal);
    }

    /// <summary>Replaces the stack the first server saved with what the step-by-step dialog kept while waiting for the answer to the second question.</summary>
    private static async Task SaveEarlierStackAsync(BotHarness server, ConversationScript member)
    {
        var today = DateOnly.FromDateTime(server.Services.GetRequiredService<BranchClock>().Now.DateTime);
        var instance = new DialogInstance { Id = "talks.feedback", State = new JsonObject { ["step"] = 2, ["values"] = new JsonObject() } };
        instance.State.Set("talks.feedbackForm", new { Date = today, Asking = FeedbackTopic.WorkDifficulties, VisitAsked = false, OfferingResume = false });
        var state = new DialogState { Stack = [instance] };
        var key = $"{member.ChannelId}|{member.ConversationId}|{member.UserId}";
        var store = server.Services.GetRequiredService<IConversationStateStore>();
        var saved = await store.GetAsync(key, CancellationToken.None);
        Assert.Contains("talks.feedback", saved!.DialogStateJson, StringComparison.Ordinal);
        await store.SaveAsync(new ConversationStateRecord(key, state.ToJson(), DateTimeOffset.UnixEpoch), CancellationToken.None);
    }
}
