using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>How the schema steps re-key documents whose id was a number or key unique in the one old branch.</summary>
internal static class PerBranchIds
{
    /// <summary>
    /// Each document whose <c>_id</c> is still a number n is stored again under "{branch}:{n}" with <c>Number</c> = n
    /// and <c>BranchId</c> (plus what <paramref name="more"/> adds); documents already re-keyed are left alone.
    /// </summary>
    public static void Renumber(LiteDatabase database, string collectionName, string branchId, Action<BsonDocument, int>? more = null)
    {
        var collection = database.GetCollection(collectionName);
        foreach (var old in collection.FindAll().Where(d => d["_id"].IsInt32 || d["_id"].IsInt64).ToList())
        {
            var number = old["_id"].AsInt32;
            var renumbered = new BsonDocument();
            foreach (var (field, value) in old)
            {
                renumbered[field] = value;
            }

            renumbered["_id"] = $"{branchId}:{number}";
            renumbered["Number"] = number;
            renumbered["BranchId"] = branchId;
            more?.Invoke(renumbered, number);
            collection.Delete(old["_id"]);
            collection.Insert(renumbered);
        }
    }

    /// <summary>Each document without a branch id is stored again under "{branch}:{old id}" with <c>BranchId</c>.</summary>
    public static void Prefix(LiteDatabase database, string collectionName, string branchId)
    {
        var collection = database.GetCollection(collectionName);
        foreach (var old in collection.FindAll().Where(d => !d["BranchId"].IsString).ToList())
        {
            var prefixed = new BsonDocument();
            foreach (var (field, value) in old)
            {
                prefixed[field] = value;
            }

            prefixed["_id"] = $"{branchId}:{old["_id"].AsString}";
            prefixed["BranchId"] = branchId;
            collection.Delete(old["_id"]);
            collection.Insert(prefixed);
        }
    }

    /// <summary>Gives every document without a branch id the branch's.</summary>
    public static void Stamp(LiteDatabase database, string collectionName, string branchId)
    {
        var collection = database.GetCollection(collectionName);
        foreach (var document in collection.FindAll().Where(d => !d["BranchId"].IsString || d["BranchId"].AsString.Length == 0).ToList())
        {
            document["BranchId"] = branchId;
            collection.Update(document);
        }
    }
}
