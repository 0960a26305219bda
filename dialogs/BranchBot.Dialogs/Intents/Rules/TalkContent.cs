using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// What a member already said in the sentence that asks for 谈心 ("我想跟书记谈谈心，最近工作压力大，家里老人也病了" →
/// "最近工作压力大，家里老人也病了"), so the 谈心 conversation takes it as the first answer instead of asking for it again.
/// A topic alone ("想跟书记聊聊最近工作上的困难") is what the talk is to be about, not an answer: the questions are asked.
/// </summary>
public static partial class TalkContent
{
    private const int Shortest = 4;

    /// <summary>The clauses that are not the request itself, or what follows the talk word; null when nothing is said.</summary>
    public static string? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = ClauseBreak().Split(text.Trim()).Where(c => c.Length > 0).ToList();
        if (!clauses.Any(c => Talk().IsMatch(c)))
        {
            // "想跟你汇报一下最近的学习情况": no talk word to tell the request from what is said.
            return null;
        }

        var said = clauses.Where(c => !Talk().IsMatch(c) && !Address().IsMatch(c)).ToList();
        if (said.Count == 0)
        {
            // One clause: what follows the talk word ("聊聊最近工作上的困难").
            var request = clauses.FirstOrDefault(c => Talk().IsMatch(c));
            var after = request is null ? string.Empty : request[(Talk().Matches(request)[^1].Index + Talk().Matches(request)[^1].Length)..];
            said = [after.TrimStart('吧', '啊', '，')];
            if (TopicOnly().IsMatch(said[0]))
            {
                // "想跟书记聊聊最近工作上的困难", "汇报一下最近的学习情况": what the talk is to be about, not yet what was said.
                return null;
            }
        }

        var content = string.Join('，', said.Select(c => c.Trim()).Where(c => c.Length > 0));
        return content.Count(char.IsLetterOrDigit) >= Shortest ? content : null;
    }

    [GeneratedRegex(@"^(最近|近期|近来|这段时间)?的?(学习|工作|思想|生活|家里|个人)?(上|方面)?的?(一些|一点)?(想法|情况|体会|收获|心得|困难|问题|事情|事|感受|思想)$")]
    private static partial Regex TopicOnly();

    [GeneratedRegex(@"[，,。；;！!？?\s~～…]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"谈谈心|谈心|谈一谈|谈一下|聊聊|聊一聊|聊一下|谈谈|说说心里话|谈个心|说说话")]
    private static partial Regex Talk();

    /// <summary>A clause that only addresses or greets ("书记", "书记您好", "您有空吗").</summary>
    [GeneratedRegex(@"^(书记|支部书记|老师|领导)?(您|你)?(好|在吗|有空吗|有时间吗)?(啊|呀)?$|^(书记|支部书记)(您|你)?(好|在吗|有空吗|有时间吗)?")]
    private static partial Regex Address();
}
