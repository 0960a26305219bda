using System.Reflection;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// Privacy by absence: 谈心 content, feedback answers and 匿名建议 stay with the branch because nothing the overview
/// takes in or gives out has a field that could hold them. A new field of another type fails here until someone
/// decides it is fit to be seen from above and adds it to the list.
/// </summary>
public class OverviewPrivacyTests
{
    private static readonly HashSet<Type> Seen =
    [
        typeof(BranchFacts), typeof(ComplianceInputs), typeof(ComplianceRule), typeof(Meeting), typeof(MeetingAudience),
        typeof(PartyGroup), typeof(TalkCounts), typeof(ReceiptCounts),
        typeof(OverviewReport), typeof(OverviewPeriod), typeof(OverviewRow), typeof(RuleCell), typeof(RuleColumn),
        typeof(LedgerRow), typeof(PeriodSpan),
    ];

    [Fact]
    public void What_the_overview_takes_and_gives_reaches_only_the_listed_types()
    {
        var reached = Reachable(typeof(BranchFacts)).Concat(Reachable(typeof(OverviewReport))).Where(IsProjectType).ToHashSet();

        Assert.DoesNotContain(reached, t => t.Namespace!.StartsWith("BranchBot.Core.Talks", StringComparison.Ordinal)
            || t.Namespace.StartsWith("BranchBot.Core.Knowledge", StringComparison.Ordinal));
        Assert.Equal(Seen.Select(t => t.Name).Order(StringComparer.Ordinal), reached.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// 待答问题 全部, the broadcast receipts and the 组织委员's summary give out only the question's text and time, a
    /// broadcast's counts, and the secretaries' nudges: no asker, nothing of 谈心 or 匿名建议.
    /// </summary>
    [Fact]
    public void The_questions_receipts_and_summary_from_above_reach_only_the_listed_types()
    {
        HashSet<Type> seen =
        [
            typeof(BranchOpenQuestions), typeof(OpenQuestion), typeof(BranchBroadcastReceipts), typeof(BroadcastReceipt),
            typeof(ReceiptCounts), typeof(PeriodShortfall), typeof(PeriodSpan), typeof(BranchShortfall), typeof(ComplianceNudge),
        ];
        var reached = new[] { typeof(BranchOpenQuestions), typeof(BranchBroadcastReceipts), typeof(PeriodShortfall) }
            .SelectMany(Reachable).Where(IsProjectType).ToHashSet();

        Assert.DoesNotContain(reached, t => t.Namespace!.StartsWith("BranchBot.Core.Talks", StringComparison.Ordinal));
        Assert.DoesNotContain(typeof(OpenQuestion).GetProperties(), p => p.Name.Contains("Asker", StringComparison.Ordinal));
        Assert.Equal(seen.Select(t => t.Name).Order(StringComparer.Ordinal), reached.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    private static bool IsProjectType(Type type) =>
        type.Namespace?.StartsWith("BranchBot", StringComparison.Ordinal) == true && !type.IsEnum;

    /// <summary>Every type held by a public property, through collections and nullables, from <paramref name="root"/>.</summary>
    private static HashSet<Type> Reachable(Type root)
    {
        var reached = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!reached.Add(type))
            {
                continue;
            }

            var held = type.IsGenericType ? type.GetGenericArguments()
                : type.IsArray ? [type.GetElementType()!]
                : IsProjectType(type) ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                : [];
            foreach (var next in held)
            {
                pending.Push(next);
            }
        }

        return reached;
    }
}
