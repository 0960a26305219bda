namespace BranchBot.Core.Text;

/// <summary>Which piece of text a <see cref="TextProblem"/> is about, so a front end can name it.</summary>
public enum TextField
{
    MemberName,
    GroupName,
    BranchName,
    MeetingPlace,
    MeetingTopic,
    CheckInCode,
    MeetingMinutes,
    BroadcastContent,
    Reply,
}

/// <summary>Why a piece of text people typed cannot be stored as it is. The front ends word it.</summary>
public abstract record TextProblem(TextField Field)
{
    /// <summary>A control, format or bidirectional character (see <see cref="VisibleText"/>).</summary>
    public sealed record Invisible(TextField Field) : TextProblem(Field);

    public sealed record Empty(TextField Field) : TextProblem(Field);

    public sealed record TooLong(TextField Field, int MaxLength) : TextProblem(Field);

    /// <summary>A name holding a symbol our Markdown messages would misread (see <c>NameRules</c>).</summary>
    public sealed record ForbiddenSymbols(TextField Field) : TextProblem(Field);

    /// <summary>Only digits, punctuation and spaces: not a name.</summary>
    public sealed record NotAName(TextField Field, string Text) : TextProblem(Field);

    public sealed record ContainsSpace(TextField Field) : TextProblem(Field);
}
