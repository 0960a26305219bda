namespace BranchBot.Core.Knowledge;

/// <summary>
/// Decides whether the best entry of a search in scope is clear enough to be given as the answer; otherwise the closest
/// questions are offered. <see cref="KnowledgeAnswerConfidence"/> is the product's; <see cref="KnowledgeThresholds"/>
/// the hand-written rule it replaced, kept for comparison and for tests that need a rule they can loosen.
/// </summary>
public interface IKnowledgeAnswerGate
{
    bool Clear(KnowledgeMatch best);
}
