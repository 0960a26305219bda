namespace BranchBot.Core.Knowledge;

/// <summary>
/// Reads the <see cref="KnowledgeAskedKind"/> of a question as typed (not normalised: the particle 吗 that marks a yes/no
/// question is dropped in normalising). The kinds <see cref="KnowledgeIntentReader"/> knows are taken from it; a what
/// question is one asking 什么/啥/哪些 that asks none of the narrower kinds.
/// </summary>
public static class KnowledgeAskedKindReader
{
    private static readonly string[] WhetherWords =
    [
        "能不能", "可不可以", "是不是", "要不要", "用不用", "需不需要", "有没有", "算不算", "会不会", "行不行", "该不该", "能否", "是否",
        "可以吗", "行吗", "对吗", "好吗", "允许",
    ];

    private static readonly string[] ConsequenceWords =
    [
        "会怎样", "会怎么样", "会怎么", "会咋", "怎么处理", "如何处理", "怎么处置", "怎么处分", "后果", "影响", "会被", "会受到", "会有什么", "咋处理",
    ];

    private static readonly string[] ReasonWords = ["为什么", "为啥", "凭什么", "什么原因", "啥原因"];

    private static readonly string[] WhatWords = ["什么", "啥", "哪些", "哪几", "哪方面"];

    private static readonly (KnowledgeIntent Intent, KnowledgeAskedKind Kind)[] FromIntent =
    [
        (KnowledgeIntent.Frequency, KnowledgeAskedKind.Frequency),
        (KnowledgeIntent.Who, KnowledgeAskedKind.Who),
        (KnowledgeIntent.Permission, KnowledgeAskedKind.Whether),
        (KnowledgeIntent.Procedure, KnowledgeAskedKind.Procedure),
        (KnowledgeIntent.Amount, KnowledgeAskedKind.Amount),
        (KnowledgeIntent.Difference, KnowledgeAskedKind.Difference),
        (KnowledgeIntent.TimeLimit, KnowledgeAskedKind.Time),
    ];

    /// <summary>Kinds other than yes/no and what: a question asking one of them wants that, not a yes or a list.</summary>
    private const KnowledgeAskedKind Narrow = KnowledgeAskedKind.Frequency | KnowledgeAskedKind.Who | KnowledgeAskedKind.Amount
        | KnowledgeAskedKind.Time | KnowledgeAskedKind.Procedure | KnowledgeAskedKind.Difference | KnowledgeAskedKind.Consequence | KnowledgeAskedKind.Reason;

    public static KnowledgeAskedKind Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim().TrimEnd('？', '?', '。', '！', '!', ' ');
        var intent = KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(text));
        var kind = FromIntent.Where(p => (intent & p.Intent) != 0).Aggregate(KnowledgeAskedKind.None, (k, p) => k | p.Kind);
        if (Has(text, ConsequenceWords))
        {
            kind |= KnowledgeAskedKind.Consequence;
        }

        if (Has(text, ReasonWords))
        {
            kind |= KnowledgeAskedKind.Reason;
        }

        if (Has(text, WhetherWords) || text.EndsWith('吗') || text.EndsWith('么') && !text.EndsWith("什么", StringComparison.Ordinal) || text.EndsWith('嘛'))
        {
            kind |= KnowledgeAskedKind.Whether;
        }

        if ((kind & Narrow) == 0 && Has(text, WhatWords) && (kind & KnowledgeAskedKind.Whether) == 0)
        {
            kind |= KnowledgeAskedKind.Definition;
        }

        return kind;
    }

    /// <summary>How an entry's kind compares with the question's: nothing to compare when either asks no kind.</summary>
    public static KnowledgeIntentAgreement Compare(KnowledgeAskedKind question, KnowledgeAskedKind entry) =>
        question == KnowledgeAskedKind.None || entry == KnowledgeAskedKind.None ? KnowledgeIntentAgreement.NotStated
        : (question & entry) != 0 ? KnowledgeIntentAgreement.Agrees
        : KnowledgeIntentAgreement.Differs;

    private static bool Has(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
