namespace BranchBot.Core.Knowledge;

/// <summary>
/// The cases a text names that narrow a rule to some members or some organisations: 村, 社区, retired members, 流动党员,
/// 预备党员, students, a 党委 or 总支 rather than a 支部, 机关, enterprises. An entry whose own question names a case
/// answers that case (its scope: "村党组织任期几年", "退休党员党费怎么交"); a question naming none asks the general rule, and a
/// question naming one asks that case's rule. Read from the text as written (lower case), not normalised, so the words
/// stay as members type them.
/// </summary>
public static class KnowledgeCases
{
    [Flags]
    public enum Case : uint
    {
        None = 0,
        Village = 1,
        Community = 2,
        Retired = 4,
        Mobile = 8,
        Probationary = 16,
        Student = 32,
        Committee = 64,
        GeneralBranch = 128,
        Organ = 256,
        Enterprise = 512,
    }

    private static readonly (Case Case, string[] Words)[] Words =
    [
        (Case.Village, ["村", "农村"]),
        (Case.Community, ["社区", "街道"]),
        (Case.Retired, ["退休", "离休"]),
        (Case.Mobile, ["流动", "外出务工", "外地", "打工", "在外务工"]),
        (Case.Probationary, ["预备党员", "预备期"]),
        (Case.Student, ["学生", "研究生", "高校", "大学", "学校", "读书"]),
        (Case.Committee, ["党委", "基层委员会"]),
        (Case.GeneralBranch, ["总支"]),
        (Case.Organ, ["机关"]),
        (Case.Enterprise, ["企业", "非公"]),
    ];

    /// <summary>The cases switched on for matching (the benchmark compares subsets); all by default.</summary>
    public static Case All { get; } = Words.Aggregate(Case.None, (all, w) => all | w.Case);

    /// <summary>The cases the text names.</summary>
    public static Case Of(string text, Case among)
    {
        ArgumentNullException.ThrowIfNull(text);
        var named = Case.None;
        foreach (var (kind, words) in Words)
        {
            if ((among & kind) != 0 && words.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                named |= kind;
            }
        }

        return named;
    }
}
