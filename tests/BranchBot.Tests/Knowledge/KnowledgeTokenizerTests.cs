using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeTokenizerTests
{
    /// <summary>"退休金5000多" is more than 5000: its number must not single out the entry for exactly 5000 元.</summary>
    [Fact]
    public void A_number_followed_by_more_is_no_amount_of_its_own()
    {
        Assert.DoesNotContain("5000", KnowledgeTokenizer.Terms(KnowledgeTextNormalizer.Normalize("退休金五千多")));
        Assert.Contains("5000", KnowledgeTokenizer.Terms(KnowledgeTextNormalizer.Normalize("退休金五千元")));
    }
}
