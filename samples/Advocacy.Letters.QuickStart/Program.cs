using Advocacy.Letters;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Validation;

// 1. Load a letter: the sample that ships with the library, or your own with LetterJson.ReadFile("letter.json").
Letter letter = SampleLetters.Dprk2011;
Console.WriteLine($"{letter.Title}: {letter.Demands.Length} demands, {letter.Signatories.Length} signatories");

// 2. Validate it. Records are immutable: `with` makes a changed copy, here with a malformed language tag.
Letter broken = letter with { Language = "en_GB" };
ValidationResult result = LetterValidator.Validate(broken);
Console.WriteLine($"valid: {result.IsValid}");
foreach (ValidationProblem problem in result.Problems)
{
    Console.WriteLine($"{problem.Path}  {problem.Code}  {problem.Message}");
}

// 3. Edit it: each edit returns a new letter and keeps references whole; here the responses' dispositions follow
//    the renamed demand.
Letter edited = letter.RenameDemand("invite-special-rapporteur", "invite-the-rapporteur");
Console.WriteLine($"{edited.Demands[0].Id}: {edited.Responses.Count(r => r.Dispositions.Any(d => d.Demand == edited.Demands[0].Id))} responses follow; valid: {LetterValidator.Validate(edited).IsValid}");

// 4. Write canonical JSON, and read it back: the round trip is exact.
string json = LetterJson.ToJson(letter);
Console.WriteLine($"{json.Length} characters; round trip equal: {LetterJson.Parse(json) == letter}");
