namespace Advocacy.Letters.Validation;

/// <summary>One problem found in a letter: where it is, its stable code, how serious it is and what is wrong.</summary>
public sealed record ValidationProblem
{
    /// <summary>Gets where the problem is, as an RFC 6901 JSON Pointer into the letter's JSON (<c>/signatories/3/country</c>).</summary>
    /// <value>The pointer; <c>""</c> means the whole letter.</value>
    public required string Path { get; init; }

    /// <summary>Gets the problem's stable code, one of <see cref="ValidationCodes"/> (<c>unknown-country</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets how serious the problem is.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>Gets what is wrong, in plain words.</summary>
    public required string Message { get; init; }

    /// <summary>Formats the problem as <c>path  code  message</c>, the form the <c>letters</c> command prints.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        var path = Path.Length == 0 ? "/" : Path;
        var severity = Severity == ValidationSeverity.Warning ? " (warning)" : string.Empty;
        return $"{path}  {Code}  {Message}{severity}";
    }
}
