using System.Text.RegularExpressions;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// Reads 「记录 姓名 步骤 日期 [说明]」 in any order after the name: the step by its words, the date (a past one),
/// the people of 培养联系人/介绍人, the months of 延长, a 支部大会 count 「应到10 实到8 赞成7」 and 「例外 原因」 at the end.
/// </summary>
public static partial class StepFormParser
{
    private static readonly (Regex Pattern, DevelopmentStepKind Kind)[] DecisionPhrases =
    [
        (CommitteeApprovesConversion(), DevelopmentStepKind.ConversionApproval),
        (CommitteeApprovesExtension(), DevelopmentStepKind.ExtensionApproval),
        (CommitteeApprovesDisqualification(), DevelopmentStepKind.DisqualificationApproval),
        (BranchMeetingDecidesConversion(), DevelopmentStepKind.Conversion),
    ];

    /// <summary>
    /// What a 预备党员's 支部大会 may decide, by the words that name it (取消 and 延长 before 转正: 「延长预备期，暂缓转正」
    /// is an extension), with the step of the 支部大会 and of the 党委's approval.
    /// </summary>
    private static readonly (Regex Mention, DevelopmentStepKind Meeting, DevelopmentStepKind Approval)[] Decisions =
    [
        (MentionsDisqualification(), DevelopmentStepKind.Disqualification, DevelopmentStepKind.DisqualificationApproval),
        (MentionsExtension(), DevelopmentStepKind.Extension, DevelopmentStepKind.ExtensionApproval),
        (MentionsConversion(), DevelopmentStepKind.Conversion, DevelopmentStepKind.ConversionApproval),
    ];

    public static StepForm Parse(string arguments, BranchClock clock)
    {
        var text = (arguments ?? string.Empty).Trim();
        var isException = false;
        string? reason = null;
        var exceptionAt = text.IndexOf("例外", StringComparison.Ordinal);
        if (exceptionAt >= 0)
        {
            isException = true;
            reason = text[(exceptionAt + 2)..].Trim(' ', '：', ':', '，', ',');
            text = text[..exceptionAt].Trim();
        }

        BranchMeetingVote? vote = null;
        if (VotePattern().Match(text) is { Success: true } counted)
        {
            vote = new BranchMeetingVote(int.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(counted.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(counted.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            text = text.Remove(counted.Index, counted.Length).Trim();
        }

        string? name = null;
        DevelopmentStepKind? kind = null;
        if (FindStep(text) is var (found, at, length))
        {
            kind = found;
            var before = text[..at].Trim();
            var after = text[(at + length)..].Trim();
            var beforeTokens = Tokens(before);
            name = beforeTokens.FirstOrDefault();
            text = string.Join(' ', beforeTokens.Skip(1).Append(after)).Trim();
        }
        else
        {
            var tokens = Tokens(text);
            name = tokens.FirstOrDefault();
            text = string.Join(' ', tokens.Skip(1));
        }

        int? months = null;
        if (kind == DevelopmentStepKind.Extension)
        {
            (months, text) = ReadMonths(text);
        }

        var reading = PastDateReader.Read(text, clock);
        var rest = reading.Remainder.Trim();
        var people = new List<string>();
        if (kind is DevelopmentStepKind.Contacts or DevelopmentStepKind.Introducers)
        {
            var tokens = Tokens(rest);
            people = [.. tokens.SelectMany(SplitNames).Where(IsNameLength)];
            rest = string.Join(' ', tokens.Where(t => !SplitNames(t).Any(IsNameLength)));
        }

        return new StepForm
        {
            Name = string.IsNullOrWhiteSpace(name) ? null : name,
            Kind = kind,
            Date = reading.Date,
            UnreadableDate = reading.Unreadable,
            Note = string.IsNullOrWhiteSpace(rest) ? null : rest.Trim(' ', '，', ','),
            People = people,
            ExtensionMonths = months,
            Vote = vote,
            IsException = isException,
            ExceptionReason = string.IsNullOrWhiteSpace(reason) ? null : reason,
        };
    }

    /// <summary>The names in an answer to 「培养联系人是谁？」: apart by spaces, commas, 、 and 和/与/及.</summary>
    public static List<string> ReadPeople(string text) => [.. Tokens(text ?? string.Empty).SelectMany(SplitNames)];

    /// <summary>
    /// 「李四和张三」 is two people; 「王和平」 is one: a token is split at 和、与、及、跟 only when every part is a whole
    /// name of two to four characters.
    /// </summary>
    private static IEnumerable<string> SplitNames(string token)
    {
        var parts = NameJoiners().Split(token);
        return parts.Length > 1 && parts.All(p => p.Length is >= 2 and <= 4) ? parts : [token];
    }

    private static bool IsNameLength(string token) => token.Length is >= 2 and <= 5;

    /// <summary>「半年」「一年」「6个月」 or a bare number of months.</summary>
    public static (int? Months, string Remainder) ReadMonths(string text)
    {
        if (text.Contains("半年", StringComparison.Ordinal))
        {
            return (6, text.Replace("半年", string.Empty, StringComparison.Ordinal).Trim());
        }

        if (text.Contains("一年", StringComparison.Ordinal))
        {
            return (12, text.Replace("一年", string.Empty, StringComparison.Ordinal).Trim());
        }

        return MonthsPattern().Match(text) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), text.Remove(m.Index, m.Length).Trim())
            : (null, text);
    }

    /// <summary>
    /// The step the text names and where its words stand. The words of a 预备党员's decisions (转正, 延长, 取消资格)
    /// come first: 「支部大会通过转正」 and 「党委批准延长预备期」 also hold the words of the 支部大会 and the 党委审批
    /// that admitted the person, and so does 「转正 8月1日 支部大会全票通过」 with the words apart.
    /// </summary>
    public static (DevelopmentStepKind Kind, int At, int Length)? FindStep(string text)
    {
        text ??= string.Empty;
        foreach (var (pattern, kind) in DecisionPhrases)
        {
            if (pattern.Match(text) is { Success: true } phrase)
            {
                return (kind, phrase.Index, phrase.Length);
            }
        }

        var decision = Decisions.Select(d => (d.Meeting, d.Approval, Match: d.Mention.Match(text))).FirstOrDefault(d => d.Match.Success);
        foreach (var (word, kind) in DevelopmentLabels.StepWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // The decision's words are the step; the words of the admission stay in the note.
            var meant = decision.Match is null ? kind : kind switch
            {
                DevelopmentStepKind.BranchMeeting => decision.Meeting,
                DevelopmentStepKind.Approval => decision.Approval,
                _ when kind == decision.Meeting && CommitteeApproves().IsMatch(text) => decision.Approval,
                _ => kind,
            };
            return meant == kind ? (kind, at, word.Length) : (meant, decision.Match!.Index, decision.Match.Length);
        }

        return null;
    }

    private static List<string> Tokens(string text) =>
        [.. text.Split([' ', '\u3000', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"应到\s*(\d+)\s*人?\D{0,3}?实到\s*(\d+)\s*人?\D{0,3}?赞成\s*(\d+)\s*人?")]
    private static partial Regex VotePattern();

    [GeneratedRegex(@"(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)\S{0,2}转正|转正(?!申请)\S{0,3}(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)|(?:批准|同意)转正")]
    private static partial Regex CommitteeApprovesConversion();

    [GeneratedRegex(@"支部大会\S{0,4}转正|转正(?!申请)\S{0,4}支部大会")]
    private static partial Regex BranchMeetingDecidesConversion();

    [GeneratedRegex(@"(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)\S{0,2}延长(?:预备期)?|延长(?:预备期)?\S{0,3}(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)|(?:批准|同意)延长(?:预备期)?|延长(?:预备期)?审批")]
    private static partial Regex CommitteeApprovesExtension();

    [GeneratedRegex(@"(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)\S{0,2}取消\S{0,5}?资格|取消\S{0,5}?资格\S{0,3}(?:上级)?党委\S{0,2}(?:批准|审批|同意|批复)|(?:批准|同意)取消\S{0,5}?资格|取消\S{0,5}?资格审批")]
    private static partial Regex CommitteeApprovesDisqualification();

    [GeneratedRegex(@"(?:上级|党委)\S{0,4}(?:批准|审批|同意|批复)|审批|批复")]
    private static partial Regex CommitteeApproves();

    [GeneratedRegex("转正(?!申请)")]
    private static partial Regex MentionsConversion();

    [GeneratedRegex("延长(?:预备期)?")]
    private static partial Regex MentionsExtension();

    [GeneratedRegex(@"取消\S{0,5}?资格")]
    private static partial Regex MentionsDisqualification();

    [GeneratedRegex("[和与及跟]")]
    private static partial Regex NameJoiners();

    [GeneratedRegex(@"(\d+)\s*个月")]
    private static partial Regex MonthsPattern();
}
