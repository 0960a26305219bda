using BranchBot.Core.Knowledge;
using BranchBot.Core.Organisation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// Branches that see the same stored knowledge entries share one index (the files are parsed once per process); a
/// branch's own entry gives that branch an index of its own, which the other branch neither gets nor answers from.
/// </summary>
public class SharedKnowledgeIndexTests
{
    [Fact]
    public async Task Branches_share_the_index_until_one_adds_its_own_entry_which_only_its_members_are_answered_from()
    {
        await using var bot = new BotHarness();
        var (_, zhang, li, zhao) = TwoBranchScript.Start(bot);
        var scopes = bot.Services.GetRequiredService<IBranchScopes>();
        var second = (await scopes.OpenBranchIdsAsync(CancellationToken.None)).Single(id => id != scopes.PrimaryBranchId);
        var firstKnowledge = bot.Services.GetRequiredService<KnowledgeBase>();
        var secondKnowledge = scopes.For(second).GetRequiredService<KnowledgeBase>();

        Assert.NotSame(firstKnowledge, secondKnowledge);
        Assert.Same(bot.Services.GetRequiredService<SharedKnowledge>(), scopes.For(second).GetRequiredService<SharedKnowledge>());
        Assert.Same(firstKnowledge.Index, secondKnowledge.Index);

        li.Send("添加问答 支部的党旗坏了去哪里领").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("向机关党委办公室领取，登记后即可领新的党旗。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("请确认")
            .Send("确认").ExpectReply("已添加问答");

        Assert.NotSame(firstKnowledge.Index, secondKnowledge.Index);
        Assert.Equal(firstKnowledge.Index.Count + 1, secondKnowledge.Index.Count);
        zhao.Send("问 支部的党旗坏了去哪里领").ExpectReply("向机关党委办公室领取");
        zhang.Send("问 支部的党旗坏了去哪里领").ExpectReplyNotContaining("没有找到确切规定", "机关党委办公室");
    }
}
