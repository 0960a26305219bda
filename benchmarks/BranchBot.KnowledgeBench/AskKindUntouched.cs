using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Whether the kind of ask (<see cref="KnowledgeIntentReader"/>) of the question against that of the answered entry's own
/// question separates right answers from wrong ones on untouched rows, and whether a stricter rule would: a 能不能
/// (permission) question answered by an entry whose own question asks something else only when its answer holds a
/// sentence saying yes or no (可以, 不能, 不得, 应当, 必须 …) about a meeting, body, role … the question names.
/// </summary>
internal static class AskKindUntouched
{
    private static readonly string[] YesNo = ["可以", "不能", "不得", "不可", "应当", "应该", "必须", "不允许", "允许", "无权", "有权", "不需要", "需要", "不用"];

    public static void Run(List<(string Name, IReadOnlyList<KnowledgeEntry> Entries, List<EvaluationCase> Cases)> parts)
    {
        var counts = new SortedDictionary<string, (int Right, int Wrong)>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var index = new KnowledgeIndex(part.Entries, null, KnowledgeTokenizer.Terms);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var result = index.Search(c.Question);
                if (result.Answers.Count != 1)
                {
                    continue;
                }

                var entry = result.Answers[0];
                var asked = KnowledgeTextNormalizer.Normalize(KnowledgeSituation.Split(c.Question).Asked is { Length: > 0 } a ? a : c.Question);
                var intent = KnowledgeIntentReader.Read(asked);
                var own = KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(entry.Question));
                var phrasings = entry.AlternativeQuestions.Prepend(entry.Question)
                    .Aggregate(KnowledgeIntent.None, (i, p) => i | KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(p)));
                var group = (intent & KnowledgeIntent.Permission) != 0 && (own & KnowledgeIntent.Permission) == 0
                        ? $"能不能 question, entry's own question not 能不能 ({(SaysYesOrNo(entry.Answer, asked) ? "answer says yes/no about the named terms" : "no such sentence")}{((phrasings & KnowledgeIntent.Permission) != 0 ? ", a phrasing asks 能不能" : "")})"
                    : (intent & KnowledgeIntent.Procedure) != 0 && (own & KnowledgeIntent.Procedure) == 0 && (own & KnowledgeIntent.Permission) != 0 ? "怎么 question, entry's own question 能不能"
                    : intent != KnowledgeIntent.None && own != KnowledgeIntent.None && (intent & own) == 0 ? "other kinds, differing"
                    : intent == KnowledgeIntent.None || own == KnowledgeIntent.None ? "a kind not stated on one side"
                    : "same kind";
                var (right, wrong) = counts.GetValueOrDefault(group);
                counts[group] = entry.Question == c.Expected ? (right + 1, wrong) : (right, wrong + 1);
            }
        }

        Console.WriteLine();
        Console.WriteLine("Ask kind of the question against the answered entry's own question (untouched rows, product as on main, one-entry answers):");
        Console.WriteLine("| group | right | wrong | precision |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (group, (right, wrong)) in counts)
        {
            Console.WriteLine($"| {group} | {right} | {wrong} | {100.0 * right / Math.Max(1, right + wrong):F1}% |");
        }
    }

    /// <summary>A sentence of the answer with a yes/no word and, when the question names any, one of its named terms.</summary>
    private static bool SaysYesOrNo(string answer, string asked)
    {
        var named = KnowledgeNamedTerms.Named(asked);
        return answer.Split(['。', '；', '\n', '！', '？'], StringSplitOptions.RemoveEmptyEntries)
            .Select(KnowledgeTextNormalizer.Normalize)
            .Any(sentence => YesNo.Any(word => sentence.Contains(word, StringComparison.Ordinal))
                && (named == 0 || (KnowledgeNamedTerms.Held(sentence) & named) != 0));
    }
}
