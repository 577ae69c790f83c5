using System;
using System.Text.Json;

namespace Advocacy.Letters.Serialization.Internal;

/// <summary>A failed <see cref="ContractChecks"/> check: System.Text.Json supplies the object's path, this the rest.</summary>
internal sealed class ContractException : JsonException
{
    public ContractException(string reason, string relativePointer)
        : base(reason)
    {
        Reason = reason;
        RelativePointer = relativePointer;
    }

    public ContractException()
    {
        Reason = RelativePointer = string.Empty;
    }

    public ContractException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
        RelativePointer = string.Empty;
    }

    public string Reason { get; }

    /// <summary>Gets the pointer from the object to the offending member or item, without a leading slash.</summary>
    public string RelativePointer { get; }
}
