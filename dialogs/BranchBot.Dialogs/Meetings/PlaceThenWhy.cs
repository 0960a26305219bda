using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "一楼报告厅因为三楼那间要装修", "在二楼小会议室大家定一下明年计划", "五楼大会议室吧 那边宽敞": a room said in one breath with
/// why it was chosen or what will be done there. The place ends with the room; why it was chosen is no part of the
/// meeting, what is done there is its topic. "在二楼会议室开" ends at the room too: 开 (召开, 举行) is no part of the place.
/// </summary>
public static partial class PlaceThenWhy
{
    /// <summary>The room and what is said after it (null when that is only why), or null when the words are no such run-on.</summary>
    public static (string Place, string? Topic)? Split(string? words)
    {
        if (string.IsNullOrWhiteSpace(words) || RunOn().Match(words.Trim()) is not { Success: true } run)
        {
            return null;
        }

        var what = run.Groups["what"];
        return (run.Groups["place"].Value, what.Success ? words.Trim()[what.Index..].Trim() : null);
    }

    /// <remarks>
    /// Who is there may come before the room ("支委们在书记办公室碰一下", "请刘老师在一楼报告厅给大家讲党课"), and what is
    /// done there may start with any word ("党员活动室陈静给预备党员讲一堂党课", "三楼会议室开年度组织生活会") except one
    /// that goes on naming the place ("党员活动室隔壁的小房间", "服务中心门口", "会议室302", "文化中心五楼": a floor or room
    /// number after the noun is the place's own, unless the place named its floor already: "一楼报告厅三楼要装修").
    /// </remarks>
    [GeneratedRegex(@"^(吧|啊|哈)?((?<who>[\u4e00-\u9fa5]{1,10}?)在(?=[\u4e00-\u9fa5A-Za-z\d]{1,12}?(会议室|活动室|办公室|会议厅|报告厅|礼堂|教室|大厅|纪念馆|展览馆)))?在?(?<place>[\u4e00-\u9fa5A-Za-z\d]{1,12}?(会议室|活动室|办公室|会议厅|报告厅|礼堂|教室|中心|大厅|纪念馆|展览馆))(吧|啊|哈|呀)?([\s,，]*((因为|由于|那边|那里|那儿|这边|这里|那间|地方大|宽敞|方便|人多).*|(开会?|召开|举行|举办)(一下)?(吧|啊|哈)?|(?<what>(大家|一起|全体|主要|顺便|讨论|商量|研究|学习|定一下|过一下|总结|部署).*))|(开|召开|举行|举办|进行)?(?<what>(?!去(?!吧)|来|门口|旁边|隔壁|对面|里面|里头|外面|附近|一侧|东|西|南|北|楼|层|号|室|厅|院|广场|大楼|小学|中学|大学|医院|主任|的|(?<![楼层][\u4e00-\u9fa5A-Za-z\d]{0,12})[一二三四五六七八九十两\dA-Za-z]{1,3}(楼|层|号|室|栋|座|区))[\u4e00-\u9fa5].*))$")]
    private static partial Regex RunOn();
}
