using BranchBot.Core.Knowledge;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>What the bot says when it answers rules questions.</summary>
internal static partial class KnowledgeTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("问答", "党规问答", "党内规定查询和问答库", Order: 40) { Aliases = ["党规", "规定", "问答库"] };

    public const string AskCommand = "问";

    public const string NoExactRule = "没有找到确切规定。你是不是想问下面这些问题？";

    public const string RulesThatMayHelp = "这些规定也许用得上，点一个看答案；也可以转交书记：";

    /// <summary>A question naming a command, which the rules have no exact answer for: the command is offered.</summary>
    public static string DidYouMeanCommand(IReadOnlyList<string> commands) =>
        $"你是想用{string.Join("还是", commands.Select(c => $"「{c}」"))}吗？是的话请点下面的按钮（「帮助」说明用法）；如果是想问规定，可以点「转交书记」请书记答复。";

    public const string NoExactRuleNothingClose = "没有找到确切规定，可以换个说法再问，或直接请教支部书记。";

    public const string OutOfScope = "抱歉，我只能回答党支部工作和党内规定方面的问题（如三会一课、党费、发展党员）。发送「帮助」查看我能做的事。";

    public const string MissingQuestion = "请在「问」后面写上你的问题，例如：问 支委会多久开一次";

    /// <summary>A part of a two-part question that no entry surely answers (the other part is answered).</summary>
    public const string PartWithoutRule = "这一问没有找到确切规定，可以换个说法再问，或请教支部书记。";

    /// <summary>
    /// The answer to a question asking two things, each part answered by its own entry (<see cref="KnowledgeSearchResult.Parts"/>):
    /// the part as asked, then its answer and source, one after the other; a part no entry surely answers says so.
    /// </summary>
    public static string Answer(KnowledgeSearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Parts.Count == 0)
        {
            return $"{result.AnswerTexts[0]}\n\n依据：{result.Answer!.Source}";
        }

        var parts = result.Parts.Select((part, i) =>
            $"{i + 1}. 关于「{part.Question.Trim()}」：\n{(part.Answer is { } entry ? $"{part.AnswerTexts[0]}\n\n依据：{entry.Source}" : PartWithoutRule)}");
        return "你问了两件事，分开回答：\n\n" + string.Join("\n\n", parts);
    }

    /// <summary>A suggested question's button sends it through 问 so it is looked up even where free text is not.</summary>
    public static string AskButtonValue(string question) => $"{AskCommand} {question}";
}
