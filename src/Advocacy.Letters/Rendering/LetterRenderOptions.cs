namespace Advocacy.Letters.Rendering;

/// <summary>
/// What a renderer adds to the letter as it was printed: its title, its date and place, and the addressees'
/// honorifics. By default nothing is added, so the sample letter renders with the published words only.
/// </summary>
/// <remarks>
/// <para>The title and the dateline ("Tokyo, 8 September 2011") come before the addressee block; an honorific comes
/// before the addressee's name ("Chairman Kim Jong-il"), in the address block and among the copies. An option whose
/// member is absent from the letter adds nothing. The HTML renderer always shows the title, since a page
/// needs one.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class LetterRenderOptions
{
    /// <summary>Gets the options used when none are given: nothing added.</summary>
    public static LetterRenderOptions Default { get; } = new();

    /// <summary>Gets options that add everything: title, date, place and honorifics.</summary>
    public static LetterRenderOptions All { get; } = new() { IncludeTitle = true, IncludeDate = true, IncludePlace = true, IncludeHonorifics = true };

    /// <summary>Gets a value indicating whether the letter's title heads the rendering.</summary>
    public bool IncludeTitle { get; init; }

    /// <summary>Gets a value indicating whether the letter's date is shown, in words ("8 September 2011", "September 2011", "2011").</summary>
    public bool IncludeDate { get; init; }

    /// <summary>Gets a value indicating whether the place the letter was written or released is shown, before its date.</summary>
    public bool IncludePlace { get; init; }

    /// <summary>Gets a value indicating whether each addressee's honorific comes before their name.</summary>
    public bool IncludeHonorifics { get; init; }
}
