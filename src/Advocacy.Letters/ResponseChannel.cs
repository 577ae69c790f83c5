
namespace Advocacy.Letters;

/// <summary>How a response was given.</summary>
/// <remarks>Written in JSON in kebab case, e.g. <c>in-person</c>.</remarks>
public enum ResponseChannel
{
    /// <summary>A letter in reply.</summary>
    Letter,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A telephone call.</summary>
    Phone,

    /// <summary>In person, at a meeting or at the door.</summary>
    InPerson,

    /// <summary>A public statement.</summary>
    Statement,

    /// <summary>Through the press or broadcast media.</summary>
    Media,

    /// <summary>Another channel, described in the summary.</summary>
    Other,
}
