using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Broadcasts;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// Each branch's broadcasts with their numbers, 收到 and replies. A broadcast whose number (or source) the branch
/// already has on PostgreSQL is left as it is: a number is never given to another broadcast.
/// </summary>
internal static class BroadcastCopies
{
    public static Task<CollectionCount> BroadcastsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<BroadcastDocument>(LiteDbCollections.Broadcasts).FindAll(), LiteDbCollections.Broadcasts, document =>
        {
            var broadcast = document.ToBroadcast();
            return ImportRows.InsertIfAbsentAsync(target, "broadcasts", cancellationToken,
                ("branch_id", document.BranchId), ("number", broadcast.Number), ("author_id", broadcast.AuthorId), ("created_ticks", broadcast.CreatedAt.UtcTicks),
                ("source_key", broadcast.SourceKey), ("doc", Documents.Json(broadcast)));
        });

    public static Task<CollectionCount> AcknowledgementsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<AcknowledgementDocument>(LiteDbCollections.BroadcastAcknowledgements).FindAll(), LiteDbCollections.BroadcastAcknowledgements, document =>
        {
            var acknowledgement = document.ToAcknowledgement();
            return ImportRows.InsertIfAbsentAsync(target, "broadcast_acknowledgements", cancellationToken,
                ("branch_id", document.BranchId), ("number", acknowledgement.BroadcastNumber), ("member_id", acknowledgement.MemberId),
                ("at_ticks", acknowledgement.At.UtcTicks), ("doc", Documents.Json(acknowledgement)));
        });

    public static Task<CollectionCount> RepliesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<ReplyDocument>(LiteDbCollections.BroadcastReplies).FindAll(), LiteDbCollections.BroadcastReplies, document =>
        {
            var reply = document.ToReply();
            return ImportRows.InsertIfAbsentAsync(target, "broadcast_replies", cancellationToken,
                ("id", reply.Id), ("branch_id", document.BranchId), ("number", reply.BroadcastNumber), ("at_ticks", reply.At.UtcTicks), ("doc", Documents.Json(reply)));
        });

    /// <summary>Recurring broadcasts (每周/每月…) with their numbers; the broadcasts they already sent are among those above.</summary>
    public static Task<CollectionCount> PlansAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<BroadcastPlanDocument>(LiteDbCollections.BroadcastPlans).FindAll(), LiteDbCollections.BroadcastPlans, document =>
        {
            var plan = document.ToPlan();
            return ImportRows.InsertIfAbsentAsync(target, "broadcast_plans", cancellationToken,
                ("branch_id", document.BranchId), ("number", plan.Number), ("doc", Documents.Json(plan)));
        });

    /// <summary>党委广播: one numbering for the organisation; each branch's part is among the branch broadcasts above.</summary>
    public static Task<CollectionCount> OrganisationBroadcastsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<OrganisationBroadcastDocument>(LiteDbCollections.OrgBroadcasts).FindAll(), LiteDbCollections.OrgBroadcasts, document =>
        {
            var broadcast = document.ToBroadcast();
            return ImportRows.InsertIfAbsentAsync(target, "org_broadcasts", cancellationToken,
                ("number", broadcast.Number), ("source_key", broadcast.SourceKey), ("completed", broadcast.CompletedAt is not null), ("doc", Documents.Json(broadcast)));
        });
}
