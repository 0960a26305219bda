namespace BranchBot.Core.Knowledge;

/// <summary>
/// The kind of answer a question wants, read from what it asks (<see cref="KnowledgeAskedKindReader"/>): an entry's own
/// question has one, and so has the clause a member asks (<see cref="KnowledgeAskedClause"/>). Wider than
/// <see cref="KnowledgeIntent"/>, which weighs the ranking: it also tells a yes/no question from a what question, and
/// both from one asking what follows or why.
/// </summary>
[Flags]
public enum KnowledgeAskedKind
{
    None = 0,

    /// <summary>能不能, 可以吗, 要不要, 是不是, …吗: yes or no.</summary>
    Whether = 1,

    /// <summary>多久一次, 几次, 每年: how often.</summary>
    Frequency = 2,

    /// <summary>谁, 哪些人, 哪一级: who.</summary>
    Who = 4,

    /// <summary>多少, 几个, 比例: how many or how much.</summary>
    Amount = 8,

    /// <summary>期限, 几年, 多久 (not how often), 什么时候: how long or by when.</summary>
    Time = 16,

    /// <summary>怎么办, 流程, 步骤, 手续: how it is done.</summary>
    Procedure = 32,

    /// <summary>区别, 一回事, 哪个重: how two things differ.</summary>
    Difference = 64,

    /// <summary>什么是, 哪些, 包括什么, 管啥: what something is or holds.</summary>
    Definition = 128,

    /// <summary>会怎样, 后果, 怎么处理, 影响: what follows.</summary>
    Consequence = 256,

    /// <summary>为什么, 为啥: why.</summary>
    Reason = 512,
}
