namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>Whether a sender may use a command, and the Chinese refusal when not.</summary>
public static class AudienceCheck
{
    public static bool Allows(CommandAudience audience, Sender sender) => Refusal(audience, sender, string.Empty) is null;

    /// <summary>The refusal of <paramref name="command"/> for this sender, with the command's hint of what they may use instead.</summary>
    public static string? Refusal(IChatCommand command, Sender sender, string keyword)
    {
        ArgumentNullException.ThrowIfNull(command);
        var refusal = Refusal(command.Audience, sender, command.Help?.Title ?? keyword);
        return refusal is null || sender.Member is null || command.Help?.RefusalHint is not { } hint ? refusal : refusal + hint;
    }

    public static string? Refusal(CommandAudience audience, Sender sender, string commandTitle)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return audience switch
        {
            CommandAudience.Anyone => null,
            CommandAudience.Guests when sender.Member is { } member => $"你已经是支部成员（{member.Name}），无需再次操作。发送「我的信息」查看你的资料。",
            CommandAudience.Guests => null,
            _ when sender.Member is null => BotTexts.NotAMember(sender.BranchClaimed),
            CommandAudience.Members => null,
            CommandAudience.Committee when sender.IsCommittee => null,
            CommandAudience.Committee => $"只有书记、副书记和支委可以使用「{commandTitle}」。",
            CommandAudience.Secretary when sender.IsSecretary => null,
            CommandAudience.Secretary => $"只有支部书记可以使用「{commandTitle}」。",
            _ => null,
        };
    }
}
