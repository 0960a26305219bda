using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// What the 谈心 conversation remembers between turns. The answers themselves live in the domain's draft (protected);
/// only the flow is kept here.
/// </summary>
public sealed record FeedbackForm
{
    /// <summary>The branch-local day the conversation belongs to; the domain keeps a draft for that day only.</summary>
    public DateOnly Date { get; init; }

    /// <summary>
    /// What the member said in the sentence that started the conversation ("…谈谈心，最近工作压力大"), until it is kept as
    /// the first question's answer.
    /// </summary>
    public string? Said { get; init; }

    /// <summary>The question <see cref="Said"/> answers: the first one, unless it was said as a suggestion (对支部的意见建议).</summary>
    public FeedbackTopic? SaidAbout { get; init; }

    /// <summary>True while the member is choosing 继续 or 重新开始; a 取消 then keeps the draft.</summary>
    public bool OfferingResume { get; init; }

    /// <summary>A question chosen under 修改, asked again even though it has an answer.</summary>
    public FeedbackTopic? Redo { get; init; }

    /// <summary>The question whose answer just told of a hardship: whether a visit is wanted is asked next.</summary>
    public FeedbackTopic? HeardIn { get; init; }

    /// <summary>Whether the answers so far tell of a hardship (then 修改 offers the visit question).</summary>
    public bool HardshipMentioned { get; init; }

    public bool VisitAsked { get; init; }

    public bool? VisitWanted { get; init; }

    /// <summary>What the bot says about the last answer, at the start of its next message.</summary>
    public string? Lead { get; init; }

    /// <summary>
    /// The 继续 or 重新开始 just chosen, until the next answer: the same word sent again is a second press of that
    /// button, not an answer to the question that followed.
    /// </summary>
    public string? JustChosen { get; init; }
}
