using Advocacy.Letters.Internal;
using Xunit;

namespace Advocacy.Letters.Tests.Internal;

public class ExcerptTests
{
    [Theory]
    [InlineData("dprk\u200B-2011", "dprk\\u200B-2011")] // zero-width space
    [InlineData("a\u00A0b", "a\\u00A0b")] // no-break space
    [InlineData("a\u202Fb", "a\\u202Fb")] // narrow no-break space
    [InlineData("a\u00ADb", "a\\u00ADb")] // soft hyphen
    [InlineData("\uFEFFa", "\\uFEFFa")] // byte order mark
    [InlineData("a\u2060b", "a\\u2060b")] // word joiner
    [InlineData("a\u200Db", "a\\u200Db")] // zero-width joiner
    [InlineData("a\u2028b", "a\\u2028b")] // line separator
    [InlineData("a\u202Eb", "a\\u202Eb")] // right-to-left override
    [InlineData("a\tb", "a\\u0009b")]
    public void Of_InvisibleCharacter_IsEscaped(string text, string expected) => Assert.Equal(expected, Excerpt.Of(text));

    [Theory]
    [InlineData("dprk-2011 kim jong-il")]
    [InlineData("김정일")]
    [InlineData("Médecins Sans Frontières")]
    public void Of_VisibleText_IsQuotedAsItIs(string text) => Assert.Equal(text, Excerpt.Of(text));
}
