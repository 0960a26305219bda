namespace BranchBot.WebConsole.Access;

/// <summary>Who a console endpoint is for; an endpoint without this metadata is one of the branch's pages.</summary>
public enum ConsoleAudience
{
    /// <summary>The branch's own pages and actions: the committee only.</summary>
    Branch,

    /// <summary>
    /// A branch page a 党委 role holder may also read for a branch under their units (总览, 会议 and 签到情况, 台账 and its
    /// export, 广播 and their receipts); its writes stay the committee's.
    /// </summary>
    BranchReadable,

    /// <summary>The 各支部 pages: every signed-in viewer passes the gate; the pages refuse anyone without a 党委 role.</summary>
    Oversight,

    /// <summary>Answers that belong to no page (the 404 of an unknown path).</summary>
    AnyViewer,
}

/// <summary>Endpoint metadata read by <see cref="ConsoleGateFilter"/>.</summary>
public sealed record ConsolePageAudience(ConsoleAudience Audience)
{
    public static ConsolePageAudience BranchReadable { get; } = new(ConsoleAudience.BranchReadable);

    public static ConsolePageAudience Oversight { get; } = new(ConsoleAudience.Oversight);

    public static ConsolePageAudience AnyViewer { get; } = new(ConsoleAudience.AnyViewer);
}
