using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// A free sentence and what reading it needs: the branch's clock, the sender, and, loaded on first use and then kept
/// for the turn, the roster's names and the meetings ahead (in the order 修改会议 numbers them). Most sentences are
/// read without either.
/// </summary>
public sealed class IntentInput(
    string text,
    DateTimeOffset now,
    TimeZoneInfo zone,
    Sender? sender,
    Func<CancellationToken, ValueTask<IReadOnlyList<string>>> loadMemberNames,
    Func<CancellationToken, ValueTask<IReadOnlyList<Meeting>>> loadUpcoming)
{
    private IReadOnlyList<string>? _memberNames;
    private IReadOnlyList<Meeting>? _upcoming;

    public string Text { get; } = text;

    public DateTimeOffset Now { get; } = now;

    public TimeZoneInfo Zone { get; } = zone;

    public Sender? Sender { get; } = sender;

    /// <summary>The sentence half-width, without trailing punctuation, spaces collapsed.</summary>
    public string Clean { get; } = IntentText.Clean(text);

    public async ValueTask<IReadOnlyList<string>> MemberNamesAsync(CancellationToken cancellationToken) =>
        _memberNames ??= await loadMemberNames(cancellationToken);

    public async ValueTask<IReadOnlyList<Meeting>> UpcomingAsync(CancellationToken cancellationToken) =>
        _upcoming ??= await loadUpcoming(cancellationToken);

    /// <summary>A roster name inside the text, the longest first.</summary>
    public async ValueTask<string?> MemberNamedAsync(string text, CancellationToken cancellationToken)
    {
        var names = await MemberNamesAsync(cancellationToken);
        return names.Where(name => text.Contains(name, StringComparison.Ordinal)).OrderByDescending(name => name.Length).FirstOrDefault();
    }
}
