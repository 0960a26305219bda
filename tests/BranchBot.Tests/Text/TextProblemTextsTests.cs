using BranchBot.Core.Text;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Tests.Text;

public sealed class TextProblemTextsTests
{
    [Fact]
    public void Every_field_has_a_name_and_every_problem_a_sentence()
    {
        foreach (var field in Enum.GetValues<TextField>())
        {
            Assert.NotEmpty(TextProblemTexts.Name(field));
            Assert.StartsWith(TextProblemTexts.Name(field), TextProblemTexts.Say(new TextProblem.Invisible(field)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Names_and_free_text_are_told_their_limits_in_their_own_words()
    {
        Assert.Equal("姓名太长了（最多 30 个字）。", TextProblemTexts.Say(new TextProblem.TooLong(TextField.MemberName, 30)));
        Assert.Equal("地点太长了，请控制在100个字以内。", TextProblemTexts.Say(new TextProblem.TooLong(TextField.MeetingPlace, 100)));
        Assert.Equal("会议记录太长了，请控制在20000个字以内，或分要点记录。", TextProblemTexts.Say(new TextProblem.TooLong(TextField.MeetingMinutes, 20_000)));
        Assert.Equal("「123」不像是姓名，请重新输入。", TextProblemTexts.Say(new TextProblem.NotAName(TextField.MemberName, "123")));
        Assert.Equal("签到码不能包含空格。", TextProblemTexts.Say(new TextProblem.ContainsSpace(TextField.CheckInCode)));
    }

    [Fact]
    public void The_typed_check_finds_the_same_invisible_characters_as_before()
    {
        Assert.Equal(new TextProblem.Invisible(TextField.MemberName), VisibleText.Line("张\u202E三", TextField.MemberName).Problem);
        Assert.Equal("张三", VisibleText.Line(" 张三 ", TextField.MemberName).Value);
        Assert.Equal(new TextProblem.Invisible(TextField.MeetingMinutes), VisibleText.FreeTextProblem("一、学习\u202E论讨", TextField.MeetingMinutes));
        Assert.Null(VisibleText.FreeTextProblem("一、学习\n二、讨论", TextField.MeetingMinutes));
    }
}
