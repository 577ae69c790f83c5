using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Advocacy.Letters.Internal;

namespace Advocacy.Letters.Serialization.Internal.Writers;

/// <summary>
/// The one pass that writes a letter and checks the write-time contract as it goes, shared by the model writers: it
/// moves a <see cref="Utf8JsonWriter"/>, keeps the path it is at, and words every refusal. A letter is written only
/// when it reads back equal, so no <c>null</c> in a required member (it would be left out) or in an array, no lone
/// surrogate in a string (it would become U+FFFD) and no undefined enumeration value.
/// </summary>
/// <remarks>
/// The path holds only constant member names and counters, so the happy path allocates no string for it; a JSON
/// Pointer is built only when a letter is refused. The writer's output is then incomplete: callers write into a
/// <see cref="PooledBufferWriter"/> and copy out only what was written whole.
/// </remarks>
internal ref struct JsonOutput
{
    /// <summary>Writes one model object at the output.</summary>
    public delegate void ItemWriter<in T>(ref JsonOutput json, T item);

    // A letter nests three levels of objects inside its own (responses/0/from, addressees/0/address/lines).
    private const int MaxFrames = 8;

    private readonly Utf8JsonWriter writer;

    // names[d] is the member being written in the object at frame d; indexes[d] the item of its array being
    // written, or -1 when the member is an object.
    private readonly string[] names;
    private readonly int[] indexes;
    private int frames;

    public JsonOutput(Utf8JsonWriter writer)
    {
        this.writer = writer;
        names = new string[MaxFrames];
        indexes = new int[MaxFrames];
        frames = 0;
    }

    public readonly void StartObject() => writer.WriteStartObject();

    public readonly void EndObject() => writer.WriteEndObject();

    /// <summary>Writes a required string member.</summary>
    public readonly void String(JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            throw NullMember(name);
        }

        CheckText(value, name.Value, -1);
        writer.WriteString(name, value);
    }

    /// <summary>Writes a string member, or nothing when it is <see langword="null"/>.</summary>
    public readonly void OptionalString(JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            CheckText(value, name.Value, -1);
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes an enumeration member as its kebab-case name.</summary>
    public readonly void Enum<TEnum>(JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EncodedEnumNames<TEnum>.TryGet(value, out var text))
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"{value} is not a defined {typeof(TEnum).Name} value"), name.Value, -1);
        }

        writer.WriteString(name, text);
    }

    /// <summary>Writes a date member as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public readonly void Date(JsonEncodedText name, PartialDate value)
    {
        Span<byte> text = stackalloc byte[10];
        if (TryFormat(value, text, out var length))
        {
            writer.WriteString(name, text[..length]);
        }
        else
        {
            writer.WriteString(name, value.ToString());
        }
    }

    /// <summary>Writes a date member, or nothing when it is <see langword="null"/>.</summary>
    public readonly void OptionalDate(JsonEncodedText name, PartialDate? value)
    {
        if (value is { } date)
        {
            Date(name, date);
        }
    }

    /// <summary>Writes a required object member.</summary>
    public void Object<T>(JsonEncodedText name, T? value, ItemWriter<T> write)
        where T : class
    {
        if (value is null)
        {
            throw NullMember(name);
        }

        writer.WritePropertyName(name);
        Push(name.Value);
        write(ref this, value);
        frames--;
    }

    /// <summary>Writes an object member, or nothing when it is <see langword="null"/>.</summary>
    public void OptionalObject<T>(JsonEncodedText name, T? value, ItemWriter<T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            Push(name.Value);
            write(ref this, value);
            frames--;
        }
    }

    /// <summary>Writes an array member of objects, empty or not: the format writes every array.</summary>
    public void Array<T>(JsonEncodedText name, ImmutableArray<T> items, ItemWriter<T> write)
        where T : class
    {
        writer.WriteStartArray(name);
        Push(name.Value);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            indexes[frames - 1] = i;
            if (item is null)
            {
                throw Refuse($"null is not allowed as an item of '{name.Value}'", null, -1);
            }

            write(ref this, item);
        }

        frames--;
        writer.WriteEndArray();
    }

    /// <summary>Writes an array member of strings, empty or not.</summary>
    public readonly void Strings(JsonEncodedText name, ImmutableArray<string> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is null)
            {
                throw Refuse($"null is not allowed as an item of '{name.Value}'", name.Value, i);
            }

            CheckText(item, name.Value, i);
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static bool TryFormat(PartialDate date, Span<byte> text, out int length)
    {
        length = 0;
        var year = date.Year;
        if (year is < 0 or > 9999)
        {
            return false;
        }

        Digits(text, year, 4);
        length = 4;
        if (date.Month is { } month)
        {
            text[4] = (byte)'-';
            Digits(text[5..], month, 2);
            length = 7;
            if (date.Day is { } day)
            {
                text[7] = (byte)'-';
                Digits(text[8..], day, 2);
                length = 10;
            }
        }

        return true;
    }

    private static void Digits(Span<byte> text, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private void Push(string name)
    {
        names[frames] = name;
        indexes[frames] = -1;
        frames++;
    }

    private readonly void CheckText(string text, string member, int index)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0)
        {
            return;
        }

        for (var i = at; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw Refuse(
                    string.Create(CultureInfo.InvariantCulture, $"the text holds a lone surrogate (U+{(int)text[i]:X4}) at character {i + 1}, which JSON cannot carry"),
                    member,
                    index);
            }
        }
    }

    private readonly LetterJsonException NullMember(JsonEncodedText name) =>
        Refuse($"null is not allowed for '{name.Value}'", name.Value, -1);

    /// <summary>The refusal at the current path, then <paramref name="member"/> and its item <paramref name="index"/> if given.</summary>
    private readonly LetterJsonException Refuse(string reason, string? member, int index)
    {
        var pointer = new StringBuilder();
        for (var d = 0; d < frames; d++)
        {
            Append(pointer, names[d], indexes[d]);
        }

        if (member is not null)
        {
            Append(pointer, member, index);
        }

        return new LetterJsonException("the letter cannot be written: " + reason, pointer.ToString(), null, null, null);
    }

    private static void Append(StringBuilder pointer, string name, int index)
    {
        pointer.Append('/').Append(JsonLocation.EscapeToken(name));
        if (index >= 0)
        {
            pointer.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));
        }
    }
}
