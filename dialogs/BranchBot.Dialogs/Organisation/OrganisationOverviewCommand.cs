using BranchBot.Core;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 各支部情况 [本月|本季度|本年|2026年|2026年第4季度] and 台账 全部 [期间]: every branch's 台账 status for 党委 role
/// holders, read-only; by branch (red first) or by rule.
/// </summary>
public sealed class OrganisationOverviewCommand(OversightAccess access, BranchFactsGatherer gatherer, BranchClock clock, IPublicBaseUrl publicBaseUrl) : IChatCommand
{
    public const string Keyword = "各支部情况";

    // Not "各支部台账": "各支部台账按类别汇总" is 台账 全部, which the intents tell apart (AllLedgersIntent).
    public IReadOnlyList<string> Keywords { get; } = [Keyword, "支部情况汇总"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, Keyword, "各支部情况 [本月|本季度|本年|2026年第4季度]", "党委查看各支部缺开的会议，缺开的支部排在前面（默认本季度）", Order: 200)
    {
        Example = "各支部情况 本季度",
    };

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        OversightReply.SendAsync(turn, arguments, Keyword, new(access, gatherer, clock, publicBaseUrl), OverviewTexts.Overview, cancellationToken);
}

/// <summary>台账 全部 [期间]: the same overview as 各支部情况, listed by rule (党员大会、支委会…) instead of by branch.</summary>
public sealed class AllLedgersCommand(OversightAccess access, BranchFactsGatherer gatherer, BranchClock clock, IPublicBaseUrl publicBaseUrl) : IChatCommand
{
    public const string Keyword = "台账 全部";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "台账全部", "全部台账"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, Keyword, "台账 全部 [本月|本季度|本年|2026年第4季度]", "党委按会议类别查看各支部的台账状态（默认本季度）", Order: 201)
    {
        Example = "台账 全部 本季度",
    };

    public Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken) =>
        OversightReply.SendAsync(turn, arguments, Keyword, new(access, gatherer, clock, publicBaseUrl), OverviewTexts.ByRule, cancellationToken);
}

/// <summary>What both oversight commands need to answer.</summary>
internal sealed record OversightSources(OversightAccess Access, BranchFactsGatherer Gatherer, BranchClock Clock, IPublicBaseUrl PublicBaseUrl);

/// <summary>The role check, the period and the report shared by the oversight commands.</summary>
internal static class OversightReply
{
    public static async Task SendAsync(
        BotTurn turn, string arguments, string keyword, OversightSources sources, Func<OverviewReport, string, string> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var units = await sources.Access.UnitsOverseenByAsync(turn.Sender.Member!.Id, cancellationToken);
        if (units.Count == 0)
        {
            await turn.SendAsync(OversightTexts.NotAnOverseer(keyword), cancellationToken);
            return;
        }

        if (OverviewPeriodReader.Read(arguments, sources.Clock.Now) is not { } period)
        {
            await turn.SendAsync(OversightTexts.PeriodUnknown(arguments, keyword), cancellationToken);
            return;
        }

        var report = await sources.Gatherer.OverviewAsync(units, period, cancellationToken);
        await turn.SendAsync(render(report, OversightTexts.ConsoleLink(sources.PublicBaseUrl.Get())), cancellationToken);
    }
}
