namespace BranchBot.Core.Knowledge;

/// <summary>How an entry's phrasings compare with what the question asks (<see cref="KnowledgeIntent"/>).</summary>
public enum KnowledgeIntentAgreement
{
    /// <summary>The question or the entry asks nothing specific: nothing to compare.</summary>
    NotStated,

    /// <summary>The entry asks at least one of the things the question asks.</summary>
    Agrees,

    /// <summary>Both ask something specific, and not the same thing ("多久开一次" against "由谁召集").</summary>
    Differs,
}
