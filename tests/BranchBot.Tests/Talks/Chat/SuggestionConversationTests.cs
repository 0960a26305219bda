using BranchBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

public class SuggestionConversationTests
{
    [Fact]
    public async Task A_suggestion_is_sent_anonymously_and_the_secretary_list_shows_no_name()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("匿名建议 希望组织生活会多留时间讨论").ExpectReply("已匿名提交你的建议");
        Assert.Contains("不保存你的姓名、账号等任何身份信息", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhao.Send("匿名建议").ExpectReply("请写下你的建议")
            .Send("学习资料能不能早点发").ExpectReply("已匿名提交你的建议");

        branch.Secretary.Send("匿名建议列表").ExpectReply("匿名建议 2 条");
        var list = branch.Secretary.LastReplyText;
        Assert.Contains("希望组织生活会多留时间讨论", list, StringComparison.Ordinal);
        Assert.Contains("学习资料能不能早点发", list, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", list, StringComparison.Ordinal);
        Assert.DoesNotContain("赵六", list, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_stored_suggestion_carries_nothing_about_its_sender()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("匿名建议 希望多组织专题学习").ExpectReply("已匿名提交");

        var stored = Assert.Single(await bot.Services.GetRequiredService<ISuggestionStore>().ListAsync(CancellationToken.None));
        var zhang = await bot.Membership.FindByNameAsync("张三", CancellationToken.None);
        var document = stored.ToString();
        Assert.DoesNotContain(zhang!.Id, document, StringComparison.Ordinal);
        Assert.DoesNotContain("zhang", document, StringComparison.Ordinal);
        Assert.DoesNotContain("专题学习", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_secretary_reads_the_suggestions()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("匿名建议列表").ExpectReply("只有支部书记可以使用「匿名建议列表」");
        branch.Secretary.Send("匿名建议列表").ExpectReply("目前还没有匿名建议");
        bot.User("stranger").Send("匿名建议 随便说说").ExpectReply("你还没有加入本支部");
    }
}
