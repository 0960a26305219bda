namespace BranchBot.Core.Knowledge.Dues;

/// <summary>Whose dues: each kind has its own rule in the dues regulation.</summary>
public enum DuesPayerKind
{
    /// <summary>在职党员 (also 预备党员 with a salary): a share of the monthly salary after tax.</summary>
    Employed,

    /// <summary>离退休党员: a share of the monthly pension.</summary>
    Retired,

    /// <summary>农民党员: a fixed small amount.</summary>
    Farmer,

    /// <summary>学生、下岗失业、领取最低生活保障金的党员: a fixed small amount.</summary>
    Student,
}
