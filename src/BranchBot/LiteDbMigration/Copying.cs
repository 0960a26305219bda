namespace BranchBot.LiteDbMigration;

internal static class Copying
{
    /// <summary>Copies each document in turn; <paramref name="insert"/> says whether it wrote or found the row already there.</summary>
    public static async Task<CollectionCount> EachAsync<T>(IEnumerable<T> documents, string collection, Func<T, Task<bool>> insert)
    {
        // Read whole before the first await: LiteDB's cursor holds a read lock that belongs to the thread it began on.
        var all = documents.ToList();
        var copied = 0;
        var there = 0;
        foreach (var document in all)
        {
            if (await insert(document).ConfigureAwait(false))
            {
                copied++;
            }
            else
            {
                there++;
            }
        }

        return new CollectionCount(collection, copied, there);
    }
}
