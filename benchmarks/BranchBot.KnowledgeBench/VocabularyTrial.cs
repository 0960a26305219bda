using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Member-word mappings tried one at a time (issue 12, helper-al): each candidate rewrites its member words to the
/// regulation word in every entry's phrasings and answer and in every tuning question (as a synonym group would), the
/// whole search is re-run, and the lines it makes right, wrong or declined are counted per half (tune and confirm as in
/// <see cref="GateDeclines.TuneHalf"/>). A mapping is kept only when it helps both halves without a wrong answer added.
/// </summary>
internal static class VocabularyTrial
{
    public static IReadOnlyList<(string Canonical, string[] Variants)> Candidates { get; } =
    [
        // Derived on the tune half's declined lines (vocabulary-gap), first batch.
        ("决定", ["说了算", "拍板"]),
        ("上级", ["上面"]),
        ("失业", ["下岗"]),
        ("区别", ["是一回事", "是1回事", "有什么不同", "有啥不同", "不一样"]),
        ("生病", ["住院"]),
        ("行动不便", ["卧床", "腿脚不便", "腿脚不方便", "走不动"]),
        ("比例", ["百分之几", "几个点"]),
        ("没有", ["莫得", "没得"]),
        ("出国", ["加拿大", "美国", "日本", "澳大利亚", "英国", "德国", "新加坡"]),
        ("税后", ["扣完"]),
        ("流动党员", ["在外务工", "常年在外", "在外地打工"]),
        ("递交", ["递了", "交了"]),
        ("谈话", ["找我谈", "找他谈"]),
        ("由谁", ["谁来", "归谁"]),

        // Second batch: narrower forms of the first and the brief's examples.
        ("区别", ["是一回事", "是1回事"]),
        ("入党时间", ["入党那天", "入党的日子", "哪天入的党"]),
        ("政审", ["政治审查"]),
        ("申辩", ["说两句", "辩解"]),
        ("联系不上", ["找不到人", "找不着人", "失联", "联系不到"]),
        ("年老体弱", ["岁数大", "年纪大", "上了年纪"]),
        ("比例", ["百分之几"]),
        ("学生", ["在读", "读研究生", "研究生", "读博"]),
        ("推迟", ["晚1年", "晚一年", "晚些"]),
        ("年底", ["年终", "年末"]),
        ("预备党员", ["预备的"]),
        ("正式党员", ["正式的"]),
        ("入党", ["加入中国共产党", "加入共产党", "加入党组织"]),
        ("退党", ["不想当党员", "不想做党员"]),
        ("党费标准", ["交多少党费"]),
        ("受处分", ["背了处分", "背处分", "挨了处分", "挨处分"]),
    ];

    public static void Run(BenchData data, IReadOnlyList<string> only)
    {
        var baseline = Outcomes(data, c => c);
        Console.WriteLine("mapping\ttune right+/wrong+/lost\tconfirm right+/wrong+/lost\tlines");
        foreach (var (canonical, variants) in Candidates.Where(c => only.Count == 0 || only.Contains(c.Canonical)))
        {
            string Map(string text) => variants.Aggregate(text, (t, v) => t.Replace(v, canonical, StringComparison.Ordinal));
            var trial = Outcomes(data with { Entries = [.. data.Entries.Select(e => e with { Question = Map(e.Question), AlternativeQuestions = [.. e.AlternativeQuestions.Select(Map)], Answer = Map(e.Answer) })] }, Map);
            var counts = new Dictionary<bool, int[]> { [true] = new int[3], [false] = new int[3] };
            var lines = new List<string>();
            foreach (var (key, was) in baseline)
            {
                var now = trial[key];
                if (now == was)
                {
                    continue;
                }

                var tune = GateDeclines.TuneHalf.Contains(key.Part);
                var slot = now == Outcome.Right ? 0 : now == Outcome.Wrong ? 1 : 2;
                counts[tune][slot]++;
                lines.Add($"{key.Part}:{was}->{now}:{key.Question}");
            }

            Console.WriteLine($"{canonical} <- {string.Join('/', variants)}\t{string.Join('/', counts[true])}\t{string.Join('/', counts[false])}\t{string.Join(" | ", lines)}");
        }
    }

    private enum Outcome { Right, Wrong, Declined }

    /// <summary>Every tuning line's outcome with the questions, entries and labels mapped alike.</summary>
    private static Dictionary<(string Part, string Question), Outcome> Outcomes(BenchData data, Func<string, string> map)
    {
        var index = new KnowledgeIndex(data.Entries);
        var outcomes = new Dictionary<(string, string), Outcome>();
        foreach (var part in data.Tuning)
        {
            foreach (var c in part.Cases)
            {
                var result = index.Search(map(c.Question));
                outcomes[(part.Name, c.Question)] = result.Verdict != KnowledgeVerdict.Answered
                    ? (c.IsInScope ? Outcome.Declined : Outcome.Right)
                    : TuningRuns.Right(c with { Expected = c.IsInScope ? map(c.Expected) : c.Expected }, result) ? Outcome.Right : Outcome.Wrong;
            }
        }

        return outcomes;
    }
}
