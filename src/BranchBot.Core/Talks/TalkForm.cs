namespace BranchBot.Core.Talks;

/// <summary>How a 谈心谈话 took place.</summary>
public enum TalkForm
{
    InPerson = 0,
    Phone = 1,
    Online = 2,
}

/// <summary>The Chinese names of talk forms.</summary>
public static class TalkForms
{
    public static IReadOnlyList<string> ChineseChoices { get; } = ["面谈", "电话", "线上"];

    public static string ToChinese(TalkForm form) => form switch
    {
        TalkForm.Phone => "电话",
        TalkForm.Online => "线上",
        _ => "面谈",
    };

    public static bool TryParse(string? text, out TalkForm form)
    {
        switch (text?.Trim())
        {
            case "面谈" or "当面" or "面对面":
                form = TalkForm.InPerson;
                return true;
            case "电话" or "通话":
                form = TalkForm.Phone;
                return true;
            case "线上" or "视频" or "网上" or "在线":
                form = TalkForm.Online;
                return true;
            default:
                form = TalkForm.InPerson;
                return false;
        }
    }
}
