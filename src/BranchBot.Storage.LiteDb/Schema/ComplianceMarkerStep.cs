using BranchBot.Core.Meetings;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Version 10 (issue 16): a compliance nudge's sent marker names its branch ("compliance:{branch}:{kind}:…"). Each
/// older marker ("compliance:{kind}:…") is copied to its branch's key, so no nudge already sent goes out again; the
/// old marker stays (nothing reads it). A copy that exists already is not written again, so the step may run twice.
/// </summary>
public sealed class ComplianceMarkerStep : ISchemaStep
{
    private const string Prefix = "compliance:";

    public int Version => 10;

    public string Description => "compliance nudge markers name the branch (sent_markers)";

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (MigratedBranch.IdIn(database) is not { } branchId)
        {
            return;
        }

        var markers = database.GetCollection(LiteDbCollections.SentMarkers);
        foreach (var old in markers.FindAll().Where(m => m["Key"].IsString && IsOlderComplianceKey(m["Key"].AsString)).ToList())
        {
            var key = Prefix + branchId + ":" + old["Key"].AsString[Prefix.Length..];
            var id = LiteDbKeys.Safe(key);
            if (markers.FindById(id) is null)
            {
                markers.Insert(new BsonDocument { ["_id"] = id, ["Key"] = key, ["SentAt"] = old["SentAt"] });
            }
        }
    }

    /// <summary>"compliance:{kind}:…": the segment after the prefix names a meeting kind, not a branch.</summary>
    private static bool IsOlderComplianceKey(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal)
        && Enum.GetNames<MeetingKind>().Contains(key[Prefix.Length..].Split(':')[0], StringComparer.Ordinal);
}
