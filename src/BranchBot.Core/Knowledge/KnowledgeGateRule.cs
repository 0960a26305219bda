namespace BranchBot.Core.Knowledge;

/// <summary>The rule of <see cref="KnowledgeThresholds"/> that lets a best entry answer; <see cref="None"/> when none does.</summary>
public enum KnowledgeGateRule
{
    None,

    /// <summary>All the question's topic, high relevance, a small lead (<see cref="KnowledgeThresholds.CloseMatch"/>).</summary>
    CloseMatch,

    /// <summary>All the question's topic and the same intent (<see cref="KnowledgeThresholds.AgreeingMatchMargin"/>).</summary>
    AgreeingMatch,

    /// <summary>Separating words lean its way, less of the topic (<see cref="KnowledgeThresholds.LeaningMatch"/>).</summary>
    LeaningMatch,

    /// <summary>Separating words lean its way, no lead in score needed (<see cref="KnowledgeThresholds.SeparatedMatch"/>).</summary>
    SeparatedMatch,

    /// <summary>The plain rule: relevance, topic and a lead of <see cref="KnowledgeThresholds.Margin"/>.</summary>
    Margin,

    /// <summary>The asked clause's words held, a small lead (<see cref="KnowledgeThresholds.AskedMatch"/>).</summary>
    AskedMatch,

    /// <summary>The entry gives the kind of answer the question asks for, by looser figures (<see cref="KnowledgeThresholds.WhenKindsAgree"/>).</summary>
    KindsAgree,
}
