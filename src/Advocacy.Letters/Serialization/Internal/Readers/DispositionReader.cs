namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>Reads a disposition object (<see cref="Disposition"/>) at the cursor, member by member.</summary>
internal static class DispositionReader
{
    private const string Noun = "a disposition";

    /// <summary>The members in the format's order; bit <c>i</c> of a member set stands for <c>Members[i]</c>.</summary>
    private static readonly string[] Members = ["demand", "status"];

    private const int Required = 0b11;

    public static Disposition Read(ref JsonCursor json)
    {
        json.StartObject(Noun);
        var seen = 0;
        string? demand = default;
        DispositionStatus status = default;
        while (json.NextMember())
        {
            if (json.Is("demand"u8))
            {
                json.Member(Members, 0, ref seen);
                demand = json.String(Noun);
            }
            else if (json.Is("status"u8))
            {
                json.Member(Members, 1, ref seen);
                status = json.Enum<DispositionStatus>();
            }
            else
            {
                throw json.Unknown(Noun, Members);
            }
        }

        json.EndObject(Noun, seen, Required, Members);
        return new Disposition
        {
            Demand = demand!,
            Status = status,
        };
    }
}
