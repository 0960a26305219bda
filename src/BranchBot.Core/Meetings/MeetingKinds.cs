namespace BranchBot.Core.Meetings;

/// <summary>Chinese names of meeting kinds, the words accepted for them, and who attends by default.</summary>
public static class MeetingKinds
{
    private static readonly (string Word, MeetingKind Kind)[] Words =
    [
        ("支部党员大会", MeetingKind.GeneralMeeting), ("党员大会", MeetingKind.GeneralMeeting), ("支部大会", MeetingKind.GeneralMeeting),
        ("支部委员会会议", MeetingKind.CommitteeMeeting), ("支委会议", MeetingKind.CommitteeMeeting), ("支委会", MeetingKind.CommitteeMeeting),
        ("党小组会议", MeetingKind.GroupMeeting), ("党小组会", MeetingKind.GroupMeeting), ("小组会", MeetingKind.GroupMeeting),
        ("党课", MeetingKind.PartyLecture),
        ("主题党日活动", MeetingKind.ThemedPartyDay), ("主题党日", MeetingKind.ThemedPartyDay),
        ("组织生活会", MeetingKind.OrganizationalLifeMeeting),
        ("民主评议党员", MeetingKind.DemocraticReview), ("民主评议", MeetingKind.DemocraticReview),
    ];

    public static IReadOnlyList<MeetingKind> All { get; } = Enum.GetValues<MeetingKind>();

    /// <summary>
    /// The kinds "支部会" may mean: members call both the 党员大会 and the 支委会 "the branch's meeting", so the word
    /// names no kind by itself; only a day with one such meeting on it, or a question, says which.
    /// </summary>
    public static IReadOnlyList<MeetingKind> BranchMeetingKinds { get; } = [MeetingKind.GeneralMeeting, MeetingKind.CommitteeMeeting];

    private static readonly string[] BranchMeetingWords = ["支部的会议", "支部的会", "支部会议", "支部会"];

    public static string ToChinese(MeetingKind kind) => kind switch
    {
        MeetingKind.GeneralMeeting => "党员大会",
        MeetingKind.CommitteeMeeting => "支委会",
        MeetingKind.GroupMeeting => "党小组会",
        MeetingKind.PartyLecture => "党课",
        MeetingKind.ThemedPartyDay => "主题党日",
        MeetingKind.OrganizationalLifeMeeting => "组织生活会",
        _ => "民主评议党员",
    };

    /// <summary>The kind named at the start of <paramref name="text"/>, and how many characters name it.</summary>
    public static bool TryReadAtStart(string text, out MeetingKind kind, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (word, candidate) in Words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                kind = candidate;
                length = word.Length;
                return true;
            }
        }

        kind = default;
        length = 0;
        return false;
    }

    /// <summary>The kind named anywhere in <paramref name="text"/> (the longest, earliest mention).</summary>
    public static bool TryFind(string text, out MeetingKind kind, out int start, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = (Start: -1, Length: 0, Kind: default(MeetingKind));
        foreach (var (word, candidate) in Words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best.Start < 0 || at < best.Start || (at == best.Start && word.Length > best.Length)))
            {
                best = (at, word.Length, candidate);
            }
        }

        (start, length, kind) = best;
        return start >= 0;
    }

    /// <summary>
    /// Where <paramref name="text"/> says "支部会" (or 支部会议, 支部的会) rather than a kind; never inside "支部会议室".
    /// </summary>
    public static bool TryFindBranchMeeting(string text, out int start, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var word in BranchMeetingWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var after = at + word.Length;
                if (!text.AsSpan(after).StartsWith("室", StringComparison.Ordinal) && !text.AsSpan(after).StartsWith("议室", StringComparison.Ordinal))
                {
                    (start, length) = (at, word.Length);
                    return true;
                }
            }
        }

        (start, length) = (-1, 0);
        return false;
    }

    public static bool TryParse(string? text, out MeetingKind kind) =>
        TryReadAtStart((text ?? string.Empty).Trim(), out kind, out var length) && length == (text ?? string.Empty).Trim().Length;

    /// <summary>Who a meeting of this kind is for when the secretary does not say otherwise.</summary>
    public static AudienceKind DefaultAudience(MeetingKind kind) => kind switch
    {
        MeetingKind.CommitteeMeeting => AudienceKind.Committee,
        MeetingKind.GroupMeeting => AudienceKind.Group,
        _ => AudienceKind.Branch,
    };
}
