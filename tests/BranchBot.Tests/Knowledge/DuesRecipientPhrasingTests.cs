using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// "党费交给谁" asked on its own was answered with the entry on dues while moving one's membership (its phrasing
/// "组织关系转走后党费交给谁" holds the whole question); with no move named it is the branch one belongs to.
/// </summary>
public class DuesRecipientPhrasingTests
{
    [Theory]
    [InlineData("党费交给谁")]
    [InlineData("党费交给谁呀")]
    [InlineData("我的党费该交给谁")]
    [InlineData("党费在哪交")]
    public void Asked_with_no_move_named_dues_go_to_the_members_own_branch(string question) =>
        Answers(question, "党费应当交给哪个支部？");

    [Theory]
    [InlineData("组织关系转走后党费交给谁")]
    [InlineData("转关系的时候党费在哪交")]
    public void Asked_about_a_move_the_transfer_entry_still_answers(string question) =>
        Answers(question, "转组织关系期间党费交到哪里？");

    private static void Answers(string question, string entryQuestion)
    {
        var result = ShippedIndex.Search(question);

        Assert.True(result.Verdict == KnowledgeVerdict.Answered, $"「{question}」：{result.Verdict}，最近 {result.Best?.Entry.Question}");
        Assert.Equal(entryQuestion, result.Answer!.Question);
    }
}
