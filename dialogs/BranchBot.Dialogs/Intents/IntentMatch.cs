namespace BranchBot.Dialogs.Intents;

/// <summary>What running a command does, which decides whether a free sentence may start it without a tap.</summary>
public enum IntentEffect
{
    /// <summary>Only shows something (近期安排, 签到情况): runs directly.</summary>
    Read,

    /// <summary>Writes only after its own summary and 确认 (安排, 修改会议, 广播): runs directly to that step.</summary>
    Previewed,

    /// <summary>Writes at once (签到, 请假, 设置角色, 添加党员): the sentence only offers the command as a button.</summary>
    Write,
}

/// <summary>
/// A command read from a free sentence: its README name, the command line that runs it with what the sentence
/// carries, the slots filled (<see cref="IntentSlots"/>), and how sure the reading is (0..1).
/// </summary>
public sealed record IntentMatch(string Command, string CommandLine, IntentEffect Effect, double Confidence, IReadOnlyDictionary<string, string> Slots)
{
    /// <summary>Said instead of the plain "你是想…吗？" when the command needs a word of explanation first.</summary>
    public string? Explanation { get; init; }

    /// <summary>The button's title; the command line when null.</summary>
    public string? ButtonTitle { get; init; }

    /// <summary>
    /// The slots read only by a guess (<see cref="SlotReading"/>): a place of no known shape, a meeting that is not
    /// exactly one of those scheduled, a date with words left over. A reading that writes is never sure while any is
    /// left (<see cref="WriteGuard"/>).
    /// </summary>
    public IReadOnlySet<string> Guessed { get; init; } = new HashSet<string>();

    /// <summary>
    /// The second request of a message that asks for two ("支委会改到八点，另外通知大家带笔记本" → "通知大家带笔记本"):
    /// this reading is of the first alone, and the member is told plainly that the second was not done.
    /// </summary>
    public string? LeftOver { get; init; }

    /// <summary>The second request's own reading when it is sure (<see cref="RequestSplit"/>); both run when both only show something.</summary>
    public IntentMatch? Then { get; init; }

    /// <summary>Whether the message was the command typed with its keyword first, which the catalogue runs as typed.</summary>
    public bool Typed { get; init; }

    /// <summary>Further choices offered beside the command ("谈心" beside 约谈心).</summary>
    public IReadOnlyList<(string Title, string Value)> OtherButtons { get; init; } = [];
}
