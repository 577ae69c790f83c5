namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>
/// The path <see cref="JsonCursor"/> keeps, one frame per object or array it is inside: kept per thread, as
/// <see cref="ItemScratch{T}"/> keeps list builders, so that a corpus's millions of parses do not each allocate the
/// same three small arrays.
/// </summary>
/// <remarks>
/// A cursor rents the frames when it starts and releases them when its parse ends, however it ends. Only frames
/// below the cursor's depth are read, so what an earlier parse left in the others does not matter; the names are
/// cleared on release all the same, so that the kept frames hold no string of a letter alive.
/// </remarks>
internal sealed class CursorFrames
{
    /// <summary>The deepest nesting a cursor follows.</summary>
    public const int Max = 16;

    [System.ThreadStatic]
    private static CursorFrames? cached;

    private CursorFrames()
    {
    }

    /// <summary>Gets, for each frame, the member being read in that object (null between members).</summary>
    public string?[] Names { get; } = new string?[Max];

    /// <summary>Gets, for each frame, the items already read in that array.</summary>
    public int[] Counts { get; } = new int[Max];

    /// <summary>Gets, for each frame, whether it is an array.</summary>
    public bool[] IsArray { get; } = new bool[Max];

    /// <summary>Gets the thread's frames, or new ones when a cursor on this thread holds them.</summary>
    public static CursorFrames Rent()
    {
        var frames = cached ?? new CursorFrames();
        cached = null;
        return frames;
    }

    /// <summary>Clears the names and keeps the frames for the thread's next cursor.</summary>
    public void Release()
    {
        System.Array.Clear(Names, 0, Max);
        cached = this;
    }
}
