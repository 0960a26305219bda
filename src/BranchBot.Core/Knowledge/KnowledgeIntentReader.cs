namespace BranchBot.Core.Knowledge;

/// <summary>
/// Reads a question's <see cref="KnowledgeIntent"/> from its wording. Works on normalised text, where synonyms are
/// canonical (多长时间 → 多久, 能不能 → 可以, 如何 → 怎么, 程序 → 步骤) and numerals Arabic (一次 → 1次).
/// A question may carry several intents ("党费每月交多少": frequency and amount) or none ("什么是三会一课").
/// </summary>
public static class KnowledgeIntentReader
{
    private static readonly (KnowledgeIntent Intent, string[] Cues)[] Cues =
    [
        (KnowledgeIntent.Frequency, ["几次", "多久1次", "多久开", "多久召开", "多久举行", "多久搞", "多久组织", "多久进行", "1年开", "每年", "每季度", "每半年", "每周", "每月", "频次", "频率", "定期", "1年1", "1月1", "1季度1", "1周1"]),
        (KnowledgeIntent.Who, ["谁", "哪些人", "哪个人", "什么人", "哪些党员", "什么样的人", "哪1级", "哪级", "哪个组织", "哪个部门", "哪些组织", "哪个党组织", "哪个支部", "哪边", "交给哪", "交哪", "往哪交", "交到哪", "找哪"]),
        (KnowledgeIntent.Permission, ["可以", "允许", "行不行", "行吗", "准许", "能当", "能参加", "能投", "能选", "能被", "能不", "能在", "能用", "能让", "能代", "能否"]),
        (KnowledgeIntent.Procedure, ["流程", "步骤", "手续", "办理", "环节"]),
        (KnowledgeIntent.Amount, ["多少", "几个", "几名", "几人", "几位", "几条", "几种", "几项", "几票", "比例", "人数", "百分之", "多大", "几岁"]),
        (KnowledgeIntent.Difference, ["区别", "不同", "差别", "差异", "1回事", "1样吗", "1样不", "同1个", "差在", "哪个更", "哪个影响更", "哪个重", "哪个轻"]),
        (KnowledgeIntent.TimeLimit, ["期限", "几年", "几个月", "几天", "多少天", "多少年", "工作日", "几周", "几个星期", "时限", "截止", "什么时候", "哪天", "哪1天", "几号", "以内", "之内", "最长", "最短", "任期", "学时"]),
    ];

    /// <summary>After 怎么, words that ask what or how much rather than how to do it.</summary>
    private static readonly string[] NotHowToDo = ["算", "计算", "样", "回事", "规定", "理解", "看", "认定", "定义"];

    public static KnowledgeIntent Read(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var intent = KnowledgeIntent.None;

        // 不同意 (disagree, "党员不同意退党") is no 不同 (different).
        var text = normalized.Replace("不同意", "反对", StringComparison.Ordinal);
        foreach (var (kind, cues) in Cues)
        {
            if (cues.Any(cue => text.Contains(cue, StringComparison.Ordinal)))
            {
                intent |= kind;
            }
        }

        // The particle 吗 is dropped in normalising, so "能吗" and "行吗" end in 能 or 行.
        if (normalized.EndsWith('能') || normalized.EndsWith("行不", StringComparison.Ordinal) || normalized.EndsWith('行'))
        {
            intent |= KnowledgeIntent.Permission;
        }

        if (AsksHowToDo(normalized))
        {
            intent |= KnowledgeIntent.Procedure;
        }

        // 多久 asks how often only with 1次/开 (caught above); alone ("预备期多久") it asks how long.
        if (normalized.Contains("多久", StringComparison.Ordinal) && (intent & KnowledgeIntent.Frequency) == 0)
        {
            intent |= KnowledgeIntent.TimeLimit;
        }

        return intent;
    }

    /// <summary>怎么 before a verb asks how to do it (怎么办, 怎么转); 怎么算, 怎么样, 怎么回事 ask something else.</summary>
    private static bool AsksHowToDo(string normalized)
    {
        for (var at = normalized.IndexOf("怎么", StringComparison.Ordinal); at >= 0; at = normalized.IndexOf("怎么", at + 2, StringComparison.Ordinal))
        {
            var rest = normalized[(at + 2)..];
            if (!NotHowToDo.Any(word => rest.StartsWith(word, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
