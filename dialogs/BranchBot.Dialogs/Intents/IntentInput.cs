using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// A free sentence and what reading it needs: the branch's clock, the sender, the roster's names and the meetings
/// ahead (in the order 修改会议 numbers them).
/// </summary>
public sealed record IntentInput(string Text, DateTimeOffset Now, TimeZoneInfo Zone, Sender? Sender, IReadOnlyList<string> MemberNames, IReadOnlyList<Meeting> Upcoming)
{
    /// <summary>The sentence half-width, without trailing punctuation, spaces collapsed.</summary>
    public string Clean { get; } = IntentText.Clean(Text);

    /// <summary>A roster name inside the sentence, the longest first.</summary>
    public string? MemberNamed(string text) =>
        MemberNames.Where(name => text.Contains(name, StringComparison.Ordinal)).OrderByDescending(name => name.Length).FirstOrDefault();
}
