
namespace Advocacy.Letters;

/// <summary>The overall attitude of a response to the letter.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>refused-to-engage</c>.</remarks>
public enum ResponseStance
{
    /// <summary>The respondent accepted the letter's demands.</summary>
    Accepted,

    /// <summary>The respondent accepted some demands and not others.</summary>
    PartlyAccepted,

    /// <summary>The respondent acknowledged the letter without committing to anything.</summary>
    Noncommittal,

    /// <summary>The respondent rejected the letter's demands.</summary>
    Rejected,

    /// <summary>The respondent refused to receive or discuss the letter.</summary>
    RefusedToEngage,
}
