using BranchBot.Core.Text;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// How a <see cref="TextProblem"/> is said to people. The sentences name no chat command, so the console and the
/// command line say them the same way.
/// </summary>
public static class TextProblemTexts
{
    public static string Say(TextProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var what = Name(problem.Field);
        return problem switch
        {
            TextProblem.Invisible => $"{what}中含有不可见字符或控制字符，请重新输入。",
            TextProblem.Empty => $"{what}不能为空。",
            TextProblem.TooLong { Field: TextField.MemberName or TextField.GroupName or TextField.BranchName } tooLong => $"{what}太长了（最多 {tooLong.MaxLength} 个字）。",
            TextProblem.TooLong { Field: TextField.MeetingMinutes } tooLong => $"{what}太长了，请控制在{tooLong.MaxLength}个字以内，或分要点记录。",
            TextProblem.TooLong tooLong => $"{what}太长了，请控制在{tooLong.MaxLength}个字以内。",
            TextProblem.ForbiddenSymbols => $"{what}不能包含逗号、分号、引号、尖括号、方括号或 * _ ` \\ ~ 等符号。",
            TextProblem.NotAName notAName => $"「{notAName.Text}」不像是{what}，请重新输入。",
            TextProblem.ContainsSpace => $"{what}不能包含空格。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A text problem without wording."),
        };
    }

    public static string Name(TextField field) => field switch
    {
        TextField.MemberName => "姓名",
        TextField.GroupName => "党小组名称",
        TextField.BranchName => "支部名称",
        TextField.MeetingPlace => "地点",
        TextField.MeetingTopic => "主题",
        TextField.CheckInCode => "签到码",
        TextField.MeetingMinutes => "会议记录",
        TextField.BroadcastContent => "广播内容",
        TextField.Reply => "回复",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "A text field without a name."),
    };
}
