using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// A question about 谈心 itself typed where an answer is awaited ("这个要写多少字？", "谈心是干嘛的", "谁能看到"): answered,
/// and the same question asked again, never stored as the answer. Only short sentences that ask about the 谈心 (its
/// length, purpose, readers, whether an answer is required, what to say) count: a suggestion phrased as a question
/// ("能不能多组织些活动？", "希望意见箱是匿名的") is an answer.
/// </summary>
internal static partial class FeedbackProcessQuestions
{
    private const int LongestQuestion = 20;

    /// <summary>The explanation for such a question, or null when the text is an answer.</summary>
    public static string? Answer(string text)
    {
        var compact = text.Trim().TrimEnd('？', '?', '。', '!', '！', '~', '～').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 0 || compact.Length > LongestQuestion)
        {
            return null;
        }

        return Length().IsMatch(compact) ? TalkTexts.AboutLength
            : Readers().IsMatch(compact) ? TalkTexts.AboutReaders
            : Required().IsMatch(compact) ? TalkTexts.AboutRequired
            : WhatToSay().IsMatch(compact) ? TalkTexts.AboutWhatToSay
            : Purpose().IsMatch(compact) ? TalkTexts.AboutPurpose
            : null;
    }

    [GeneratedRegex(@"(写|说|打|答|回答)?(多少|几)(个)?字|字数|(写|说|答)多(少|长)|多长(?!时间)|要写很长|篇幅")]
    private static partial Regex Length();

    [GeneratedRegex(@"谁(能|会|可以)(看|看到|看见|知道)|谁看得到|会不会(公开|给别人看|被别人看)|会(公开|给别人看|被别人看)(吗|么)|公开吗|是不是匿名|是匿名(的)?(吗|么)|匿名吗|保密(吗|么)")]
    private static partial Regex Readers();

    [GeneratedRegex(@"((必须|一定|非得|都)要?(回答|写|填|答)|是必须的)(吗|么|嘛)|可以不(回答|写|填|答)|能不能不(回答|写|填|答)|不答(行|可以)吗|不回答(行|可以)吗")]
    private static partial Regex Required();

    [GeneratedRegex(@"^(那)?(我)?(要|该|应该)?(写|说|答|回答|聊)(些|点)?(什么|啥)|怎么(写|说|答|回答)|不知道(写|说|答|聊)(什么|啥)")]
    private static partial Regex WhatToSay();

    [GeneratedRegex(@"(谈心|这个|这|这是|这些问题)(是)?(干嘛|干啥|干什么|做什么|做啥|什么意思|啥意思|有什么用|有啥用|是什么|是啥)|为什么要(谈心|写|填|回答|问)|问这(个|些)干(嘛|什么|啥)")]
    private static partial Regex Purpose();
}
