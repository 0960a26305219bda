using System.Text;
using System.Text.RegularExpressions;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>What the 谈心 conversation says: warm, one question at a time, following what the member answered.</summary>
internal static partial class TalkTexts
{
    public const string Continue = "继续";
    public const string StartOver = "重新开始";
    public const string Submit = "确认提交";

    /// <summary>确认提交 pressed again after the 谈心 was submitted (or dropped): nothing is submitted twice.</summary>
    public const string NothingToSubmit = "现在没有等待提交的谈心，刚才的已经处理过了，不会重复提交。还想聊的话，随时发送「谈心」。";
    public const string Cancel = "取消";
    public const string Skip = "跳过";
    public const string Yes = "是";
    public const string No = "否";
    public const string VisitField = "是否需要看望";

    /// <summary>
    /// Answers that leave the question unanswered. "提交" belongs here: typed at the last question by a member who
    /// wants to finish, it was stored as their suggestion.
    /// </summary>
    public static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "跳过", "不填", "略", "-", "下一个", "不想说", "提交", "提交吧", "可以提交了", "确认提交", "就这些", "就这些吧",
    };

    /// <summary>"Nothing to say" answers: stored like a skip (there is no content), but acknowledged as what they are.</summary>
    public static readonly HashSet<string> NothingWords = new(StringComparer.OrdinalIgnoreCase) { "无", "没有", "暂无", "没", "没什么", "没有了", "都挺好", "挺好的" };

    /// <summary>
    /// "没什么建议", "暂时没有什么意见", "没啥困难": nothing to say in a few more words than <see cref="NothingWords"/>.
    /// "没什么建议" was thanked as a suggestion.
    /// </summary>
    public static bool SaysNothing(string answer) => NothingWords.Contains(answer) || NothingSentence().IsMatch(answer);

    [GeneratedRegex(@"^(暂时|目前|暂|基本上?|其实|也|真的?)?(没有?|无|没啥|没什么|没得)(什么|啥)?(特别的?|大的|别的|其他的?)?(困难|问题|建议|意见|需要|需求|帮助|事|事情|想法|要求|要说的|可说的)?(了|吧|啊|哈|的|呢)*$")]
    private static partial Regex NothingSentence();

    public const string FeedbackIntro =
        "谢谢你愿意和支部聊聊。一共四个问题，一次一个，想到什么说什么就好；不想回答的可以回复「跳过」。" +
        "你的回答只有你本人和支部书记能看到。中途发送「取消」会删除这次的内容。";

    // Answers to a question about 谈心 itself typed at one of its questions; the question follows, asked again.
    public const string AboutLength = "不限字数，一两句话就行，想多说也可以。";
    public const string AboutReaders = "你的回答只有你本人和支部书记能看到，不会公开。想匿名提意见，可以另外发送「匿名建议」。";
    public const string AboutRequired = "不是必须的，哪一题不想回答，回复「跳过」就行。";
    public const string AboutWhatToSay = "想到什么说什么就好，比如最近在学什么、有什么体会，一两句就行；没想好的话回复「跳过」。";
    public const string AboutPurpose =
        "谈心是支部了解党员思想、工作和生活情况的方式，一共四个问题。你的回答会交给支部书记，遇到困难时支部可以帮忙。";

    /// <summary>Said after such an answer, before the same question: nothing typed so far is lost.</summary>
    public const string StillAsking = "你已经回答的内容都保留着。我们接着这个问题：";

    public static string Question(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.ThoughtAndStudy => "先聊聊近况吧：最近思想上、学习上有什么体会或收获？说几句就好。",
        FeedbackTopic.WorkDifficulties => "工作上最近有没有遇到什么困难或烦心事？有的话可以说说。",
        FeedbackTopic.LifeHelp => "生活上有没有需要组织帮忙的事？比如家里、身体或者其他方面的情况。",
        _ => "最后一个问题：对支部的工作，你有什么意见或建议？",
    };

    /// <summary>The acknowledgement of an answer, said before the next question.</summary>
    public static string Answered(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.ThoughtAndStudy => "谢谢你的分享。",
        FeedbackTopic.WorkDifficulties => "工作上的这些情况我记下了，书记会看到。",
        FeedbackTopic.LifeHelp => "好的，我记下了。",
        _ => "谢谢你的建议。",
    };

    /// <summary>The answer before the question now asked was replaced by what the member said instead.</summary>
    public static string PreviousCorrected(FeedbackTopic topic) => $"好的，「{TalkLabels.Topic(topic)}」的回答已改为你刚才说的。";

    /// <summary>A skipped question is acknowledged as skipped, never as if something had been said.</summary>
    public static string Skipped(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.WorkDifficulties => "好的，工作上的困难这题先跳过。以后遇到难处，也随时可以跟支部说。",
        FeedbackTopic.LifeHelp => "好的，这题先跳过。生活上需要帮忙的时候，随时告诉支部。",
        _ => "好的，这题先跳过。",
    };

    public static string Nothing(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.WorkDifficulties => "工作上暂时没有困难，那挺好。以后遇到难处，也随时可以跟支部说。",
        FeedbackTopic.LifeHelp => "暂时不需要帮忙就好。有需要的时候，随时告诉支部。",
        FeedbackTopic.BranchSuggestions => "好的。以后有想法，也可以随时发送「匿名建议」。",
        _ => "好的。",
    };

    /// <summary>Acknowledges a hardship in the member's own terms, then asks whether a visit or help is wanted.</summary>
    public static string HardshipHeard(IReadOnlyList<HardshipFinding> hardships)
    {
        ArgumentNullException.ThrowIfNull(hardships);
        var heard = string.Concat(hardships.Select(h => h.Kind switch
        {
            HardshipKind.Illness => "生病住院的事，真让人挂心，你也要多保重。",
            HardshipKind.Family => "家里的事让你操心了。",
            HardshipKind.Financial => "经济上有压力，辛苦了。",
            _ => "听得出你心里压着事，谢谢你愿意说出来。",
        }));
        return heard + AskVisit;
    }

    public const string AskVisit = "你希望支部安排人上门看望，或者提供一些帮助吗？";

    public static string HardshipRecalled(IReadOnlyList<HardshipFinding> hardships) =>
        $"你之前提到了{TalkLabels.Hardships(hardships)}方面的情况。{AskVisit}";

    public const string SideQuestionNotStored = "（刚才这句没有记进谈心。）我们接着聊：";

    public const string AnswerYesOrNo = "请点「是」或「否」（也可以直接说“需要”或“不用”）。";

    /// <summary>What the member said at the visit question, kept as the answer to the question it fits.</summary>
    /// <summary>The sentence that asked for 谈心 already said something: kept, and said so (修改 at the summary changes it).</summary>
    public static string SaidKeptAsFirstAnswer(FeedbackTopic topic) =>
        $"你刚才说的已经记下，作为「{TalkLabels.Topic(topic)}」的回答，不用再打一遍（最后确认前可以修改）。";

    public static string KeptAsAnswer(FeedbackTopic topic) => $"你说的已经记下，作为「{TalkLabels.Topic(topic)}」的回答。";

    public static string AddedToAnswer(FeedbackTopic topic) => $"你说的已经补充到「{TalkLabels.Topic(topic)}」的回答里。";

    public const string VisitWanted = "好的，我会转告书记，书记会尽快和你联系。";
    public const string VisitDeclined = "好的，尊重你的意愿。什么时候需要，随时告诉支部。";

    public static string Redo(FeedbackTopic topic, string? previous) =>
        (previous is null ? "这题你上次跳过了。" : $"你原来的回答是：「{MarkdownText.Escape(previous)}」。") + $"请重新说说（也可以回复「跳过」）：\n{Question(topic)}";

    public static string ResumeOffer(int answered) =>
        $"你今天的谈心还没说完（已回答 {answered}/{FeedbackTopics.InOrder.Count} 个问题）。要从上次停下的地方继续，还是重新开始？";

    public const string Resuming = "好的，我们接着聊。";
    public const string StartingOver = "好的，之前的回答已经删除，我们重新开始。";
    public const string Paused = "谈心先暂停，你的回答已经保存，今天内发送「谈心」可以接着聊。";
    public const string Discarded = "好的，这次谈心的内容已经删除，没有提交。想聊的时候随时发送「谈心」。";
    public const string KeptAfterConfusion = "你在谈心中写的内容都已保存：今天内发送「谈心」可以接着聊；只有在谈心中发送「取消」或选「重新开始」才会删除。";

    /// <summary>A button pressed twice: the second press reached the question that followed it.</summary>
    public static string PressedTwice(string button) => $"「{button}」已经收到了。";

    public const string KeptForLater = "好的，之前的回答先保留着，今天内发送「谈心」可以继续。";
    public const string Expired = "之前那次谈心没有在当天说完，内容已经清除。想聊的话，发送「谈心」重新开始。";
    public const string AllSkipped = "四个问题都跳过了，这次就不提交了。什么时候想聊，随时发送「谈心」。";

    public static string FeedbackSummary(IReadOnlyList<FeedbackAnswer> answers, bool? visitWanted)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var text = new StringBuilder("我们聊的内容如下，请看看：");
        foreach (var topic in FeedbackTopics.InOrder)
        {
            var answer = answers.FirstOrDefault(a => a.Topic == topic);
            text.Append('\n').Append((int)topic + 1).Append(". ").Append(TalkLabels.Topic(topic)).Append('：').Append(answer?.Text is { } said ? MarkdownText.Escape(said) : "（跳过）");
        }

        if (visitWanted is { } visit)
        {
            text.Append("\n希望支部上门看望或帮助：").Append(visit ? Yes : No);
        }

        return text.Append("\n没问题请点「确认提交」；想改某个回答请点「修改」；不想提交请点「取消」。").ToString();
    }

    public static string FeedbackSubmitted(FeedbackSubmitted submitted, bool toldSecretary)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var text = new StringBuilder("谢谢你的信任！谈心内容已经提交");
        text.Append(toldSecretary ? "，书记会认真看。" : "。");
        if (submitted.FollowUps.Count > 0)
        {
            text.Append(submitted.Feedback.Record.VisitWanted == true
                ? "你提到的情况，书记会尽快和你联系，安排上门看望。"
                : "你提到的情况书记会放在心上，会尽快和你联系。");
        }

        return text.Append("\n平时有什么想法，也可以随时发送「谈心」或「匿名建议」。").ToString();
    }

    /// <summary>
    /// The push to the secretary carries no answers and no hardship kind: push messages show on lock screens and in
    /// chat previews, so only the fact, the name and the due date travel; the content is read in chat with 谈心记录.
    /// </summary>
    public static string FeedbackArrived(FeedbackSubmitted submitted, string memberName)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var text = new StringBuilder($"【谈心】{memberName}提交了谈心反馈。为保护隐私，消息里不含具体内容，请发送「谈心记录 {memberName}」查看。");
        if (submitted.FollowUps.FirstOrDefault() is { } task)
        {
            text.Append($"\n【必访】反馈中提到需要关心的情况");
            text.Append(task.VisitWanted == true ? "，本人希望支部上门看望或帮助" : string.Empty);
            text.Append($"，已生成必访任务，请于{Day(task.DueDate)}前联系走访。发送「必访任务」查看。");
        }

        return text.ToString();
    }
}
