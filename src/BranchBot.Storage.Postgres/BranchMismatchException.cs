namespace BranchBot.Storage.Postgres;

/// <summary>A branch's store was asked to write over a row of another branch: a programming error, never data.</summary>
public sealed class BranchMismatchException : InvalidOperationException
{
    public BranchMismatchException(string rowId, string branchId)
        : base($"Row '{rowId}' belongs to another branch than '{branchId}'.")
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
