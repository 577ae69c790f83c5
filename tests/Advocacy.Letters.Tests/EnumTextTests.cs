using Advocacy.Letters.Validation;
using Xunit;

namespace Advocacy.Letters.Tests;

public class EnumTextTests
{
    [Fact]
    public void JsonName_IsTheFormatsKebabCase()
    {
        Assert.Equal("refused-to-engage", EnumText.JsonName(ResponseStance.RefusedToEngage));
        Assert.Equal("not-addressed", EnumText.JsonName(DispositionStatus.NotAddressed));
        Assert.Equal("in-person", EnumText.JsonName(ResponseChannel.InPerson));
        Assert.Equal("warning", EnumText.JsonName(ValidationSeverity.Warning));
    }

    [Fact]
    public void Words_AreLowerCaseWordsForPeople()
    {
        Assert.Equal("refused to engage", EnumText.Words(ResponseStance.RefusedToEngage));
        Assert.Equal("open letter", EnumText.Words(LetterKind.OpenLetter));
        Assert.Equal("cc", EnumText.Words(AddresseeRole.Cc));
    }

    [Fact]
    public void UndefinedValue_GivesItsNumber()
    {
        Assert.Equal("99", EnumText.JsonName((PartyType)99));
        Assert.Equal("99", EnumText.Words((PartyType)99));
    }
}
