using BranchBot.Storage.LiteDb;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>An in-memory database whose organisation has two branches, 甲 ("A") and 乙 ("B"), under one root, for the store isolation tests.</summary>
internal static class TwoBranchDatabase
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    public static LiteDbContext Create()
    {
        var context = LiteDbContext.InMemory();
        context.Database.GetCollection(LiteDbCollections.OrgUnits).InsertBulk(
        [
            new BsonDocument { ["_id"] = "root", ["Kind"] = "PartyCommittee", ["Name"] = "机关党委", ["ParentId"] = BsonValue.Null },
            new BsonDocument { ["_id"] = "A", ["Kind"] = "Branch", ["Name"] = "甲支部", ["ParentId"] = "root", ["ClaimedAt"] = At.UtcDateTime },
            new BsonDocument { ["_id"] = "B", ["Kind"] = "Branch", ["Name"] = "乙支部", ["ParentId"] = "root", ["ClaimedAt"] = At.UtcDateTime },
        ]);
        return context;
    }

    /// <summary>Every document of <paramref name="collections"/> that belongs to <paramref name="branch"/>, as text, in a stable order.</summary>
    public static List<string> Snapshot(LiteDbContext context, string branch, params string[] collections) =>
    [
        .. collections
            .SelectMany(name => context.Database.GetCollection(name).FindAll().Where(d => d["BranchId"].AsString == branch))
            .Select(d => d.ToString())
            .Order(StringComparer.Ordinal),
    ];
}
