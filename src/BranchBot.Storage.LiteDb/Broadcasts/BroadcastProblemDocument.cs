using BranchBot.Core.Broadcasts;
using BranchBot.Core.Text;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>
/// A <see cref="BroadcastProblem"/> stored as data (the case's name and its values), so a plan's skipped occurrence is
/// worded by whichever front end reads it. A plan's audience never names a meeting, so
/// <see cref="BroadcastProblem.MeetingNotStarted"/> does not arise there (it would read back as MeetingNotFound).
/// </summary>
internal sealed class BroadcastProblemDocument
{
    public string Code { get; set; } = string.Empty;
    public int? Number { get; set; }
    public int? Count { get; set; }
    public int? MaxLength { get; set; }
    public DateTimeOffset? At { get; set; }
    public string? Name { get; set; }
    public List<string>? Names { get; set; }
    public BroadcastFollowUp? Action { get; set; }
    public string? TextCode { get; set; }
    public TextField? TextField { get; set; }

    public static BroadcastProblemDocument From(BroadcastProblem problem) => problem switch
    {
        BroadcastProblem.Text text => FromText(text.Problem),
        BroadcastProblem.TooLong p => new() { Code = nameof(BroadcastProblem.TooLong), Count = p.Length, MaxLength = p.MaxLength },
        BroadcastProblem.PastTime p => new() { Code = nameof(BroadcastProblem.PastTime), At = p.At },
        BroadcastProblem.EmptyAudience p => new() { Code = nameof(BroadcastProblem.EmptyAudience), Name = p.AudienceLabel },
        BroadcastProblem.GroupNotFound p => new() { Code = nameof(BroadcastProblem.GroupNotFound), Name = p.Name, Names = [.. p.Groups] },
        BroadcastProblem.FollowUpOfWithdrawn p => new() { Code = nameof(BroadcastProblem.FollowUpOfWithdrawn), Number = p.Number, Action = p.Action },
        BroadcastProblem.NotYetSent p => new() { Code = nameof(BroadcastProblem.NotYetSent), Number = p.Number, At = p.SendsAt, Action = p.Action },
        BroadcastProblem.StillSending p => new() { Code = nameof(BroadcastProblem.StillSending), Number = p.Number, Count = p.Pending },
        _ => new() { Code = problem.GetType().Name, Number = NumberOf(problem) },
    };

    public BroadcastProblem ToProblem() => Code switch
    {
        nameof(BroadcastProblem.Text) => new BroadcastProblem.Text(ToTextProblem()),
        nameof(BroadcastProblem.NotAllowed) => new BroadcastProblem.NotAllowed(),
        nameof(BroadcastProblem.NotAllowedToWithdraw) => new BroadcastProblem.NotAllowedToWithdraw(),
        nameof(BroadcastProblem.TooLong) => new BroadcastProblem.TooLong(Count ?? 0, MaxLength ?? 0),
        nameof(BroadcastProblem.PastTime) => new BroadcastProblem.PastTime(At ?? default),
        nameof(BroadcastProblem.EmptyAudience) => new BroadcastProblem.EmptyAudience(Name ?? string.Empty),
        nameof(BroadcastProblem.NotFound) => new BroadcastProblem.NotFound(Number ?? 0),
        nameof(BroadcastProblem.AlreadyWithdrawn) => new BroadcastProblem.AlreadyWithdrawn(Number ?? 0),
        nameof(BroadcastProblem.FollowUpOfWithdrawn) => new BroadcastProblem.FollowUpOfWithdrawn(Number ?? 0, Action ?? default),
        nameof(BroadcastProblem.NotYetSent) => new BroadcastProblem.NotYetSent(Number ?? 0, At ?? default, Action ?? default),
        nameof(BroadcastProblem.NoAcknowledgementAsked) => new BroadcastProblem.NoAcknowledgementAsked(Number ?? 0),
        nameof(BroadcastProblem.AllAcknowledged) => new BroadcastProblem.AllAcknowledged(Number ?? 0),
        nameof(BroadcastProblem.StillSending) => new BroadcastProblem.StillSending(Number ?? 0, Count ?? 0),
        nameof(BroadcastProblem.NothingToResend) => new BroadcastProblem.NothingToResend(Number ?? 0),
        nameof(BroadcastProblem.AcknowledgementNotNeeded) => new BroadcastProblem.AcknowledgementNotNeeded(Number ?? 0),
        nameof(BroadcastProblem.NotReceived) => new BroadcastProblem.NotReceived(Number ?? 0),
        nameof(BroadcastProblem.Withdrawn) => new BroadcastProblem.Withdrawn(Number ?? 0),
        nameof(BroadcastProblem.NothingReceived) => new BroadcastProblem.NothingReceived(),
        nameof(BroadcastProblem.NoGroups) => new BroadcastProblem.NoGroups(),
        nameof(BroadcastProblem.GroupNotFound) => new BroadcastProblem.GroupNotFound(Name ?? string.Empty, Names ?? []),
        nameof(BroadcastProblem.EarlierNotNamed) => new BroadcastProblem.EarlierNotNamed(),
        nameof(BroadcastProblem.EarlierNotFound) => new BroadcastProblem.EarlierNotFound(Number ?? 0),
        nameof(BroadcastProblem.EarlierAskedNoAcknowledgement) => new BroadcastProblem.EarlierAskedNoAcknowledgement(Number ?? 0),
        _ => new BroadcastProblem.MeetingNotFound(),
    };

    private static BroadcastProblemDocument FromText(TextProblem problem) => new()
    {
        Code = nameof(BroadcastProblem.Text),
        TextCode = problem.GetType().Name,
        TextField = problem.Field,
        MaxLength = (problem as TextProblem.TooLong)?.MaxLength,
        Name = (problem as TextProblem.NotAName)?.Text,
    };

    private TextProblem ToTextProblem()
    {
        var field = TextField ?? Core.Text.TextField.BroadcastContent;
        return TextCode switch
        {
            nameof(TextProblem.Empty) => new TextProblem.Empty(field),
            nameof(TextProblem.TooLong) => new TextProblem.TooLong(field, MaxLength ?? 0),
            nameof(TextProblem.ForbiddenSymbols) => new TextProblem.ForbiddenSymbols(field),
            nameof(TextProblem.NotAName) => new TextProblem.NotAName(field, Name ?? string.Empty),
            nameof(TextProblem.ContainsSpace) => new TextProblem.ContainsSpace(field),
            _ => new TextProblem.Invisible(field),
        };
    }

    private static int? NumberOf(BroadcastProblem problem) => problem switch
    {
        BroadcastProblem.NotFound p => p.Number,
        BroadcastProblem.AlreadyWithdrawn p => p.Number,
        BroadcastProblem.NoAcknowledgementAsked p => p.Number,
        BroadcastProblem.AllAcknowledged p => p.Number,
        BroadcastProblem.NothingToResend p => p.Number,
        BroadcastProblem.AcknowledgementNotNeeded p => p.Number,
        BroadcastProblem.NotReceived p => p.Number,
        BroadcastProblem.Withdrawn p => p.Number,
        BroadcastProblem.EarlierNotFound p => p.Number,
        BroadcastProblem.EarlierAskedNoAcknowledgement p => p.Number,
        _ => null,
    };
}
