using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>The names of the talk feature's values, for the chat, the console and the scheduler's messages alike.</summary>
public static class TalkLabels
{
    /// <summary>Shown for a member no longer on the roster.</summary>
    public const string UnknownMember = "（未知）";

    /// <summary>The question of 谈心 a topic stands for.</summary>
    public static string Topic(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.ThoughtAndStudy => "近期思想和学习情况",
        FeedbackTopic.WorkDifficulties => "工作上的困难",
        FeedbackTopic.LifeHelp => "生活上需要组织帮助的事",
        FeedbackTopic.BranchSuggestions => "对支部工作的意见建议",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Unknown feedback topic."),
    };

    public static string Hardship(HardshipKind kind) => kind switch
    {
        HardshipKind.Illness => "身体健康（生病、住院等）",
        HardshipKind.Family => "家庭困难",
        HardshipKind.Financial => "经济困难",
        HardshipKind.Worry => "思想压力",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown hardship kind."),
    };

    /// <summary>The hardships joined with 、, as members and the secretary read them.</summary>
    public static string Hardships(IEnumerable<HardshipFinding> hardships) => string.Join("、", hardships.Select(h => Hardship(h.Kind)));

    public static string PairType(TalkPairType type) => type switch
    {
        TalkPairType.CommitteeCommittee => "支委之间",
        TalkPairType.CommitteeMember => "支委与党员",
        _ => "党员之间",
    };
}
