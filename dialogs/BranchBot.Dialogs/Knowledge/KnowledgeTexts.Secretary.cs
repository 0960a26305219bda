using System.Globalization;
using System.Text;
using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>What the bot says around the answers: feedback, 转交书记, the secretary's queue and editing the knowledge base.</summary>
internal static partial class KnowledgeTexts
{
    public const string HelpfulCommand = "有用";
    public const string NotHelpfulCommand = "没用";
    public const string ForwardCommand = "转交书记";
    public const string PendingCommand = "待答问题";
    public const string AnswerCommand = "回答";
    public const string SaveAnswerCommand = "保存问答";
    public const string AddEntryCommand = "添加问答";
    public const string EditEntryCommand = "修改问答";
    public const string DeleteEntryCommand = "删除问答";
    public const string FeedbackReportCommand = "问答反馈";
    public const string SaveToKnowledgeBase = "保存到问答库";

    public const string Confirm = "确认";
    public const string Change = "修改";
    public const string Cancel = "取消";
    public const string Skip = "跳过";

    public const string FieldQuestion = "问题";
    public const string FieldAlternatives = "其他问法";
    public const string FieldAnswer = "答案";
    public const string FieldSource = "依据";

    public static readonly string[] Fields = [FieldQuestion, FieldAlternatives, FieldAnswer, FieldSource];

    public static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal) { "跳过", "无", "没有", "不用", "略" };

    public const string ThanksHelpful = "谢谢反馈！";

    public const string ThanksNotHelpful = "谢谢反馈，已记下，书记会据此改进问答库。需要的话可以把问题转交书记解答。";

    public const string NothingToRate = "没有找到你最近得到的回答。请在回答下方点「有用」或「没用」。";

    public const string NothingToForward = "请写上要转交书记的问题，例如：转交书记 流动党员怎么参加组织生活";

    public const string AskEntryQuestion = "请发送要添加的问题（如：支委会多久开一次？）。";

    public const string AskEntryAlternatives = "这个问题还有哪些常见问法？多个问法用「；」隔开；没有就点「跳过」。";

    public static string AskEntryAnswer => $"请发送答案（不超过{KnowledgeEntry.MaxAnswerLength}字）。";

    public static string AskEntrySource => $"请发送依据：文件和条款，如《中国共产党支部工作条例（试行）》第十五条；没有明确条款的点「{KnowledgeEntryRules.BranchAnswerSource}」。";

    public const string AskField = "要修改哪一项？";

    public const string EntryNotSaved = "好的，问答没有保存。";

    public const string AskEditQuestion = "要修改哪个问题？请发送问题原文，例如：修改问答 支委会多久开一次？";

    public const string AskDeleteQuestion = "要删除哪个问题？请发送问题原文，例如：删除问答 流动党员怎么交党费";

    public const string AskAnswerNumber = "要答复第几个问题？";

    public const string AskSaveNumber = "要把第几个问题的答复存入问答库？";

    public const string NoPendingQuestions = "目前没有待答问题。";

    public static string AskAnswerFor(PendingQuestion question) => $"请发送对第 {question.Number} 个问题的答复：\n「{MarkdownText.Escape(question.Question)}」（{question.AskerName}）";

    public static string AskSaveSource(int number) =>
        $"第 {number} 个问题要存入问答库，请发送依据（文件和条款）；没有明确条款的点「{KnowledgeEntryRules.BranchAnswerSource}」。";

    public static string Forwarded(ForwardedQuestion forwarded, string senderId)
    {
        var recipient = forwarded.Question.AskerId == senderId ? "你" : forwarded.Question.AskerName;
        if (forwarded.AlreadyQueued)
        {
            return $"这个问题已经在书记的待答问题里了（编号 {forwarded.Question.Number}），答复后会发给{recipient}。";
        }

        return $"已把「{MarkdownText.Escape(forwarded.Question.Question)}」转交书记（编号 {forwarded.Question.Number}），书记答复后会发给{recipient}。";
    }

    public static string PendingList(IReadOnlyList<PendingQuestion> questions, TimeZoneInfo zone)
    {
        var text = new StringBuilder($"待答问题（{questions.Count} 个）：");
        foreach (var q in questions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{q.Number}. {MarkdownText.Escape(q.Question)}（{q.AskerName}，{Time(q.AskedAt, zone)}）");
        }

        return text.Append("\n答复：回答 编号 答复内容；也可以点下面的按钮再输入答复。").ToString();
    }

    public static string AnswerButton(int number) => $"{AnswerCommand} {number}";

    public static string Answered(AnsweredQuestion answered) =>
        (answered.Delivered
            ? $"已把答复发给{answered.Question.AskerName}。"
            : $"答复已记下，但{answered.Question.AskerName}暂时收不到消息（还没有在聊天中和我说过话）。")
        + $"\n要把这条问答存入问答库，以后直接回答其他人吗？";

    public static string SaveButtonValue(int number) => $"{SaveAnswerCommand} {number}";

    public static string AlreadySaved(int number) => $"第 {number} 个问题已经存入问答库了。";

    public static string SavedFromQuestion(SavedQuestion saved) =>
        $"已存入问答库：「{saved.Entry.Entry.Question}」（依据：{saved.Entry.Entry.Source}）。以后有人问到会直接回答。";

    public static string EntrySummary(KnowledgeEntryForm form, bool replacesExisting)
    {
        var text = new StringBuilder("请确认这条问答：");
        text.Append("\n问题：").Append(form.Question);
        text.Append("\n其他问法：").Append(form.Alternatives is { Count: > 0 } alternatives ? string.Join("；", alternatives) : "（无）");
        text.Append("\n答案：").Append(form.Answer);
        text.Append("\n依据：").Append(form.Source);
        if (replacesExisting)
        {
            text.Append("\n（将替换现有的同名问答）");
        }

        return text.ToString();
    }

    public static string EntrySaved(SavedKnowledgeEntry saved) => saved.Change switch
    {
        KnowledgeEntryChange.Updated => $"已更新问答「{saved.Entry.Question}」，马上生效。",
        KnowledgeEntryChange.OverridesFileEntry => $"已保存问答「{saved.Entry.Question}」，它代替问答文件里的同名条目，马上生效。删除它会恢复文件里的答案。",
        _ => $"已添加问答「{saved.Entry.Question}」，马上生效。",
    };

    public static string EntryDeleted(DeletedKnowledgeEntry deleted) => deleted.RestoredFileEntry is { } restored
        ? $"已删除问答「{deleted.Deleted.Question}」，问答文件里的答案重新生效：\n{restored.Answer}\n依据：{restored.Source}"
        : $"已删除问答「{deleted.Deleted.Question}」。";

    public static string EntryNotFound(string question) => $"问答库里没有「{question}」这个问题。";

    public const string EntryNotFoundClosest = "你是不是要找下面这些问题？";

    public static string EditButtonValue(string question) => $"{EditEntryCommand} {question}";

    public static string FeedbackReport(KnowledgeFeedbackSummary summary, TimeZoneInfo zone)
    {
        var text = new StringBuilder("问答反馈：");
        text.Append(CultureInfo.InvariantCulture, $"\n共回答 {summary.AnsweredQuestions} 个问题，没有答上 {summary.FailedQuestions} 个；「有用」{summary.Helpful} 次，「没用」{summary.NotHelpful} 次。");
        if (summary.MostNotHelpful.Count > 0)
        {
            text.Append("\n\n被点「没用」最多的问答：");
            foreach (var entry in summary.MostNotHelpful)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n• {entry.EntryQuestion ?? KnowledgeProblemTexts.DuesEntry}：没用 {entry.NotHelpful} 次，有用 {entry.Helpful} 次");
            }
        }

        if (summary.RecentFailures.Count > 0)
        {
            text.Append("\n\n最近没有答上的问题（编号可用于转交）：");
            foreach (var failure in summary.RecentFailures)
            {
                var verdict = failure.Outcome == AnswerOutcome.Uncertain ? "没有确切规定" : "超出范围";
                text.Append(CultureInfo.InvariantCulture, $"\n#{failure.Id} {MarkdownText.Escape(failure.Question)}（{failure.AskerName ?? "未加入的用户"}，{Time(failure.AskedAt, zone)}，{verdict}）");
            }

            text.Append("\n发送「转交书记 #编号」把问题放进待答问题，答复后会发给提问的人；发送「修改问答 问题」更正答得不好的问答。");
        }

        return text.ToString();
    }

    public static string ForwardLoggedButton(int answerLogId) => $"{ForwardCommand} #{answerLogId}";

    public static string RatingButtonValue(string command, int answerLogId) => $"{command} #{answerLogId}";

    /// <summary>"#12" or "12" as the number of a logged answer; null for anything else.</summary>
    public static int? LoggedNumber(string text)
    {
        var trimmed = text.Trim().TrimStart('#', '＃').Trim();
        return trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit) && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static string Time(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);
    }
}
