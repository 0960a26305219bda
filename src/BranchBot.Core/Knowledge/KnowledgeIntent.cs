namespace BranchBot.Core.Knowledge;

/// <summary>
/// What a question asks about its topic. Entries of one topic often differ only here ("支委会多久开一次" against
/// "支委会由谁召集"), so the index prefers the entry whose phrasings ask the same kind of thing
/// (<see cref="KnowledgeIntentReader"/>).
/// </summary>
[Flags]
public enum KnowledgeIntent
{
    None = 0,

    /// <summary>多久一次, 几次, 每年: how often.</summary>
    Frequency = 1,

    /// <summary>谁, 哪些人, 哪一级: who.</summary>
    Who = 2,

    /// <summary>能不能, 可以吗, 允许: whether it is allowed.</summary>
    Permission = 4,

    /// <summary>怎么办, 流程, 步骤, 手续: how it is done.</summary>
    Procedure = 8,

    /// <summary>多少, 几个, 几人, 比例: how many or how much.</summary>
    Amount = 16,

    /// <summary>区别, 一回事, 不同: how two things differ.</summary>
    Difference = 32,

    /// <summary>期限, 几年, 多久 (not how often), 什么时候: how long or by when.</summary>
    TimeLimit = 64,
}
