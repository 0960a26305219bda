namespace BranchBot.Core.Knowledge;

public enum KnowledgeVerdict
{
    /// <summary>The best entry answers the question.</summary>
    Answered,

    /// <summary>Something close was found but not sure enough to answer: offer the closest questions.</summary>
    Uncertain,

    /// <summary>The question is not about anything in the knowledge base.</summary>
    OutOfScope,
}
