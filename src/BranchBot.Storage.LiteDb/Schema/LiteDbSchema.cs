namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// The version of the stored documents, kept in LiteDB's USER_VERSION (0 for files written before versions existed),
/// and the steps that bring an older file up to date. Run whenever the database is opened (server start-up, every CLI
/// verb, tests): before the first step the file is copied to <c>{file}.v{old}.bak</c>; each step runs in one
/// transaction and its version is recorded after it commits; a file newer than this code is refused.
/// </summary>
public static class LiteDbSchema
{
    /// <summary>Every step this version of BranchBot knows, oldest first.</summary>
    public static IReadOnlyList<ISchemaStep> Steps { get; } =
    [
        new OrganisationStep(),
        new BranchIdStep(2, "membership", LiteDbCollections.Members, LiteDbCollections.PartyGroups, LiteDbCollections.Invites),
        new BranchIdStep(3, "meetings", LiteDbCollections.Meetings, LiteDbCollections.MeetingPlans, LiteDbCollections.Attendance),
        new BranchIdStep(
            4, "talks", LiteDbCollections.Talks, LiteDbCollections.TalkAssignments, LiteDbCollections.Feedback, LiteDbCollections.FeedbackDrafts,
            LiteDbCollections.FollowUps, LiteDbCollections.Suggestions, LiteDbCollections.TalkAudit),
        new BranchIdStep(5, "the console audit log", LiteDbCollections.ConsoleAudit),
        new BroadcastNumberingStep(),
        new PendingQuestionNumberingStep(),
        new BranchIdStep(8, "the answer log", LiteDbCollections.KnowledgeAnswerLog, LiteDbCollections.KnowledgeFeedback),
        new KnowledgeEntryBranchStep(),
        new ComplianceMarkerStep(),
    ];

    /// <summary>The version a database has once every step ran, and a new database starts at.</summary>
    public static int CurrentVersion => VersionAfter(Steps);

    /// <summary>Brings the database to the last of <paramref name="steps"/>'s versions (see the class summary).</summary>
    /// <exception cref="SchemaTooNewException">The file's version is newer than the last step.</exception>
    public static SchemaUpgrade Upgrade(LiteDbContext context, IReadOnlyList<ISchemaStep> steps)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(steps);
        CheckOrder(steps);
        var target = VersionAfter(steps);
        var found = context.Database.UserVersion;
        if (found > target)
        {
            throw new SchemaTooNewException(context.File, found, target);
        }

        if (context.IsNew)
        {
            // Nothing older to convert: a new database is written in the current shape from its first document.
            if (found < target)
            {
                context.Database.UserVersion = target;
            }

            return new SchemaUpgrade(found, target, null);
        }

        if (found == target)
        {
            return new SchemaUpgrade(found, found, null);
        }

        var backup = context.CopyBeforeUpgrade(found);
        foreach (var step in steps.Where(s => s.Version > found))
        {
            context.InTransaction(() => step.Apply(context.Database));

            // LiteDB refuses a pragma inside a transaction; a crash before this line runs the (idempotent) step again.
            context.Database.UserVersion = step.Version;
        }

        return new SchemaUpgrade(found, target, backup);
    }

    private static int VersionAfter(IReadOnlyList<ISchemaStep> steps) => steps.Count == 0 ? 0 : steps[^1].Version;

    private static void CheckOrder(IReadOnlyList<ISchemaStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema step '{steps[i].Description}' has version {steps[i].Version}; step {i + 1} must have version {i + 1}.");
            }
        }
    }
}
