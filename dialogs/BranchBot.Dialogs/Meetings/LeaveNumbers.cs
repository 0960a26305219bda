using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// A short number for a leave request, for the 批准请假/不批准请假 buttons: derived from the request's key, so it
/// stays the same however many other requests are decided meanwhile.
/// </summary>
internal static class LeaveNumbers
{
    public static int Of(AttendanceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in record.Id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return 1000 + (int)(hash % 9000);
    }
}
