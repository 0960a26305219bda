namespace BranchBot.Tests.Talks.Nudges;

/// <summary>A 谈心请求 left waiting for days is brought back to its addressee once a week until the talk is recorded.</summary>
public class TalkRequestNudgeTests
{
    [Fact]
    public async Task A_request_waiting_for_days_is_nudged_weekly_until_the_talk_is_recorded()
    {
        await using var branch = TalkNudgeScenario.Start();
        branch.Zhang.Send("约谈心").ExpectReply("已告诉书记");
        branch.Drain();

        // Asked this morning: not yet a nudge.
        Assert.Equal(0, await branch.Nudges.SendRequestNudgesAsync(CancellationToken.None));

        branch.SetLocalTime(new DateTime(2026, 11, 30, 9, 30, 0));
        Assert.Equal(1, await branch.Nudges.SendRequestNudgesAsync(CancellationToken.None));
        var nudge = Assert.Single(branch.Take(branch.Secretary));
        Assert.Equal("【谈心请求提醒】以下同志想找你谈心谈话，已经等了几天：\n· 张三（11月25日提出）\n请和他们约个时间；谈完后发送「记录谈心 姓名 谈话内容」记录，就不再提醒。", nudge);
        Assert.Empty(branch.Take(branch.Zhang));

        // Once a week, however often the daily job runs.
        branch.SetLocalTime(new DateTime(2026, 12, 1, 9, 30, 0));
        Assert.Equal(0, await branch.Nudges.SendRequestNudgesAsync(CancellationToken.None));

        branch.SetLocalTime(new DateTime(2026, 12, 7, 9, 30, 0));
        Assert.Equal(1, await branch.Nudges.SendRequestNudgesAsync(CancellationToken.None));
        branch.Drain();

        await branch.RecordTalkAsync("secretary", "张三");
        branch.Drain();
        branch.SetLocalTime(new DateTime(2026, 12, 14, 9, 30, 0));
        Assert.Equal(0, await branch.Nudges.SendRequestNudgesAsync(CancellationToken.None));
        Assert.Empty(branch.Take(branch.Secretary));
    }
}
