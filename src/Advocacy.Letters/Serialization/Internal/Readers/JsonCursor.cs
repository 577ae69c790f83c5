using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>
/// The one pass over a letter's bytes that the model readers share: it moves a <see cref="Utf8JsonReader"/>,
/// enforces <see cref="LetterJsonReadOptions"/> as it goes, keeps the path it is at, and words every failure.
/// </summary>
/// <remarks>
/// The path holds only constant member names and counters, so the happy path allocates no string for it; a JSON
/// Pointer is built only when something fails. Every failure first rescans the document for a limit past
/// (<see cref="ReadLimits.Check"/>), so a limit is reported wherever it lies, before any other fault, as when the
/// limits were a separate pass in front of the reader.
/// </remarks>
internal ref struct JsonCursor
{
    /// <summary>Reads one model object at the cursor.</summary>
    public delegate T ItemReader<out T>(ref JsonCursor json);

    private const int MaxFrames = CursorFrames.Max;

    // The longest date read from its bytes directly: YYYY-MM-DD, with room to spare.
    private const int MaxPlainDateLength = 16;

    private readonly ReadOnlySpan<byte> json;
    private readonly LetterJsonReadOptions options;

    // The frames of the path, one per object or array the reader is inside: the member being read in an object (null
    // between members), the items already read in an array.
    private readonly CursorFrames path;
    private int frames;

    // A null item in an array is reported when its owner object ends, after its missing members, as before.
    private string? nullItemPointer;
    private string? nullItemReason;
    private int nullItemOwner;

    private Utf8JsonReader reader;

    public JsonCursor(ReadOnlySpan<byte> utf8Json, LetterJsonReadOptions options)
    {
        json = utf8Json;
        this.options = options;
        path = CursorFrames.Rent();
        frames = 0;
        nullItemPointer = null;
        nullItemReason = null;
        nullItemOwner = -1;
        reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxFrames * 4 });
    }

    public readonly JsonTokenType Token => reader.TokenType;

    /// <summary>Ends the parse, read or failed: the path goes back to the thread for its next one.</summary>
    public readonly void Release() => path.Release();

    /// <summary>Moves to the next token; a syntax error escapes as System.Text.Json's reader throws it.</summary>
    public void Read()
    {
        reader.Read();
    }

    /// <summary>Moves to the document's first token and ends the document after the root value.</summary>
    public void ReadEnd()
    {
        if (reader.Read())
        {
            // Unreachable: the reader throws on anything but white space after the root value.
            throw Fail("the document holds more than one value", string.Empty);
        }
    }

    /// <summary>Tells whether the current property name is <paramref name="name"/>, escapes resolved.</summary>
    public readonly bool Is(ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException ex)
        {
            // An escape that stands for no text (a lone surrogate): no member has that name.
            throw Fail("the value could not be read: " + ex.Message.TrimEnd('.'), Pointer(), inner: ex);
        }
    }

    /// <summary>Moves past a member name to the next member or the end of the object, checking the name's length.</summary>
    /// <returns><see langword="true"/> at a member name, <see langword="false"/> at the end of the object.</returns>
    public bool NextMember()
    {
        path.Names[frames - 1] = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        CheckLength();
        return true;
    }

    /// <summary>
    /// Records that member <paramref name="index"/> of <paramref name="members"/> is being read (for the path),
    /// refuses it if it was read before, and moves to its value.
    /// </summary>
    public void Member(string[] members, int index, ref int seen)
    {
        path.Names[frames - 1] = members[index];
        var bit = 1 << index;
        if ((seen & bit) != 0)
        {
            throw Fail($"duplicate member '{members[index]}': each member may appear once", Pointer());
        }

        seen |= bit;
        reader.Read();
    }

    /// <summary>Reads an object that must be present.</summary>
    public T Object<T>(string noun, ItemReader<T> read)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Fail($"null is not allowed for '{path.Names[frames - 1]}' in {noun}: give a value or leave out an optional member", Pointer());
        }

        return read(ref this);
    }

    /// <summary>Reads an object or <c>null</c>.</summary>
    public T? OptionalObject<T>(ItemReader<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : read(ref this);

    /// <summary>Reads an array of objects.</summary>
    public ImmutableArray<T> Array<T>(ItemReader<T> read)
    {
        StartArray();
        if (!NextItem())
        {
            return [];
        }

        var items = ItemScratch<T>.Rent();
        do
        {
            if (!IsNullItem())
            {
                items.Add(read(ref this));
            }

            ItemDone();
        }
        while (NextItem());

        return ItemScratch<T>.Finish(items);
    }

    /// <summary>Refuses the member at the reader: it is none of <paramref name="members"/>.</summary>
    public Exception Unknown(string noun, IReadOnlyList<string> members)
    {
        var name = NameOrRaw();
        path.Names[frames - 1] = name;
        var reason = $"unknown member '{Excerpt.Of(name)}' in {noun}";
        if (Suggestions.Nearest(name, members) is { } near)
        {
            reason += $" (did you mean '{near}'?)";
        }

        return Fail(reason, Pointer());
    }

    /// <summary>Enters the object the reader is at, or refuses the value.</summary>
    public void StartObject(string noun)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"expected {noun} (a JSON object)", Pointer());
        }

        Push(array: false);
    }

    /// <summary>Leaves an object: refuses it if a required member is missing, then reports a null item in it.</summary>
    public void EndObject(string noun, int seen, int required, IReadOnlyList<string> members)
    {
        if ((seen & required) != required)
        {
            var missing = new StringBuilder();
            var count = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if ((required & ~seen & (1 << i)) != 0)
                {
                    missing.Append(count++ == 0 ? "'" : ", '").Append(members[i]).Append('\'');
                }
            }

            frames--;
            throw Fail($"missing required member{(count > 1 ? "s" : string.Empty)} {missing} in {noun}", Pointer());
        }

        frames--;
        if (nullItemPointer is not null && frames == nullItemOwner)
        {
            throw Fail(nullItemReason!, nullItemPointer);
        }
    }

    /// <summary>Reads a string that must be present.</summary>
    public string String(string noun)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Fail($"null is not allowed for '{path.Names[frames - 1]}' in {noun}: give a value or leave out an optional member", Pointer());
        }

        return OptionalString()!;
    }

    /// <summary>
    /// Reads an optional country code as <see cref="OptionalString"/> does, except that a known ISO code is the
    /// table's own string (<see cref="IsoCountries.Code"/>): a corpus names the same few countries in nearly every
    /// signatory, and each would otherwise be a string of its own. Anything else is read as it is, for the validator.
    /// </summary>
    public string? OptionalCountry()
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            CheckLength();

            // Two bytes that are both letters hold no escape, so they are the text itself.
            return IsoCountries.Code(reader.ValueSpan) ?? GetString();
        }

        return OptionalString();
    }

    /// <summary>Reads a string or <c>null</c>.</summary>
    public string? OptionalString()
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                CheckLength();
                return GetString();
            case JsonTokenType.Null:
                return null;
            default:
                throw Fail("expected a string, found " + Found(), Pointer());
        }
    }

    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail($"expected one of {EnumNames<TEnum>.NameList} as a string", Pointer());
        }

        CheckLength();
        if (TryReadName(out TEnum value))
        {
            return value;
        }

        // Not a name: the string is made only now, for the message (or for the reason it cannot be read).
        var text = GetString();
        throw Fail($"'{Excerpt.Of(text)}' is not one of {EnumNames<TEnum>.NameList}", Pointer());
    }

    private bool TryReadName<TEnum>(out TEnum value)
        where TEnum : struct, Enum
    {
        try
        {
            return EnumNames<TEnum>.TryRead(ref reader, out value);
        }
        catch (InvalidOperationException)
        {
            // An escape that is no text (a lone surrogate): GetString words it, as for any other string.
            value = default;
            return false;
        }
    }

    public PartialDate Date()
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail("expected a date as a string: YYYY, YYYY-MM or YYYY-MM-DD", Pointer());
        }

        CheckLength();

        // A date as written (plain ASCII, no escapes) is read from its bytes without making a string of it.
        var bytes = reader.ValueSpan;
        if (!reader.ValueIsEscaped && bytes.Length <= MaxPlainDateLength)
        {
            Span<char> chars = stackalloc char[MaxPlainDateLength];
            var length = 0;
            while (length < bytes.Length && bytes[length] < 0x80)
            {
                chars[length] = (char)bytes[length];
                length++;
            }

            if (length == bytes.Length && PartialDate.TryParse(chars.Slice(0, length), out var plain))
            {
                return plain;
            }
        }

        var text = GetString();
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw Fail($"'{Excerpt.Of(text)}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date", Pointer());
    }

    public PartialDate? OptionalDate() => reader.TokenType == JsonTokenType.Null ? null : Date();

    /// <summary>Enters the array the reader is at, or refuses the value.</summary>
    public void StartArray()
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail("expected an array", Pointer());
        }

        Push(array: true);
    }

    /// <summary>Moves to the next item of the array; <see langword="false"/> at its end.</summary>
    public bool NextItem()
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            frames--;
            return false;
        }

        if (path.Counts[frames - 1] >= options.MaxItemsPerList)
        {
            throw Fail("the array is past MaxItemsPerList", Pointer());
        }

        return true;
    }

    /// <summary>Counts the item just read, so that the path names the next one.</summary>
    public void ItemDone() => path.Counts[frames - 1]++;

    /// <summary>
    /// At a <c>null</c> item: remembers the first one, reported when the owning object ends (unless something fails
    /// first), and tells the caller to skip it.
    /// </summary>
    public bool IsNullItem()
    {
        if (reader.TokenType != JsonTokenType.Null)
        {
            return false;
        }

        if (nullItemPointer is null)
        {
            nullItemReason = $"null is not allowed as an item of '{path.Names[frames - 2]}'";
            nullItemPointer = Pointer();
            nullItemOwner = frames - 2;
        }

        return true;
    }

    /// <summary>Reads an array of strings.</summary>
    public ImmutableArray<string> Strings() => Array(static (ref JsonCursor json) => json.String(string.Empty));

    /// <summary>Refuses a document whose root value is not an object.</summary>
    public Exception NotALetter() => reader.TokenType == JsonTokenType.Null
        ? Fail("expected a letter object, found null", string.Empty, located: false)
        : Fail("expected a letter (a JSON object)", string.Empty);

    /// <summary>Words a failure of System.Text.Json's reader (malformed JSON) at the path the cursor is at.</summary>
    public readonly LetterJsonException Malformed(JsonException ex)
    {
        ReadLimits.Check(json, options);
        return JsonErrors.Translate(ex, Pointer());
    }

    private void CheckLength()
    {
        if (ReadLimits.TooLong(ref reader, options) is not null)
        {
            throw Fail("the string is past MaxStringLength", Pointer());
        }
    }

    private readonly string GetString()
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Invalid UTF-8 or a lone surrogate escape: System.Text.Json's words say which.
            throw Fail("the value could not be read: " + ex.Message.TrimEnd('.'), Pointer(), inner: ex);
        }
    }

    private readonly string NameOrRaw()
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private void Push(bool array)
    {
        if (frames >= Math.Min(MaxFrames, options.MaxDepth))
        {
            throw Fail("the document nests too deeply", Pointer());
        }

        path.IsArray[frames] = array;
        path.Counts[frames] = 0;
        path.Names[frames] = null;
        frames++;
    }

    private readonly string Found() => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "a string",
    };

    /// <summary>The JSON Pointer of where the cursor is: built only for a failure.</summary>
    private readonly string Pointer()
    {
        var pointer = new StringBuilder();
        for (var d = 0; d < frames; d++)
        {
            if (path.IsArray[d])
            {
                pointer.Append('/').Append(path.Counts[d].ToString(CultureInfo.InvariantCulture));
            }
            else if (path.Names[d] is { } name)
            {
                pointer.Append('/').Append(JsonLocation.EscapeToken(name));
            }
        }

        return pointer.ToString();
    }

    /// <summary>
    /// A failure at the reader's position, unless the document is past a limit somewhere: that is reported instead,
    /// as it would have been had the limits been checked first.
    /// </summary>
    private readonly LetterJsonException Fail(string reason, string pointer, bool located = true, Exception? inner = null)
    {
        ReadLimits.Check(json, options);
        if (!located)
        {
            return new LetterJsonException(reason, pointer, null, null, inner);
        }

        var (line, byteInLine) = ReadLimits.LineAndByte(json, reader.BytesConsumed);
        return new LetterJsonException(reason, pointer, line, byteInLine, inner);
    }
}
