namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>
/// A group of commands in 帮助 (会议与签到, 谈心谈话, …). Each feature declares its own topic in its texts; the
/// overview shows the topics that hold at least one command the sender may use, in <see cref="Order"/>, each with
/// the titles of that sender's commands in it.
/// </summary>
/// <param name="Name">What follows 帮助 to list the topic (「帮助 会议」); never a command keyword.</param>
/// <param name="Title">How the overview names the topic.</param>
/// <param name="Description">One line on what the topic covers; heads the topic's listing.</param>
public sealed record HelpTopic(string Name, string Title, string Description, int Order)
{
    /// <summary>Other words that also open the topic (「帮助 三会一课」).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool IsCalled(string word) =>
        string.Equals(word, Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, Title, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => string.Equals(word, alias, StringComparison.OrdinalIgnoreCase));

    public bool Equals(HelpTopic? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
}
