namespace BranchBot.Core.Membership;

/// <summary>What a role change says to the person concerned and to the audit log.</summary>
internal static class RoleChangeTexts
{
    public const string AuditAction = "修改角色";

    public static string AuditDetail(RoleTransition change, MembershipActor actor) =>
        $"「{change.Member.Name}」{RoleNames.ToChinese(change.From)}→{RoleNames.ToChinese(change.Member.Role)}（经{actor.Via}）";

    public static string Notice(RoleTransition change, MembershipActor actor) =>
        $"你在支部中的角色已由{RoleNames.ToChinese(change.From)}改为{RoleNames.ToChinese(change.Member.Role)}" +
        $"（{actor.Name}经{actor.Via}操作）。如有疑问，请与支部书记联系。";
}
