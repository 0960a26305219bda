using BranchBot.Core.Meetings;
using BranchBot.Core.Meetings.Focus;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// A free sentence and what reading it needs: the branch's clock, the sender, and, loaded on first use and then kept
/// for the turn, the roster's names, the meetings ahead (in the order 修改会议 numbers them) and whether one of the
/// sender's meetings is open for check-in, and the meeting the member was last shown (<see cref="MeetingFocus"/>; none
/// for a sentence read on its own, outside a conversation). Most sentences are read without any of them.
/// </summary>
public sealed class IntentInput(
    string text,
    DateTimeOffset now,
    TimeZoneInfo zone,
    Sender? sender,
    Func<CancellationToken, ValueTask<IReadOnlyList<string>>> loadMemberNames,
    Func<CancellationToken, ValueTask<IReadOnlyList<Meeting>>> loadUpcoming,
    Func<CancellationToken, ValueTask<IReadOnlyList<Meeting>>>? loadOpenForCheckIn = null,
    Func<CancellationToken, ValueTask<MeetingFocus?>>? loadFocus = null)
{
    private IReadOnlyList<string>? _memberNames;
    private IReadOnlyList<Meeting>? _upcoming;
    private IReadOnlyList<Meeting>? _openForCheckIn;
    private MeetingFocus? _focus;
    private bool _focusLoaded;

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

    /// <summary>Whether a meeting of the sender's is open for check-in now ("到", "已到" mean 签到 only then).</summary>
    public async ValueTask<bool> CheckInOpenAsync(CancellationToken cancellationToken) =>
        (await OpenForCheckInAsync(cancellationToken)).Count > 0;

    /// <summary>The sender's meetings open for check-in now (the one "我到了" means when it is a single one).</summary>
    public async ValueTask<IReadOnlyList<Meeting>> OpenForCheckInAsync(CancellationToken cancellationToken) =>
        _openForCheckIn ??= loadOpenForCheckIn is null ? [] : await loadOpenForCheckIn(cancellationToken);

    /// <summary>The meeting(s) the member was last shown while that still holds (<see cref="MeetingInFocus"/>), else null.</summary>
    public async ValueTask<MeetingFocus?> FocusAsync(CancellationToken cancellationToken)
    {
        if (!_focusLoaded)
        {
            _focus = loadFocus is null ? null : await loadFocus(cancellationToken);
            _focusLoaded = true;
        }

        return _focus is not null && _focus.HoldsAt(Now) ? _focus : null;
    }

    /// <summary>
    /// One part of the sentence read on its own ("签个到，再帮我看下党费" → "签个到"), with the same clock, sender,
    /// roster and meetings (loaded once for both). Without <paramref name="keepFocus"/> the part has no meeting in focus:
    /// its meeting is the one the rest of the sentence names.
    /// </summary>
    public IntentInput WithText(string part, bool keepFocus = true) =>
        new(part, Now, Zone, Sender, MemberNamesAsync, UpcomingAsync, OpenForCheckInAsync, keepFocus ? FocusAsync : null);

    /// <summary>
    /// The same sentence read against the sender's own meetings ahead (those whose audience includes the sender): a
    /// member's "这周四的会我去不了" is about a meeting the member attends, never a 支委会 the member is not called to.
    /// </summary>
    public IntentInput WithOwnMeetingsOnly() => Sender?.Member is not { } member
        ? this
        : new(Text, Now, Zone, Sender, MemberNamesAsync, async ct => [.. (await UpcomingAsync(ct)).Where(m => MeetingAudienceResolver.Includes(m.Audience, member))], OpenForCheckInAsync, FocusAsync);

    /// <summary>A roster name inside the text, the longest first.</summary>
    public async ValueTask<string?> MemberNamedAsync(string text, CancellationToken cancellationToken)
    {
        var names = await MemberNamesAsync(cancellationToken);
        return names.Where(name => text.Contains(name, StringComparison.Ordinal)).OrderByDescending(name => name.Length).FirstOrDefault();
    }
}
