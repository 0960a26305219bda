using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Answer-side changes judged on untouched rows (the parts of <see cref="UntouchedPart.All"/> searched on knowledge/ as
/// it was at each part's first run, today's labels; see <see cref="UntouchedGateFit"/>). First the product's wrong answers
/// counted by cause: two questions in one line (<see cref="KnowledgeQuestionSplitter"/> cuts it in two), an entry whose
/// own question names a case the question does not or lacks the case the question names (<see cref="KnowledgeCases"/>),
/// the first and the label entry differing only by case, and the rest split into choice questions
/// (<see cref="KnowledgeChoice"/>), asks of another kind than the entry's own question, fragments and the rest; every line
/// of each. Then the ask kinds against right and wrong (<see cref="AskKindUntouched"/>). Then each variant: two-part
/// answers (<see cref="KnowledgeTwoParts"/>, with or without parts held to their named terms; a line is right when the
/// label entry is one of the entries answered), the scope step of <see cref="KnowledgeReranker"/> and the choice rule
/// (<see cref="KnowledgeChoiceRule"/>), per part and pooled, and on today's tuning parts.
/// </summary>
internal static class AnswerSideUntouched
{
    private const int Sample = 12;

    private static readonly KnowledgeCases.Case WithoutCommittee = KnowledgeCases.All & ~KnowledgeCases.Case.Committee;

    private static readonly KnowledgeCases.Case WithoutProbationary = KnowledgeCases.All & ~KnowledgeCases.Case.Probationary;

    private static readonly KnowledgeCases.Case Places = KnowledgeCases.Case.Village | KnowledgeCases.Case.Community | KnowledgeCases.Case.Retired | KnowledgeCases.Case.Mobile | KnowledgeCases.Case.Student;

    private static readonly (string Name, KnowledgeTwoParts TwoParts, KnowledgeReranker Reranker, KnowledgeChoiceRule Choice, bool CarrySubject)[] Variants =
    [
        ("main (one answer, no scope step)", KnowledgeTwoParts.None, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("main today (two parts, both sure, always)", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("two parts: both sure, whole agrees or declined", KnowledgeTwoParts.BothWhenWholeAgrees, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("two parts: both sure, always", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("two parts: one sure part when the whole is declined", KnowledgeTwoParts.OneWhenWholeDeclined, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("two parts: both (whole agrees) + one when declined", KnowledgeTwoParts.BothWhenWholeAgrees | KnowledgeTwoParts.OneWhenWholeDeclined, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("two parts: both (always) + one when declined", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.OneWhenWholeDeclined, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("scope step within 90%, all cases", KnowledgeTwoParts.None, Scoped(0.9, KnowledgeCases.All), KnowledgeChoiceRule.Off, false),
        ("scope step within 80%, all cases", KnowledgeTwoParts.None, Scoped(0.8, KnowledgeCases.All), KnowledgeChoiceRule.Off, false),
        ("scope step within 70%, all cases", KnowledgeTwoParts.None, Scoped(0.7, KnowledgeCases.All), KnowledgeChoiceRule.Off, false),
        ("scope step within 80%, no 党委", KnowledgeTwoParts.None, Scoped(0.8, WithoutCommittee), KnowledgeChoiceRule.Off, false),
        ("scope step within 80%, no 预备", KnowledgeTwoParts.None, Scoped(0.8, WithoutProbationary), KnowledgeChoiceRule.Off, false),
        ("scope step within 80%, no 党委, no 预备", KnowledgeTwoParts.None, Scoped(0.8, WithoutCommittee & WithoutProbationary), KnowledgeChoiceRule.Off, false),
        ("scope step within 90%, no 党委, no 预备", KnowledgeTwoParts.None, Scoped(0.9, WithoutCommittee & WithoutProbationary), KnowledgeChoiceRule.Off, false),
        ("scope step within 80%, 村 社区 退休 流动 学生 only", KnowledgeTwoParts.None, Scoped(0.8, Places), KnowledgeChoiceRule.Off, false),
        ("scope step within 90%, 村 社区 退休 流动 学生 only", KnowledgeTwoParts.None, Scoped(0.9, Places), KnowledgeChoiceRule.Off, false),
        ("two parts: both (always) + scope within 90%, 村 社区 退休 流动 学生 only", KnowledgeTwoParts.BothAlways, Scoped(0.9, Places), KnowledgeChoiceRule.Off, false),
        ("choice: prefer a close entry naming both sides (within 80%), else answer as before", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 0.8, false), false),
        ("choice: prefer a close entry naming both sides (within 80%), else decline", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 0.8, true), false),
        ("choice: prefer a close entry naming both sides (within 60%), else decline", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 0.6, true), false),
        ("choice by characters: prefer a close entry naming both sides (within 80%), else decline", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 0.8, true, ByCharacters: true), false),
        ("choice by characters: the first must name both sides, else decline", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 1, true, ByCharacters: true), false),
        ("choice: the first must name both sides, else decline", KnowledgeTwoParts.BothAlways, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 1, true), false),
        ("parts hold named terms (own and the first part's): both sure, always", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.PartsHoldNamedTerms, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("parts hold named terms (own and the first part's): both (always) + one when declined", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.OneWhenWholeDeclined | KnowledgeTwoParts.PartsHoldNamedTerms, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("parts hold named terms (own and the first part's): both sure, always; the sure half when the other lacks them", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.PartsHoldNamedTerms | KnowledgeTwoParts.SureHalfWhenOtherLacksNamed, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, false),
        ("parts hold named terms + choice within 80%, else decline", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.PartsHoldNamedTerms, KnowledgeReranker.Default, new KnowledgeChoiceRule(true, 0.8, true), false),
        ("shipped + a later part naming no subject searched with the first's (whole not answered)", KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.PartsHoldNamedTerms | KnowledgeTwoParts.SureHalfWhenOtherLacksNamed, KnowledgeReranker.Default, KnowledgeChoiceRule.Off, true),
    ];

    private static KnowledgeReranker Scoped(double closeness, KnowledgeCases.Case cases) => new()
    {
        Depth = KnowledgeReranker.Default.Depth,
        Closeness = KnowledgeReranker.Default.Closeness,
        ByNamedTerms = KnowledgeReranker.Default.ByNamedTerms,
        Prefers = KnowledgeReranker.Default.Prefers,
        ScopeCloseness = closeness,
        ScopeCases = cases,
    };

    public static void Run(BenchData data, string root, IReadOnlyList<string> extra)
    {
        var parts = UntouchedPart.LoadAll(data, root);

        Causes(parts);
        AskKindUntouched.Run(parts);

        var variants = Variants.ToList();
        if (extra.Count > 0)
        {
            variants.RemoveAll(v => v.Name != Variants[0].Name && !extra.Any(name => v.Name.Contains(name, StringComparison.Ordinal)));
        }

        var figures = variants.Select(v => (v.Name, PerPart: parts.Select(p => Figures(new KnowledgeIndex(p.Entries, null, KnowledgeTokenizer.Terms, v.Reranker, v.TwoParts, v.Choice, v.CarrySubject), p.Cases)).ToList())).ToList();
        Console.WriteLine();
        Console.WriteLine("Variants on untouched rows (top-1 = right entry first; right = the label among the entries answered):");
        Console.WriteLine("| variant | top-1 | precision | coverage | off-topic declined | not covered declined | right vs main | wrong vs main (all kinds) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var baseline = Pool(figures[0].PerPart);
        foreach (var (name, perPart) in figures)
        {
            var (top1, inScope, gate) = Pool(perPart);
            Console.WriteLine($"| {name} | {Percent(top1, inScope)} | {gate.Cells()} | {gate.Right - baseline.Gate.Right:+0;-0;0} | {gate.Wrong - baseline.Gate.Wrong:+0;-0;0} |");
        }

        foreach (var (name, perPart) in figures)
        {
            Console.WriteLine();
            Console.WriteLine($"Per part: {name}");
            Console.WriteLine("| part | top-1 | precision | coverage | off-topic declined | not covered declined |");
            Console.WriteLine("|---|---|---|---|---|---|");
            for (var p = 0; p < parts.Count; p++)
            {
                Console.WriteLine($"| {parts[p].Name} | {Percent(perPart[p].Top1, perPart[p].InScope)} | {perPart[p].Gate.Cells()} |");
            }
        }

        foreach (var (name, twoParts, reranker, choice, carry) in variants.Skip(1))
        {
            Tuning(data, name, twoParts, reranker, choice, carry, variants[0]);
        }

        Changed(parts, variants);
    }

    /// <summary>Each line whose result differs between main and a variant, on untouched rows: for reading what a variant gains and loses.</summary>
    private static void Changed(List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> parts, List<(string Name, KnowledgeTwoParts TwoParts, KnowledgeReranker Reranker, KnowledgeChoiceRule Choice, bool CarrySubject)> variants)
    {
        foreach (var (name, twoParts, reranker, choice, carry) in variants.Skip(1))
        {
            Console.WriteLine();
            Console.WriteLine($"Lines changed by: {name}");
            foreach (var part in parts)
            {
                var before = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, variants[0].Reranker, variants[0].TwoParts, variants[0].Choice, variants[0].CarrySubject);
                var after = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, reranker, twoParts, choice, carry);
                foreach (var c in part.Cases)
                {
                    var (b, a) = (Judge(c, before.Search(c.Question)), Judge(c, after.Search(c.Question)));
                    if (b != a)
                    {
                        Console.WriteLine($"  {part.Name} {b} → {a} | {c.Question} | label {c.Expected} | now {string.Join(" + ", after.Search(c.Question).Answers.Select(e => e.Question))}");
                    }
                }
            }
        }
    }

    private static string Judge(EvaluationCase c, KnowledgeSearchResult result) =>
        result.Answers.Count == 0 ? "declined" : !c.IsInScope ? "answered" : result.Answers.Any(e => e.Question == c.Expected) ? "right" : "wrong";

    private static (int Top1, int InScope, GateFigures Gate) Figures(KnowledgeIndex index, List<EvaluationCase> cases)
    {
        var f = new GateFigures();
        var top1 = 0;
        foreach (var c in cases)
        {
            var result = index.Search(c.Question);
            var answered = result.Answers.Count > 0;
            if (c.IsInScope)
            {
                top1 += result.Best?.Entry.Question == c.Expected ? 1 : 0;
                var right = result.Answers.Any(e => e.Question == c.Expected);
                f = f with { InScope = f.InScope + 1, Answered = f.Answered + (answered ? 1 : 0), Right = f.Right + (right ? 1 : 0) };
            }
            else if (c.Expected == EvaluationCase.NotCovered)
            {
                f = f with { NotCovered = f.NotCovered + 1, NotCoveredDeclined = f.NotCoveredDeclined + (answered ? 0 : 1) };
            }
            else
            {
                f = f with { OffTopic = f.OffTopic + 1, OffTopicDeclined = f.OffTopicDeclined + (answered ? 0 : 1) };
            }
        }

        return (top1, cases.Count(c => c.IsInScope), f);
    }

    /// <summary>The product's wrong answers on untouched rows (in scope, answered, not the label), by cause, with a sample of each.</summary>
    private static void Causes(List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> parts)
    {
        var byCause = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var labelRank = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var index = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms, KnowledgeReranker.Default, KnowledgeTwoParts.None, carrySubject: false);
            var byQuestion = part.Entries.ToDictionary(e => e.Question, StringComparer.Ordinal);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var result = index.Search(c.Question, 10);
                if (result.Answer is not { } first || first.Question == c.Expected)
                {
                    continue;
                }

                var cases = KnowledgeCases.Of(c.Question.ToLowerInvariant(), KnowledgeCases.All);
                var firstScope = KnowledgeCases.Of(first.Question.ToLowerInvariant(), KnowledgeCases.All);
                var labelScope = KnowledgeCases.Of(c.Expected.ToLowerInvariant(), KnowledgeCases.All);
                var cause = KnowledgeQuestionSplitter.Split(c.Question).Count == 2 ? "two questions in one line (the splitter cuts it)"
                    : (firstScope & ~cases) != 0 ? "the first entry's question names a case the question does not"
                    : (cases & ~firstScope) != 0 && (cases & labelScope) != 0 ? "the question names a case the first entry lacks, the label holds it"
                    : firstScope != labelScope ? "first and label differ by case otherwise"
                    : "other: " + OtherKind(c.Question, first);
                var rank = result.Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1;
                var ranks = labelRank.TryGetValue(cause, out var found) ? found : labelRank[cause] = new int[4];
                ranks[rank switch { 2 => 0, 3 => 1, > 3 => 2, _ => 3 }]++;
                (byCause.TryGetValue(cause, out var list) ? list : byCause[cause] = []).Add(
                    $"  {part.Name} | {c.Question}\n      answered: {first.Question}\n      label:    {c.Expected} (rank {(rank == 0 ? "not in 10" : rank.ToString(CultureInfo.InvariantCulture))})");
            }
        }

        Console.WriteLine("The product's wrong answers on untouched rows, by cause:");
        Console.WriteLine("| cause | wrong answers | label 2nd | label 3rd | label 4th–10th | label not in 10 |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (cause, lines) in byCause.OrderByDescending(k => k.Value.Count))
        {
            Console.WriteLine($"| {cause} | {lines.Count} | {string.Join(" | ", labelRank[cause])} |");
        }

        foreach (var (cause, lines) in byCause.OrderByDescending(k => k.Value.Count))
        {
            Console.WriteLine();
            Console.WriteLine($"{cause} ({lines.Count}):");
            lines.ForEach(Console.WriteLine);
        }
    }

    /// <summary>Words and marks that make a line a question; a line with none is a fragment ("警告 影响").</summary>
    private static readonly string[] QuestionCues = ["吗", "什么", "怎", "啥", "哪", "谁", "几", "多少", "多久", "是否", "不是", "要不要", "会不会", "算不算", "有没有", "能不能", "可以", "为什么", "咋", "?", "？", "么", "呢", "吧", "嘛", "好久"];

    /// <summary>
    /// Sub-causes of the "other" wrong answers: a choice question (<see cref="KnowledgeChoice"/>), a question asking another
    /// kind of thing (<see cref="KnowledgeIntentReader"/>) than the answered entry's own question, a fragment with no
    /// question word, and the rest (misspellings are among these and the fragments; they are read, not detected).
    /// </summary>
    private static string OtherKind(string question, KnowledgeEntry first)
    {
        var asked = KnowledgeTextNormalizer.Normalize(KnowledgeSituation.Split(question).Asked is { Length: > 0 } a ? a : question);
        var intent = KnowledgeIntentReader.Read(asked);
        var entryIntent = KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(first.Question));
        return KnowledgeChoice.Sides(asked) is not null ? "choice question (还是/或者, A和B一回事/区别/哪个)"
            : intent != KnowledgeIntent.None && (intent & entryIntent) == 0 ? $"ask kind differs from the entry's own question"
            : !QuestionCues.Any(cue => question.Contains(cue, StringComparison.Ordinal)) ? "fragment, no question word"
            : "same kind of ask, another entry of the topic";
    }

    private static (int Top1, int InScope, GateFigures Gate) Pool(List<(int Top1, int InScope, GateFigures Gate)> perPart) =>
        perPart.Aggregate((0, 0, new GateFigures()), (sum, x) => (sum.Item1 + x.Top1, sum.Item2 + x.InScope, sum.Item3.Add(x.Gate)));

    private static void Tuning(BenchData data, string name, KnowledgeTwoParts twoParts, KnowledgeReranker reranker, KnowledgeChoiceRule choice, bool carry, (string Name, KnowledgeTwoParts TwoParts, KnowledgeReranker Reranker, KnowledgeChoiceRule Choice, bool CarrySubject) main)
    {
        Console.WriteLine();
        Console.WriteLine($"Today's tuning parts (today's knowledge/), main → {name}:");
        Console.WriteLine("| part | top-1 before | top-1 after | precision before | precision after | coverage before | coverage after | off-topic declined before → after | not covered declined before → after |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var before = new KnowledgeIndex(data.Entries, null, KnowledgeTokenizer.Terms, main.Reranker, main.TwoParts, main.Choice, main.CarrySubject);
        var after = new KnowledgeIndex(data.Entries, null, KnowledgeTokenizer.Terms, reranker, twoParts, choice, carry);
        var sums = new (int Top1, int InScope, GateFigures Gate)[] { (0, 0, new GateFigures()), (0, 0, new GateFigures()) };
        foreach (var part in data.Tuning)
        {
            var cells = new[] { Figures(before, [.. part.Cases]), Figures(after, [.. part.Cases]) };
            for (var k = 0; k < 2; k++)
            {
                sums[k] = (sums[k].Top1 + cells[k].Top1, sums[k].InScope + cells[k].InScope, sums[k].Gate.Add(cells[k].Gate));
            }

            Console.WriteLine(Row(part.Name, cells[0], cells[1]));
        }

        Console.WriteLine(Row("**all**", sums[0], sums[1]));
    }

    private static string Row(string name, (int Top1, int InScope, GateFigures Gate) b, (int Top1, int InScope, GateFigures Gate) a) =>
        $"| {name} | {Percent(b.Top1, b.InScope)} | {Percent(a.Top1, a.InScope)} | {Percent(b.Gate.Right, b.Gate.Answered)} | {Percent(a.Gate.Right, a.Gate.Answered)} | {Percent(b.Gate.Right, b.Gate.InScope)} | {Percent(a.Gate.Right, a.Gate.InScope)} | {b.Gate.OffTopicDeclined}/{b.Gate.OffTopic} → {a.Gate.OffTopicDeclined}/{a.Gate.OffTopic} | {b.Gate.NotCoveredDeclined}/{b.Gate.NotCovered} → {a.Gate.NotCoveredDeclined}/{a.Gate.NotCovered} |";

    private static string Percent(int count, int total) => string.Create(CultureInfo.InvariantCulture, $"{count}/{total} = {100.0 * count / Math.Max(1, total):F1}%");
}
