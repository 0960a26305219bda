namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>A branch's store was asked to write over a document of another branch: a programming error, never data.</summary>
public sealed class BranchMismatchException : InvalidOperationException
{
    public BranchMismatchException(string documentId, string owner, string branchId)
        : base($"Document '{documentId}' belongs to branch '{owner}', not to '{branchId}'.")
    {
    }

    public BranchMismatchException()
    {
    }

    public BranchMismatchException(string message)
        : base(message)
    {
    }

    public BranchMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
