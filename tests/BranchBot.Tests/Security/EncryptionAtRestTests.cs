using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Talks;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Security;

/// <summary>
/// 谈心 content written through the real services into a LiteDB file: after the database is closed, its bytes (and any
/// log file beside it) hold none of it, in UTF-8 (what BSON uses) or UTF-16, while names stay plain and the content
/// still reads back through the services with the key.
/// </summary>
public sealed class EncryptionAtRestTests : IDisposable
{
    private const string Thought = "最近在认真学习二十大报告，体会很深";
    private const string Work = "项目进度压力很大，经常加班到深夜";
    private const string Life = "母亲生病住院了，家里需要照顾";
    private const string Suggestion = "建议党课多结合青年党员的实际工作";
    private const string DraftAnswer = "还没想好怎么说的心里话";
    private const string TalkTopics = "谈了岗位调整后的思想波动";
    private const string TalkIssues = "对晋升问题有些情绪";
    private const string TalkFollowUp = "下个月再约一次深入交流";
    private const string AnonymousText = "希望支部的账目公开得更及时一些";
    private const string FollowUpNote = "已上门看望，送去慰问金";

    private static readonly string[] Content =
        [Thought, Work, Life, Suggestion, DraftAnswer, TalkTopics, TalkIssues, TalkFollowUp, AnonymousText, FollowUpNote];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-at-rest-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string DatabaseFile => Path.Combine(_folder.FullName, "branchbot.db");

    [Fact]
    public async Task The_database_file_holds_no_talk_or_feedback_content_in_plain_text()
    {
        await using (var bot = OpenBot())
        {
            await WriteEverythingAsync(bot);
        }

        var bytes = _folder.GetFiles().SelectMany(f => File.ReadAllBytes(f.FullName)).ToArray();

        foreach (var text in Content)
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(text)), $"UTF-8 plain text found in the database: {text}");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(text)), $"UTF-16 plain text found in the database: {text}");
            Assert.False(Contains(bytes, Encoding.BigEndianUnicode.GetBytes(text)), $"UTF-16BE plain text found in the database: {text}");
            // Fragments too, in case a store splits or trims text.
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(text[..6])), $"A fragment of content found in the database: {text[..6]}");
        }

        // The control: the data is there, encrypted, and names are plain as expected.
        Assert.True(Contains(bytes, Encoding.UTF8.GetBytes(AesGcmContentProtector.Prefix)));
        Assert.True(Contains(bytes, Encoding.UTF8.GetBytes("张三")));
    }

    [Fact]
    public async Task After_a_restart_with_the_same_key_the_content_reads_back_through_the_services()
    {
        await using (var bot = OpenBot())
        {
            await WriteEverythingAsync(bot);
        }

        await using var restarted = OpenBot();
        var secretary = await MemberAsync(restarted, "secretary");

        var records = await restarted.Services.GetRequiredService<TalkRecordService>().ListForAsync(secretary, "张三", CancellationToken.None);
        Assert.True(records.Succeeded, records.Problem?.ToString());
        var talk = Assert.Single(records.Value!.Talks);
        Assert.Equal((TalkTopics, TalkIssues, TalkFollowUp), (talk.Topics, talk.Issues, talk.FollowUp));
        var feedback = Assert.Single(records.Value.Feedback);
        Assert.Equal([Thought, Work, Life, Suggestion], feedback.Answers.Select(a => a.Text));

        var suggestions = await restarted.Services.GetRequiredService<SuggestionService>().ListAsync(secretary, CancellationToken.None);
        Assert.Equal(AnonymousText, Assert.Single(suggestions.Value!).Text);
    }

    [Fact]
    public async Task With_another_key_the_content_is_unreadable_rather_than_shown()
    {
        await using (var bot = OpenBot())
        {
            await WriteEverythingAsync(bot);
        }

        await using var wrongKey = OpenBot(ContentKeyRing.Ephemeral());
        var secretary = await MemberAsync(wrongKey, "secretary");

        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() =>
            wrongKey.Services.GetRequiredService<SuggestionService>().ListAsync(secretary, CancellationToken.None));
    }

    private BotHarness OpenBot(ContentKeyRing? keys = null) => new(services =>
    {
        services.AddSingleton(_ => LiteDbContext.Open($"Filename={DatabaseFile};Connection=direct"));
        if (keys is not null)
        {
            services.AddSingleton(keys);
        }
    });

    private static async Task WriteEverythingAsync(BotHarness bot)
    {
        var secretaryScript = bot.ClaimedBranch();
        bot.JoinedMember(secretaryScript, "zhang", "张三");
        bot.JoinedMember(secretaryScript, "li", "李四");
        var secretary = await MemberAsync(bot, "secretary");
        var zhang = await MemberAsync(bot, "zhang");
        var li = await MemberAsync(bot, "li");

        var feedback = bot.Services.GetRequiredService<FeedbackService>();
        await feedback.StartAsync(zhang, CancellationToken.None);
        foreach (var (topic, text) in new[] { (FeedbackTopic.ThoughtAndStudy, Thought), (FeedbackTopic.WorkDifficulties, Work), (FeedbackTopic.LifeHelp, Life), (FeedbackTopic.BranchSuggestions, Suggestion) })
        {
            var answered = await feedback.AnswerAsync(zhang, topic, text, CancellationToken.None);
            Assert.True(answered.Succeeded, answered.Problem?.ToString());
        }

        var submitted = await feedback.SubmitAsync(zhang, visitWanted: true, CancellationToken.None);
        Assert.True(submitted.Succeeded, submitted.Problem?.ToString());

        // 李四 stops after one answer: the draft is stored too.
        await feedback.StartAsync(li, CancellationToken.None);
        Assert.True((await feedback.AnswerAsync(li, FeedbackTopic.ThoughtAndStudy, DraftAnswer, CancellationToken.None)).Succeeded);

        var talk = await bot.Services.GetRequiredService<TalkRecordService>().RecordTalkAsync(
            secretary, "张三", new TalkEntry(TalkTopics, Form: TalkForm.Phone, Issues: TalkIssues, FollowUp: TalkFollowUp), CancellationToken.None);
        Assert.True(talk.Succeeded, talk.Problem?.ToString());

        Assert.True((await bot.Services.GetRequiredService<SuggestionService>().SubmitAnonymousAsync(AnonymousText, CancellationToken.None)).Succeeded);

        var task = new FollowUpTask
        {
            Id = FollowUpTask.NewId(),
            MemberId = zhang.Id,
            FeedbackId = submitted.Value!.Feedback.Record.Id,
            Kinds = [HardshipKind.Illness],
            DueDate = new DateOnly(2026, 12, 2),
        };
        await bot.Services.GetRequiredService<IFeedbackStore>().SaveFollowUpAsync(task, CancellationToken.None);
        var done = await bot.Services.GetRequiredService<FollowUpService>().CompleteFollowUpAsync(secretary, task.Id, FollowUpNote, CancellationToken.None);
        Assert.True(done.Succeeded, done.Problem?.ToString());

        // The secretary reads the records (audited): reading writes no content either.
        Assert.True((await bot.Services.GetRequiredService<TalkRecordService>().ListForAsync(secretary, "张三", CancellationToken.None)).Succeeded);
    }

    private static async Task<Member> MemberAsync(BotHarness bot, string userId) =>
        await bot.Services.GetRequiredService<IMembershipStore>().FindByChatAccountAsync(new ChatAccount("test", userId), CancellationToken.None)
        ?? throw new InvalidOperationException($"No member on test|{userId}.");

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
