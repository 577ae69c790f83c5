
namespace Advocacy.Letters;

/// <summary>What a response said or did about one demand.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>not-addressed</c>.</remarks>
public enum DispositionStatus
{
    /// <summary>The respondent supported the demand.</summary>
    Supported,

    /// <summary>The respondent supported part of the demand.</summary>
    PartlySupported,

    /// <summary>The respondent took note of the demand without committing to it.</summary>
    Noted,

    /// <summary>The respondent rejected the demand.</summary>
    Rejected,

    /// <summary>The demand was carried out.</summary>
    Implemented,

    /// <summary>The response did not address the demand.</summary>
    NotAddressed,
}
