using System.Globalization;
using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>Everything the broadcast conversations say.</summary>
public static class BroadcastTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("广播通知", "广播通知", "支部广播通知、送达和回执", Order: 50) { Aliases = ["通知"] };

    public const int ListedBroadcasts = 10;

    public const string AskText = "请输入要广播的内容：";
    public const string AskAudience = "发给谁？";
    public const string AudienceBranch = "全体党员";
    public const string AudienceCommittee = "支委";
    public const string AudienceGroup = "党小组";
    public const string AudienceNotCheckedIn = "会议未签到人员";
    public const string AudienceNotAcknowledged = "未回执人员";
    public static readonly string[] AudienceChoices = [AudienceBranch, AudienceCommittee, AudienceGroup, AudienceNotCheckedIn, AudienceNotAcknowledged];

    /// <summary>What people answer "发给谁？" with when they mean everyone.</summary>
    public static readonly string[] AudienceBranchSynonyms = ["全部", "所有人", "所有党员", "全部党员", "大家", "全员", "全支部", "每个人"];

    public const string AskGroup = "发给哪个党小组？";
    public const string NoGroups = "支部还没有党小组，请选择其他对象。";
    public const string AskMeeting = "发给哪次会议的未签到人员？";
    public const string NoMeetings = "最近没有已开始的会议，请选择其他对象。";
    public const string AskEarlier = "发给哪条广播的未回执人员？";
    public const string NoEarlier = "最近没有要求回执的广播，请选择其他对象。";
    public const string AskAcknowledgement = "需要成员点「收到」回执吗？";
    public const string AskTiming = "什么时候发送？";
    public const string Now = "立即发送";
    public const string Later = "定时发送";

    /// <summary>What people type for 立即发送 instead of pressing the button.</summary>
    public static readonly string[] NowSynonyms = ["现在发", "现在就发", "现在发送", "马上", "马上发", "立刻", "立刻发", "直接发", "现在", "立马", "立马发", "立即发", "赶紧发"];

    public static readonly string[] LaterSynonyms = ["定时", "晚点发", "晚些发", "稍后发", "以后再发", "指定时间", "到时候发", "晚点再发", "晚些再发", "稍后再发", "过会再发", "定在", "等会发", "等会儿发", "晚一点发", "过一会儿发"];
    public const string AskTime = "请告诉我发送时间，例如「明天上午9点」或「12月1日8:30」：";

    public const string Cancel = "取消";
    public const string FieldText = "内容";
    public const string FieldAudience = "对象";
    public const string FieldAcknowledgement = "回执";
    public const string FieldTime = "时间";
    public const string NotSent = "好的，广播没有发送。";

    public const string NoBroadcasts = "还没有发过广播。发送「广播 内容」发一条。";
    public const string AskReply = "请输入你的回复：";
    public const string NothingToReplyTo = "你最近没有收到支部广播，无需回复。";
    public const string AskNumber = "是哪一条广播？请回复编号，例如「12」。";

    /// <summary>Words where a broadcast number was expected: said once, not asked again, so the next message is free.</summary>
    public static string NumberNotSeen(string typed, string keyword) =>
        $"没有看出「{typed}」是哪一条广播，先不处理。需要时请发送「{keyword} 编号」，例如「{keyword} 2」。";

    public const string NotAllowed = "只有书记、副书记和支委可以发送广播。";

    /// <summary>Today's sentence for each refusal; the chat commands it names are this front end's.</summary>
    public static string Problem(BroadcastProblem problem, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(clock);
        return problem switch
        {
            BroadcastProblem.NotAllowed => NotAllowed,
            BroadcastProblem.NotAllowedToWithdraw => "只有发送人、书记和副书记可以撤回这条广播。",
            BroadcastProblem.Text { Problem: TextProblem.Empty { Field: TextField.Reply } } => "回复内容不能为空。",
            BroadcastProblem.Text text => TextProblemTexts.Say(text.Problem),
            BroadcastProblem.TooLong tooLong => $"广播内容太长了（{tooLong.Length}字），请控制在{tooLong.MaxLength}个字以内。",
            BroadcastProblem.PastTime past => $"定时发送的时间 {When(past.At, clock)} 已经过去了，请给出一个将来的时间。",
            BroadcastProblem.EmptyAudience empty => $"「{empty.AudienceLabel}」中没有可以发送的对象。",
            BroadcastProblem.NotFound notFound => $"找不到{BroadcastMessages.Name(notFound.Number)}。发送「广播记录」查看最近的广播。",
            BroadcastProblem.AlreadyWithdrawn withdrawn => $"{BroadcastMessages.Name(withdrawn.Number)}已经撤回过了。",
            BroadcastProblem.FollowUpOfWithdrawn followUp => $"{BroadcastMessages.Name(followUp.Number)}已经撤回，不能{Verb(followUp.Action)}。",
            BroadcastProblem.NotYetSent notYet =>
                $"{BroadcastMessages.Name(notYet.Number)}定于{When(notYet.SendsAt, clock)}发送，还没有发出，不能{Verb(notYet.Action)}。",
            BroadcastProblem.NoAcknowledgementAsked noReceipt => $"{BroadcastMessages.Name(noReceipt.Number)}没有要求回执，无需催收。",
            BroadcastProblem.AllAcknowledged all => $"{BroadcastMessages.Name(all.Number)}的接收人都已确认收到，无需催收。",
            BroadcastProblem.StillSending sending =>
                $"{BroadcastMessages.Name(sending.Number)}还有 {sending.Pending} 条消息在发送中，其余都已有结果，暂时无需补发。",
            BroadcastProblem.NothingToResend nothing =>
                $"{BroadcastMessages.Name(nothing.Number)}没有需要补发的对象：没有状态不明或发送失败的消息，无法送达的同志也还没有绑定聊天账号。",
            BroadcastProblem.AcknowledgementNotNeeded notNeeded => $"{BroadcastMessages.Name(notNeeded.Number)}不需要回执。",
            BroadcastProblem.NotReceived notReceived => $"你没有收到过{BroadcastMessages.Name(notReceived.Number)}。",
            BroadcastProblem.Withdrawn withdrawn => $"{BroadcastMessages.Name(withdrawn.Number)}已被撤回。",
            BroadcastProblem.NothingReceived => "你最近没有收到需要处理的支部广播。",
            BroadcastProblem.NoGroups => "支部还没有党小组。",
            BroadcastProblem.GroupNotFound group => $"找不到党小组「{group.Name}」。现有党小组：{string.Join("、", group.Groups)}。",
            BroadcastProblem.MeetingNotFound => "找不到这次会议（可能已取消）。",
            BroadcastProblem.MeetingNotStarted notStarted => $"{MeetingTexts.Describe(notStarted.Meeting, clock)}还没有开始，还谈不上未签到。",
            BroadcastProblem.EarlierNotNamed => "请指明是哪一条广播的未回执人员。",
            BroadcastProblem.EarlierNotFound earlier => $"找不到{BroadcastMessages.Name(earlier.Number)}。",
            BroadcastProblem.EarlierAskedNoAcknowledgement earlier => $"{BroadcastMessages.Name(earlier.Number)}没有要求回执，无法按未回执人员发送。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A broadcast problem without wording."),
        };
    }

    /// <summary>"12月1日（星期二）14:30", with the year when it is not this year: as the meeting conversations say a time.</summary>
    public static string When(DateTimeOffset instant, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return MeetingTexts.When(clock.ToLocal(instant), clock.Now);
    }

    /// <summary>"催收" or "补发".</summary>
    public static string Verb(BroadcastFollowUp action) => action == BroadcastFollowUp.Remind ? "催收" : "补发";

    /// <summary>"广播 #12".</summary>
    public static string Title(int number) => $"广播 #{number}";

    public static string When(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日 {local:HH:mm}");

    public static string Excerpt(string text, int max = 20)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..max] + "…";
    }

    public static string Preview(string text, BroadcastPreview preview, bool acknowledgement, DateTimeOffset? localTime)
    {
        var builder = new StringBuilder("请确认广播：\n")
            .Append("内容：").Append(MarkdownText.Escape(text)).Append('\n')
            .Append("对象：").Append(preview.AudienceLabel).Append('（').Append(preview.Recipients.Count).Append("人）\n")
            .Append("需要回执：").Append(acknowledgement ? "是" : "否").Append('\n')
            .Append("发送时间：").Append(localTime is { } at ? When(at) : "立即");
        if (preview.Unreachable.Count > 0)
        {
            builder.Append("\n其中 ").Append(preview.Unreachable.Count).Append(" 人尚未通过聊天加入，无法送达：").Append(Names(preview.Unreachable));
        }

        return builder.ToString();
    }

    /// <summary>Under the preview when the 回执 was read from the notice's own words: said, and how to change it.</summary>
    public static string ReceiptReadFromText(string? words) =>
        words is null ? string.Empty : $"\n（内容里写了「{words}」，所以按需要回执处理；不需要的话请点「修改」，再选「回执」。）";

    public static string EmptyAudience(string label) => $"「{label}」中没有可以发送的对象。请「修改」对象，或「取消」。";

    public static string PreviewProblem(string problem) => $"{problem}\n请「修改」，或「取消」。";

    /// <summary>The answer to a 确认 that arrives again after the broadcast was made: nothing is sent twice.</summary>
    public static string AlreadySent(int number) =>
        $"已发送（{BroadcastMessages.Name(number)}），不会重复发送。发送「广播详情 {number}」查看送达和回执情况。";

    public static string Sent(BroadcastSent sent, DateTimeOffset? localTime)
    {
        var broadcast = sent.Broadcast;
        var count = broadcast.RecipientIds.Count;
        var head = localTime is { } at
            ? $"已安排{Title(broadcast.Number)}于 {When(at)} 发送给{broadcast.AudienceLabel} {count} 人。发送前可用「撤回 {broadcast.Number}」取消。"
            : $"{Title(broadcast.Number)} 已开始发送给{broadcast.AudienceLabel} {count} 人。";
        var unreachable = sent.Unreachable.Count > 0 ? $"\n{sent.Unreachable.Count} 人无法送达：{Names(sent.Unreachable)}。" : string.Empty;
        return $"{head}{unreachable}\n发送「广播详情 {broadcast.Number}」查看送达和回执情况。";
    }

    public static string List(IReadOnlyList<BroadcastSummary> summaries, Func<DateTimeOffset, DateTimeOffset> toLocal, DateTimeOffset now)
    {
        var builder = new StringBuilder("最近的广播：");
        foreach (var summary in summaries)
        {
            var b = summary.Broadcast;
            var c = summary.Counts;
            builder.Append("\n#").Append(b.Number).Append(' ').Append(When(toLocal(b.SendsAt))).Append(' ').Append(b.AudienceLabel)
                .Append("「").Append(MarkdownText.Escape(Excerpt(b.Text))).Append("」");
            if (b.SignedAs is not null)
            {
                builder.Append("（").Append(b.SignedAs).Append("）");
            }

            if (b.IsWithdrawn)
            {
                builder.Append("（已撤回）");
            }
            else if (!b.IsDue(now))
            {
                builder.Append("（定时）");
            }

            builder.Append("\n   ").Append(CountsLine(c, b.RequiresAcknowledgement));
        }

        return builder.ToString();
    }

    public static string CountsLine(BroadcastCounts c, bool acknowledgement)
    {
        var line = $"已送达 {c.Sent}/{c.Recipients} · 待发送 {c.Pending} · 失败 {c.Failed} · 无法送达 {c.Unreachable}";
        if (c.Unknown > 0)
        {
            line += $" · 状态不明 {c.Unknown}";
        }

        if (c.Cancelled > 0)
        {
            line += $" · 已撤回 {c.Cancelled}";
        }

        if (acknowledgement)
        {
            line += $" · 已回执 {c.Acknowledged}/{c.Recipients}";
        }

        return c.Replies > 0 ? line + $" · 回复 {c.Replies}" : line;
    }

    public static string Detail(BroadcastDetail detail, Func<DateTimeOffset, DateTimeOffset> toLocal, DateTimeOffset now)
    {
        var b = detail.Broadcast;
        var state = b.IsWithdrawn ? "，已撤回" : b.IsDue(now) ? string.Empty : "，定时未发";
        var builder = new StringBuilder()
            .Append(Title(b.Number)).Append('（').Append(detail.AuthorName).Append("，").Append(When(toLocal(b.SendsAt))).Append("，")
            .Append(b.AudienceLabel).Append(state).Append("）\n")
            .Append("「").Append(MarkdownText.Escape(Excerpt(b.Text, 60))).Append("」\n")
            .Append("共 ").Append(detail.Counts.Recipients).Append(" 人：").Append(CountsLine(detail.Counts, b.RequiresAcknowledgement));
        var notReceived = detail.NotReceived;
        builder.Append("\n未送达（").Append(notReceived.Count).Append("）：").Append(notReceived.Count == 0 ? "无" : WithStates(notReceived));
        if (!b.IsWithdrawn && detail.Counts.Unknown + detail.Counts.Failed > 0)
        {
            builder.Append("\n状态不明或发送失败的，可发送「").Append(ResendButton(b.Number)).Append("」再发一次。");
        }
        if (b.RequiresAcknowledgement)
        {
            var notAcknowledged = detail.NotAcknowledged;
            builder.Append("\n未回执（").Append(notAcknowledged.Count).Append("）：").Append(notAcknowledged.Count == 0 ? "无" : WithStates(notAcknowledged));
        }

        if (detail.Replies.Count > 0)
        {
            builder.Append("\n回复（").Append(detail.Replies.Count).Append("）：");
            foreach (var reply in detail.Replies)
            {
                builder.Append("\n• ").Append(reply.MemberName).Append(' ').Append(When(toLocal(reply.Reply.At))).Append("：").Append(MarkdownText.Escape(reply.Reply.Text));
            }
        }

        return builder.ToString();
    }

    public static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "待发送",
        DeliveryState.InFlight => "发送中",
        DeliveryState.Sent => "已送达",
        DeliveryState.Failed => "发送失败",
        DeliveryState.Unreachable => "无法送达",
        DeliveryState.Unknown => "状态不明",
        DeliveryState.Cancelled => "已撤回",
        _ => state.ToString(),
    };

    public static string Reminded(BroadcastReminder reminder) =>
        $"已向 {reminder.Recipients.Count} 位未回执的同志再次发送{Title(reminder.Broadcast.Number)}（第 {reminder.Reminder} 次催收）：{Names(reminder.Recipients)}。";

    public static string Resent(BroadcastResend resend) =>
        $"已向 {resend.Recipients.Count} 位同志补发{Title(resend.Broadcast.Number)}（第 {resend.Resend} 次补发）：{WithStates(resend.Recipients)}。状态不明的同志可能会收到两次。";

    public static string Withdrawn(BroadcastWithdrawal withdrawal)
    {
        var sent = withdrawal.AlreadySent > 0 ? $"已送达的 {withdrawal.AlreadySent} 人无法收回。" : "没有人收到过这条广播。";
        return $"已撤回{Title(withdrawal.Broadcast.Number)}：{withdrawal.Cancelled} 条尚未发出的消息已取消；{sent}";
    }

    public static string Acknowledged(BroadcastAcknowledged acknowledged) => acknowledged.AlreadyAcknowledged
        ? $"你已确认收到过{Title(acknowledged.Broadcast.Number)}。"
        : $"已确认收到{Title(acknowledged.Broadcast.Number)}，谢谢！";

    public static string ReplyToAuthor(BroadcastReplied replied, string memberName) =>
        $"【广播回复】{memberName} 回复了{Title(replied.Broadcast.Number)}「{MarkdownText.Escape(Excerpt(replied.Broadcast.Text))}」：\n{MarkdownText.Escape(replied.Reply.Text)}";

    public static string ReplyToOrganisation(BroadcastReplied replied, string memberName, string? branchName, int organisationNumber) =>
        $"【党委广播回复】{(branchName is null ? string.Empty : branchName + "的")}{memberName} 回复了党委广播{organisationNumber}「{MarkdownText.Escape(Excerpt(replied.Broadcast.Text))}」：\n{MarkdownText.Escape(replied.Reply.Text)}";

    public const string AnswerUsage = "请写明答复谁和答复内容，例如「答复 刘洋 可以手写，周五前交」。";

    public const string AnswerTooLong = "答复太长了，请控制在500字以内。";

    public static string NoReplyToAnswer(string name) =>
        $"{name}最近30天没有回复过你发的广播，没有可以答复的内容。要通知大家，请发送「广播」。";

    public static string AskAnswer(string name, BroadcastReply reply) =>
        $"{name}的回复是：「{Excerpt(reply.Text, 60)}」。请输入你的答复：";

    public static string AnswerToMember(string authorName, Broadcast broadcast, BroadcastReply reply, string answer) =>
        $"【广播答复】{authorName}答复了你对{Title(broadcast.Number)}「{MarkdownText.Escape(Excerpt(broadcast.Text))}」的回复「{MarkdownText.Escape(Excerpt(reply.Text, 40))}」：\n{MarkdownText.Escape(answer)}";

    public static string AnswerPassedOn(string name, bool reached) => reached
        ? $"答复已发给{name}。"
        : $"答复已记下，{name}暂时收不到（还没有通过聊天加入或发送失败），会自动重试。";

    public static string AnswerButtonTitle(string memberName) => $"答复{memberName}";

    public static string AnswerButtonValue(string memberName) => $"{AnswerReplyCommand.Keyword} {memberName}";

    public static string ReplyRepeated(BroadcastReplied replied) =>
        $"这条回复刚才已经发过了（{Title(replied.Broadcast.Number)}），不会重复转发。";

    /// <summary>Words the bot could not place, typed soon after a broadcast: offered as a reply to it, never sent unasked.</summary>
    public static string OfferReply(RecentBroadcast recent) =>
        $"这句话是想回复{Title(recent.Broadcast.Number)}「{Excerpt(recent.Broadcast.Text)}」吗？点「{ReplyButtonTitle(recent)}」就会转给{recent.AuthorName ?? "发送人"}；不是的话可以换个说法，或发送「帮助」看看我能做什么。";

    public static string ReplyButtonTitle(RecentBroadcast recent) => recent.AuthorName is { } name ? $"回复{name}" : "回复广播";

    public static string ReplyButtonValue(int number, string text) => $"{BroadcastMessages.ReplyValue(number)} {text}";

    public static string ReplyPassedOn(BroadcastReplied replied, bool reached) => replied.Author is { } author && reached
        ? $"你对{Title(replied.Broadcast.Number)}的回复已转给{author.Name}。"
        : $"你对{Title(replied.Broadcast.Number)}的回复已记录，发送人暂时无法收到通知，会在广播详情中看到。";

    public static string DetailButton(int number) => $"广播详情 {number}";

    public static string RemindButton(int number) => $"催收 {number}";

    public static string ResendButton(int number) => $"补发 {number}";

    public static string WithdrawButton(int number) => $"撤回 {number}";

    private static string WithStates(IEnumerable<BroadcastRecipientStatus> recipients) =>
        string.Join("、", recipients.Select(r => $"{r.Name}（{StateName(r.State)}）"));

    private static string Names(IEnumerable<Member> members) => string.Join("、", members.Select(m => m.Name));
}
