namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// The words that open a correction and only say a mistake follows: "不对", "错了", "哦 不对不对", "我说错了", "刚才打错了",
/// "时间写错了", "地点有误", "更正一下". One definition for every reader of corrections: a prompt that passes them on to
/// the dialog below instead of reading the "不对" as a no, the meeting form that takes the value after them, and the
/// intent that reads them as 修改会议. "不对劲", "不对外" and "不对称" are no such opening.
/// </summary>
public static class CorrectionOpening
{
    /// <summary>
    /// The opening as a regular expression fragment, without anchors; the field it names, if any (时间/地点/主题…), is
    /// the group <c>field</c>.
    /// </summary>
    public const string Pattern =
        @"(?:(?:哦|噢|啊|呃|哎)\s*)?" +
        @"(?:(?:(?<field>名字|时间|日期|地点|地方|会场|主题|题目)又?)?(?:(?:我|刚才|刚刚)*(?:写|说|打|发|弄|搞|填|记))?(?:不对(?![劲外称付头])(?:不对)?|错了|有误)(?:了|啊|呀|哈)?" +
        @"|(?:更正|纠正)(?:一下)?)";
}
