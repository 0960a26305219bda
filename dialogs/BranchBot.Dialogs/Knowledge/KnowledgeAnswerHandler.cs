using System.Text.RegularExpressions;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// Free text goes to the knowledge base last, after every other handler, when it reads as a question: a rules question
/// is answered (or gets the closest questions) and a question about something else is declined politely. Text that
/// is not a question ("收到", a plan line from a member who may not arrange meetings) keeps the usual "not understood"
/// reply, which lists what the bot can do; 问 forces a lookup for anything. An income told on its own ("退休金4500一个月",
/// how members answer 「请告诉我你的税后月工资」) is a dues question too. A need stated about the rules' business ("我要转组织关系，
/// 去上海工作了", "我想入党") gets the closest rules questions as buttons (never an answer), and is left to "not
/// understood" when the rules do not cover it ("我想换个手机"). A question the rules have no exact answer for that names one
/// of the sender's commands ("请假怎么弄", "广播能撤回吗") is asked back "你是想用「请假」吗？" with that command, its help and
/// 转交书记, rather than declined.
/// </summary>
public sealed partial class KnowledgeAnswerHandler(KnowledgeResponder responder, HelpResponder help) : IFreeTextHandler
{
    private static readonly string[] QuestionMarkers =
        ["?", "？", "吗", "么", "呢", "什么", "怎么", "咋", "啥", "多少", "几", "哪", "谁", "是否", "能不能", "可不可以", "要不要", "有没有", "如何", "多久", "多长", "怎样", "能否", "可以", "是不是", "规定", "标准"];

    private static readonly string[] NeedMarkers = ["我要", "我想", "我得", "我需要", "想要", "打算", "准备"];

    public int Order => 100;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (AsksTheRules(turn.Text))
        {
            // "请假怎么弄", "广播能撤回吗": a question without an exact rule that names a command is asked back about it.
            await responder.AnswerAsync(turn, turn.Text, help.NamedIn(turn.Sender, turn.Text), cancellationToken, () => help.ExplainNotAvailable(turn.Sender, turn.Text));
            return true;
        }

        return StatesANeed(turn.Text) && await responder.SuggestWhenInScopeAsync(turn, turn.Text, cancellationToken);
    }

    /// <summary>Whether the text is taken as a question (a rules or a dues one): whatever else, the knowledge base answers it.</summary>
    public static bool AsksTheRules(string text) => LooksLikeQuestion(text) || DuesQuestion.TryParse(text) is not null;

    private static bool StatesANeed(string text) => NeedMarkers.Any(m => text.Contains(m, StringComparison.Ordinal));

    private static bool LooksLikeQuestion(string text) =>
        QuestionMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)) || AOrNotA().IsMatch(text) || ModalThenNot().IsMatch(text);

    /// <summary>"算不算党龄", "用不用写思想汇报": a verb asked as itself and its negation.</summary>
    [GeneratedRegex(@"([\u4e00-\u9fa5])(不|没)\1")]
    private static partial Regex AOrNotA();

    /// <summary>"预备党员能投票不", "退休了还要交党费不": a can, must or counts question closed by 不 or 没 at the end.</summary>
    [GeneratedRegex(@"(能|会|要|用|算|该|得|需|准|许|行)[\u4e00-\u9fa5]{0,12}(不|没|没有|否)[啊呀哈嘛]?[?？。!！\s]*$")]
    private static partial Regex ModalThenNot();
}
