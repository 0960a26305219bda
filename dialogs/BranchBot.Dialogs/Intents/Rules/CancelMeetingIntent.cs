using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>"下周三的党员大会取消了", "周五支委会不开了", "把11月27号的支委会撤掉": 取消会议 for the meeting named, after its own confirmation.</summary>
public sealed partial class CancelMeetingIntent : IIntentRule
{
    public string Command => "取消会议";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = Recognizers.NumericDates.Rewrite(IntentText.WithoutAudienceNotice(input.Clean));
        // "取消会议 周五的": the typed command with the meeting said after it, read as the sentence "周五的会取消".
        if (TypedWithMeeting().Match(text) is { Success: true } typed)
        {
            text = $"{typed.Groups["meeting"].Value.TrimEnd('的')}的会取消";
        }

        var match = Cancelled().Match(text);
        if (!match.Success && CancelFirst().Match(text) is { Success: true } first)
        {
            text = first.Groups["meeting"].Value;
            match = End().Match(text);
        }

        if (!match.Success || IntentText.AsksAboutRules(text) || IntentText.IsUndecided(text) || text.Contains("请假", StringComparison.Ordinal))
        {
            return null;
        }

        // "要不要把周五的支委会取消了": a meeting named and its cancelling proposed is asked about, never previewed.
        var wondering = Wondering().IsMatch(text);
        if (wondering && !Proposed().IsMatch(text))
        {
            return null;
        }

        // "取消第二个会": the meeting by its place in the list 取消会议 shows.
        if (Ordinal().Match(text[..match.Index]) is { Success: true } ordinal && Recognizers.ChineseNumerals.TryParse(ordinal.Groups["n"].Value, out var position))
        {
            return new IntentMatch(Command, $"{Command} {position.ToString(CultureInfo.InvariantCulture)}", IntentEffect.Previewed, 0.85, new Dictionary<string, string>());
        }

        // "这个会取消吧" after being shown one: the meeting in focus.
        var read = NamedMeeting.Read(text[..match.Index], input.Now, input.Zone);
        var named = await MeetingInFocus.ReadAsync(text[..match.Index], read, input, bareMeansIt: false, cancellationToken)
            ?? await MeetingSlots.OnItsDayAsync(read, input, cancellationToken);
        if (named?.Kind is null && !text[..match.Index].Contains('会', StringComparison.Ordinal) && !MeetingInFocus.PointsBack(text[..match.Index]))
        {
            return null;
        }

        var slots = new SlotReading();
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        var number = await MeetingSlots.NumberOfAsync(named, input, cancellationToken);
        var line = number is { } n ? $"{Command} {n.ToString(CultureInfo.InvariantCulture)}" : Command;
        if ((wondering || RunOn(text, match)) && named?.Kind is null)
        {
            return null;
        }

        return slots.Match(Command, line, IntentEffect.Previewed, named is null || wondering ? 0.6 : 0.85);
    }

    /// <summary>"取消下周三的党员大会", "帮我把周五的支委会取消掉" read as the meeting before a cancel at the end.</summary>
    [GeneratedRegex(@"^(请|帮我|麻烦)?(把)?取消(掉)?(?<meeting>.*(会|党课|主题党日|民主评议))$")]
    private static partial Regex CancelFirst();

    [GeneratedRegex(@"$")]
    private static partial Regex End();

    [GeneratedRegex(@"^取消会议\s*(?<meeting>(?!\d+$)\S.*)$")]
    private static partial Regex TypedWithMeeting();

    /// <summary>"党员大会是不是得取消", "要不要取消": wondered about, not asked for (VagueIntent asks).</summary>
    [GeneratedRegex(@"是不是|要不要|能不能|可不可以|要不(?!要)|得不得")]
    private static partial Regex Wondering();

    [GeneratedRegex(@"^(要不要|要不)(就|咱们|我们)?(把|将)")]
    private static partial Regex Proposed();

    [GeneratedRegex(@"^第(?<n>[0-9一二三四五六七八九十两]{1,3})(个|场|次)(会|会议)?$")]
    private static partial Regex Ordinal();

    /// <summary>Voice input runs the cancel straight on into why or what next: then only a meeting named by its kind is cancelled.</summary>
    private static bool RunOn(string text, Match cancelled) =>
        cancelled.Index + cancelled.Length < text.Length && text[cancelled.Index + cancelled.Length] is not (',' or '，' or '。' or ';' or '；');

    /// <summary>
    /// The cancel closes the sentence or its first clause ("这周五支委会取消吧，人凑不齐", "党员大会先取消，等通知"), or, in
    /// voice input, runs straight on into why or what follows ("周五支委会不开了书记要去区里开会") when that is no question,
    /// no change of time or place instead ("不开了改到周四") and no "it goes ahead" ("不用取消了照常开").
    /// </summary>
    [GeneratedRegex(@"(先|就)?(取消(了|掉)?(吧)?|不开了|先不开了|(?<=会|课|日|\s|^)不开|不用开了|停开|黄了|不搞了|不办了|不弄了|不整了|撤(掉|了|销|销掉)(吧)?)(哈|啊|呀|啦|呗|哦)?(?=$|[,，。;；]|(?![^，,。]*(吗|么|呢|怎么|为什么|为啥|谁|是不是|真的|知道|听说|改|换|挪|推|延|提前|调|放到|定到|定在|移到|照常|照样|照开|还开|继续|不行|可以))(?<=了|掉|吧)[\u4e00-\u9fa5]{2,})")]
    private static partial Regex Cancelled();
}
