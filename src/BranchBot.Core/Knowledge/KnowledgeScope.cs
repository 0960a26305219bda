namespace BranchBot.Core.Knowledge;

/// <summary>
/// Whether a question is about Party organisation at all. Weather, stocks or code share words like 怎么 or 每月
/// with the entries, so a loose BM25 match alone must not be taken as a rules question: it needs a word of the domain.
/// Checked on normalised text (Arabic numerals, canonical synonyms).
/// </summary>
public static class KnowledgeScope
{
    private static readonly string[] Cues =
    [
        "党", "支部", "支委", "书记", "预备", "转正", "换届", "选举", "处分", "组织关系", "组织生活", "3会", "谈心谈话",
        "介绍人", "积极分子", "发展对象", "表决", "任期", "必访", "台账", "民主评议", "入党申请", "留党察看", "政审",
        "开会", "会议", "学习", "隶属", "政治生日", "限期改正", "纪律",
    ];

    public static bool Covers(string normalized) => Cues.Any(cue => normalized.Contains(cue, StringComparison.Ordinal));
}
