namespace Advocacy.Letters.Validation;

/// <summary>How serious a validation problem is.</summary>
public enum ValidationSeverity
{
    /// <summary>The letter breaks a rule of the format: it is not valid.</summary>
    Error,

    /// <summary>Something is probably wrong, but the letter is still valid.</summary>
    Warning,
}
