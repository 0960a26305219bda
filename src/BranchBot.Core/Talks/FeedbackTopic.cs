namespace BranchBot.Core.Talks;

/// <summary>The four questions of a 谈心 conversation, in the order they are asked.</summary>
public enum FeedbackTopic
{
    ThoughtAndStudy = 0,
    WorkDifficulties = 1,
    LifeHelp = 2,
    BranchSuggestions = 3,
}
