namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>How a branch-owned store treats documents: its own are read and written, another branch's read as not found and are never written over.</summary>
internal sealed class BranchGuard(string branchId)
{
    public string BranchId => branchId;

    /// <summary>The document if it belongs to this branch, else null (another branch's id is not found here).</summary>
    public T? Own<T>(T? document, Func<T, string> branchOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(branchOf);
        return document is not null && branchOf(document) == branchId ? document : null;
    }

    /// <summary>Throws unless the document about to be written over (its branch <paramref name="owner"/>, null when new) is this branch's.</summary>
    public void RefuseOther(string? owner, string documentId)
    {
        if (owner is not null && owner != branchId)
        {
            throw new BranchMismatchException(documentId, owner, branchId);
        }
    }
}
