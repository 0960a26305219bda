namespace BranchBot.Core.PartyDevelopment;

/// <summary>Why a 发展党员 operation was refused. The front ends word it.</summary>
public abstract record DevelopmentProblem
{
    /// <summary>Files are kept and read by the committee (书记、副书记、支委) only.</summary>
    public sealed record CommitteeOnly : DevelopmentProblem;

    /// <summary>Only the 书记 records a step against a rule.</summary>
    public sealed record ExceptionSecretaryOnly : DevelopmentProblem;

    public sealed record NameMissing : DevelopmentProblem;

    public sealed record NameTooLong(int MaxLength) : DevelopmentProblem;

    public sealed record NoteTooLong(int MaxLength) : DevelopmentProblem;

    /// <summary>An exception needs its reason.</summary>
    public sealed record ExceptionReasonMissing : DevelopmentProblem;

    /// <summary>No file under that name.</summary>
    public sealed record NotOnFile(string Name) : DevelopmentProblem;

    /// <summary>The asker has no file of their own (我的入党进度).</summary>
    public sealed record NoOwnFile : DevelopmentProblem;

    /// <summary>An open file under that name exists already.</summary>
    public sealed record AlreadyOnFile(string Name, DevelopmentStage Stage) : DevelopmentProblem;

    /// <summary>The file ended with 转正 or 取消资格.</summary>
    public sealed record FileClosed(string Name, DevelopmentStage Stage) : DevelopmentProblem;

    public sealed record DateInFuture : DevelopmentProblem;

    /// <summary>The file holds this very step already (a message sent again after its reply was lost): nothing is added.</summary>
    public sealed record AlreadyRecorded(DevelopmentRecord Record, DevelopmentStep Step) : DevelopmentProblem;

    /// <summary>A rule of the table forbids the step; <see cref="DevelopmentRule.AllowsException"/> says whether the 书记 may record it with a reason.</summary>
    public sealed record RuleRefused(DevelopmentStepKind Step, DevelopmentRule Rule, DevelopmentRecord Record) : DevelopmentProblem;
}
