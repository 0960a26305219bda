using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>记录 姓名 步骤 日期 [说明] [例外 原因]: records a step of a 发展党员 file, asking for what is missing; committee only.</summary>
public sealed class RecordStepCommand(BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["记录", "发展党员记录"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(DevelopmentTexts.HelpTopic, "记录步骤", "记录 姓名 步骤 日期 [说明]", "记录发展党员的一个步骤（也可只发「记录」按提示填写；书记可在末尾加「例外 原因」）", Order: 81)
    {
        ButtonValue = "记录",
        Example = "记录 李四 确定为积极分子 3月5日",
    };

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.BeginDialogAsync(RecordStepDialog.DialogId, StepFormParser.Parse(arguments, clock), cancellationToken);
    }
}
