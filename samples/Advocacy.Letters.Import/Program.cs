using Advocacy.Letters;
using Advocacy.Letters.Html;
using Advocacy.Letters.Import;

// A letter as it arrives: the text of an e-mail or a PDF. Read your own with File.ReadAllText("letter.txt").
const string text = """
    President Jane Roe
    Office of the President
    Republic of Examplia

    6 April 2021

    Dear President Roe,

    We write as organisations concerned by the detention of journalists in Examplia.

    We urge you to release every journalist held for their work, and to allow independent monitors into the prisons.

    Sincerely,

    Human Rights Watch
    Amnesty International (UK)
    Jane Doe, Professor, University of Nairobi, Kenya
    """;

LetterImportResult result = LetterImporter.Import(text, new LetterImportOptions { Id = "examplia-2021" });
Letter letter = result.Letter;
Console.WriteLine($"{letter.Id}, valid: {result.IsValid}");
Console.WriteLine($"to: {letter.Addressees[0].Name}");
foreach (var signatory in letter.Signatories)
{
    Console.WriteLine($"signed: {signatory.Name} ({signatory.Type}, {signatory.Country ?? "no country"})");
}

foreach (var demand in letter.Demands)
{
    Console.WriteLine($"demand {demand.Id}: {demand.Text}");
}

// First what the importer guessed, then what the validator says of the letter.
foreach (var problem in result.Problems)
{
    Console.WriteLine(problem);
}

// A web page: the companion package Advocacy.Letters.Html reads the article, leaving out scripts and navigation.
const string html = "<html><body><nav>Home</nav><article><p>Dear President Roe,</p><p>We call on you to end the blackout.</p><p>Sincerely,</p><p>Article 19</p></article></body></html>";
Console.WriteLine(HtmlLetterText.ToMarkdown(html).Split('\n')[0]);
Console.WriteLine($"from the page: {HtmlLetterImporter.Import(html).Letter.Demands[0].Text}");
