using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Core.Dues;

/// <summary>What a member's dues rest on (交纳基数): a monthly income, a pension, or a status with a fixed amount.</summary>
public enum DuesStatus
{
    /// <summary>在职: monthly salary after tax.</summary>
    Employed,

    /// <summary>离退休: monthly pension.</summary>
    Retired,

    /// <summary>农民: 0.2 to 1 元 a month.</summary>
    Farmer,

    /// <summary>学生: 0.2 元 a month.</summary>
    Student,

    /// <summary>下岗失业: 0.2 元 a month.</summary>
    Unemployed,

    /// <summary>领取最低生活保障金 (低保): 0.2 元 a month.</summary>
    LowIncome,
}

public static class DuesStatuses
{
    /// <summary>Whose rule of the dues regulation applies: the one calculator decides by this.</summary>
    public static DuesPayerKind PayerKind(this DuesStatus status) => status switch
    {
        DuesStatus.Employed => DuesPayerKind.Employed,
        DuesStatus.Retired => DuesPayerKind.Retired,
        DuesStatus.Farmer => DuesPayerKind.Farmer,
        _ => DuesPayerKind.Student,
    };

    /// <summary>Whether the amount rests on an income in 元 (salary or pension).</summary>
    public static bool NeedsIncome(this DuesStatus status) => status is DuesStatus.Employed or DuesStatus.Retired;
}
