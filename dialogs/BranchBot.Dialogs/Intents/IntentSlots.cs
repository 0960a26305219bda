namespace BranchBot.Dialogs.Intents;

/// <summary>The names of what a sentence carries for a command (also the columns of Evaluation/intents.tsv).</summary>
public static class IntentSlots
{
    public const string Meeting = "会议";
    public const string Date = "日期";
    public const string Time = "时间";
    public const string Place = "地点";
    public const string Reason = "事由";
    public const string Name = "姓名";
    public const string Role = "角色";
    public const string Group = "党小组";
}
