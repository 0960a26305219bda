using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Help;

/// <summary>
/// A bot with every chat command the host registers (the web console's too) and one person in each role:
/// 王书记 (书记), 副书记甲 (副书记), 李四 (支委), 孙组长 (党小组长), 张三 (党员).
/// </summary>
internal sealed class HelpBranch : IAsyncDisposable
{
    public HelpBranch()
    {
        // The harness is the host's composition: the web console's commands are there too.
        Bot = new BotHarness();
        Secretary = Bot.ClaimedBranch();
        Deputy = Bot.JoinedMember(Secretary, "deputy", "副书记甲");
        Committee = Bot.JoinedMember(Secretary, "li", "李四");
        GroupLeader = Bot.JoinedMember(Secretary, "sun", "孙组长", "第一党小组");
        Member = Bot.JoinedMember(Secretary, "zhang", "张三", "第一党小组");
        Secretary.Send("设置角色 副书记甲 副书记").ExpectReply("已将「副书记甲」的角色由党员改为副书记。")
            .Send("设置角色 李四 支委").ExpectReply("已将「李四」的角色由党员改为支委。")
            .Send("设置角色 孙组长 党小组长").ExpectReply("已将「孙组长」的角色由党员改为党小组长。");
        Deputy.ExpectNotification("改为副书记");
        Committee.ExpectNotification("改为支委");
        GroupLeader.ExpectNotification("改为党小组长");
    }

    public BotHarness Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript Deputy { get; }

    public ConversationScript Committee { get; }

    public ConversationScript GroupLeader { get; }

    public ConversationScript Member { get; }

    public IEnumerable<ConversationScript> Everyone => [Secretary, Deputy, Committee, GroupLeader, Member];

    public CommandCatalog Catalog => Bot.Services.GetRequiredService<CommandCatalog>();

    public HelpResponder Help => Bot.Services.GetRequiredService<HelpResponder>();

    /// <summary>The sender the bot resolves for a person's messages.</summary>
    public Sender SenderOf(ConversationScript person)
    {
        var account = new ChatAccount(person.ChannelId, person.UserId);
        var member = Bot.Membership.FindByChatAccountAsync(account, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var branch = Bot.Membership.GetBranchAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return new Sender(account, null, member, branch);
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
