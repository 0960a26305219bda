namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>Something a user can ask for by its keyword ("我的信息", "添加党员 张三 第一党小组").</summary>
public interface IChatCommand
{
    /// <summary>The words that start this command; the first is the one shown in help.</summary>
    IReadOnlyList<string> Keywords { get; }

    /// <summary>Who may use it; anyone else gets a clear refusal.</summary>
    CommandAudience Audience { get; }

    /// <summary>Whether arguments may follow the keyword without a space ("添加党员张三").</summary>
    bool AcceptsGluedArguments => false;

    /// <summary>Whether 帮助 offers the command to this sender now (初始化 only before set-up, for example).</summary>
    bool IsOfferedTo(Sender sender) => true;

    /// <summary>How the command appears in 帮助; null keeps it out of the help list.</summary>
    CommandHelp? Help { get; }

    Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken);
}

/// <summary>
/// How a command appears in 帮助: its topic, the button's title, what it sends when clicked, usage and what it does.
/// The topic is declared here, next to the command, so every new command lands in a 帮助 topic.
/// </summary>
public sealed record CommandHelp(HelpTopic Topic, string Title, string Usage, string Description, int Order = 100)
{
    /// <summary>The text the help button sends; the bare keyword, which asks for anything missing.</summary>
    public string ButtonValue { get; init; } = Title;

    /// <summary>A complete message that uses the command, shown by 「帮助 命令」; the bare keyword when null.</summary>
    public string? Example { get; init; }

    /// <summary>Said after the refusal to a member who may not use it: what serves them instead ("查看…请发送「往期会议」。").</summary>
    public string? RefusalHint { get; init; }

    /// <summary>For whom the command is one of the few everyday buttons of the 帮助 overview.</summary>
    public HelpShortcut ShortcutFor { get; init; }
}
