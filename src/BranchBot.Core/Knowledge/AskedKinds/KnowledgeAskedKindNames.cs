namespace BranchBot.Core.Knowledge;

/// <summary>The words a knowledge file's "- 问的是：" line names kinds with (<see cref="KnowledgeAskedKind"/>), separated by 、 or ；.</summary>
public static class KnowledgeAskedKindNames
{
    private static readonly (string Name, KnowledgeAskedKind Kind)[] Names =
    [
        ("能不能", KnowledgeAskedKind.Whether),
        ("多久一次", KnowledgeAskedKind.Frequency),
        ("谁", KnowledgeAskedKind.Who),
        ("多少", KnowledgeAskedKind.Amount),
        ("什么时候", KnowledgeAskedKind.Time),
        ("怎么办", KnowledgeAskedKind.Procedure),
        ("区别", KnowledgeAskedKind.Difference),
        ("是什么", KnowledgeAskedKind.Definition),
        ("会怎样", KnowledgeAskedKind.Consequence),
        ("为什么", KnowledgeAskedKind.Reason),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    /// <summary>The kinds named; <paramref name="unknown"/> is the first word that names none.</summary>
    public static KnowledgeAskedKind Parse(string value, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(value);
        unknown = null;
        var kind = KnowledgeAskedKind.None;
        foreach (var word in value.Split(['、', '；', ';', ',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = Names.FirstOrDefault(n => n.Name == word);
            if (found.Name is null)
            {
                unknown ??= word;
                continue;
            }

            kind |= found.Kind;
        }

        if (kind == KnowledgeAskedKind.None)
        {
            unknown ??= value;
        }

        return kind;
    }
}
