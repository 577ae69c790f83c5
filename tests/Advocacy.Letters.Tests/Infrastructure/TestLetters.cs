namespace Advocacy.Letters.Tests.Infrastructure;

/// <summary>Small letters built in code, for tests that need a valid starting point to change one thing in.</summary>
internal static class TestLetters
{
    /// <summary>The smallest valid letter: one addressee, one paragraph, one signatory, no demands.</summary>
    public static Letter Minimal() => new()
    {
        Id = "minimal-letter",
        Title = "A minimal letter",
        Kind = LetterKind.OpenLetter,
        Language = "en",
        Addressees = [new Addressee { Role = AddresseeRole.To, Type = PartyType.Person, Name = "Ada Lovelace" }],
        Salutation = "Dear Director,",
        Body = [new Paragraph { Id = "ask", Text = "We ask you to act." }],
        Demands = [],
        Signatories = [new Signatory { Type = PartyType.Organization, Name = "Example Coalition", Label = "Example Coalition" }],
    };
}
