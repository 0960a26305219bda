using BranchBot.Core.Security;
using BranchBot.Security;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

/// <summary>
/// A claimed branch for talk scripts, with the real content protector on a throw-away key: 王书记 (secretary), 李四
/// (支委), 张三 and 赵六 (members). The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
internal sealed class TalkBranch
{
    public TalkBranch(BotHarness bot)
    {
        Bot = bot;
        Secretary = bot.ClaimedBranch();
        Zhang = bot.JoinedMember(Secretary, "zhang", "张三");
        Li = bot.JoinedMember(Secretary, "li", "李四");
        Zhao = bot.JoinedMember(Secretary, "zhao", "赵六");
        Secretary.Send("设置角色 李四 支委").ExpectReply("已将「李四」的角色由党员改为支委。");
        Li.ExpectNotification("你在支部中的角色已由党员改为支委");
    }

    public BotHarness Bot { get; }

    public ConversationScript Secretary { get; }

    public ConversationScript Zhang { get; }

    public ConversationScript Li { get; }

    public ConversationScript Zhao { get; }

    public static BotHarness NewBot() => new(services => services.AddContentProtection(ContentKeyRing.Ephemeral()));

    /// <summary>Moves the clock forward by whole days, keeping the time of day.</summary>
    public void DaysLater(int days) => Bot.Clock.Advance(TimeSpan.FromDays(days));
}
