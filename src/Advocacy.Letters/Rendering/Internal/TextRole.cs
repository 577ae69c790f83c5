namespace Advocacy.Letters.Rendering.Internal;

/// <summary>What a <see cref="TextBlock"/> is in the letter.</summary>
internal enum TextRole
{
    /// <summary>The greeting, "Dear Chairman Kim Jong-il,".</summary>
    Salutation,

    /// <summary>A paragraph of the body.</summary>
    Paragraph,

    /// <summary>The closing sentence before the valediction.</summary>
    Closing,

    /// <summary>The sign-off, "Yours sincerely,".</summary>
    Valediction,
}
